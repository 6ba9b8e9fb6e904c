package org.sne4j.nuu.internal;

import javax.xml.stream.XMLStreamWriter;
import org.codehaus.stax2.XMLStreamWriter2;

/** Access for the codec to the writer that puts a document into the interfaceNuu namespace. */
public final class EspaceDeNoms {

  private final XMLStreamWriter2 sortie;

  public EspaceDeNoms(XMLStreamWriter2 sortie) {
    this.sortie = sortie;
  }

  /** A writer that puts every element into {@link XmlNuu#NAMESPACE}. */
  public XMLStreamWriter ecrivain() {
    return new EcrivainEspaceDeNoms(sortie, XmlNuu.NAMESPACE);
  }
}
