package org.sne4j.nuu.internal;

import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamWriter2;
import org.codehaus.stax2.util.StreamWriter2Delegate;

/**
 * Puts every element Jackson writes into one default namespace ({@code xmlns="…"} declared once,
 * on the root), and writes attributes unqualified: the shape of an interfaceNuu document. Jackson
 * itself is configured without namespaces, so the names stay in {@link XmlNuu} alone.
 */
final class EcrivainEspaceDeNoms extends StreamWriter2Delegate {

  private final XMLStreamWriter2 sortie;
  private final String espace;
  private boolean racine = true;

  EcrivainEspaceDeNoms(XMLStreamWriter2 sortie, String espace) {
    super(sortie);
    this.sortie = sortie;
    this.espace = espace;
  }

  @Override
  public void writeStartElement(String localName) throws XMLStreamException {
    debut(localName, false);
  }

  @Override
  public void writeStartElement(String namespaceURI, String localName) throws XMLStreamException {
    debut(localName, false);
  }

  @Override
  public void writeStartElement(String prefix, String localName, String namespaceURI) throws XMLStreamException {
    debut(localName, false);
  }

  @Override
  public void writeEmptyElement(String localName) throws XMLStreamException {
    debut(localName, true);
  }

  @Override
  public void writeEmptyElement(String namespaceURI, String localName) throws XMLStreamException {
    debut(localName, true);
  }

  @Override
  public void writeEmptyElement(String prefix, String localName, String namespaceURI) throws XMLStreamException {
    debut(localName, true);
  }

  @Override
  public void writeAttribute(String namespaceURI, String localName, String value) throws XMLStreamException {
    sortie.writeAttribute(localName, value);
  }

  @Override
  public void writeAttribute(String prefix, String namespaceURI, String localName, String value) throws XMLStreamException {
    sortie.writeAttribute(localName, value);
  }

  private void debut(String localName, boolean vide) throws XMLStreamException {
    if (vide) {
      sortie.writeEmptyElement("", localName, espace);
    } else {
      sortie.writeStartElement("", localName, espace);
    }
    if (racine) {
      sortie.writeDefaultNamespace(espace);
      racine = false;
    }
  }
}
