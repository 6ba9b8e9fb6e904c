package org.sne4j.nuu;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamWriter2;
import org.sne4j.nuu.internal.EcritureNuu;
import org.sne4j.nuu.internal.LecteurAnomalies;
import org.sne4j.nuu.internal.LectureNuu;
import org.sne4j.nuu.internal.XmlNuu;
import org.sne4j.spi.RejectedException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.xml.XmlFactory;
import tools.jackson.dataformat.xml.XmlMapper;

/**
 * Reads and writes interfaceNuu documents (namespace {@value XmlNuu#NAMESPACE}, versions 02.00
 * and 02.01) to and from the core's demand model, with Jackson's XML data format.
 *
 * <ul>
 *   <li><b>Reading is tolerant</b>: unknown elements and attributes are ignored, elements may come
 *       in any order, a missing optional block is empty, blanks around values are ignored, the
 *       namespace is not checked (documents of other software load). It fails with every problem
 *       found ({@link DocumentNuuException}): an unknown code names its element and the code.
 *   <li><b>Writing is strict and deterministic</b>: it refuses a document that lacks what the SNE
 *       requires or holds what the format cannot carry, and writes the same bytes for the same
 *       document (UTF-8, no indentation — the SNE is sensitive to whitespace inside elements —,
 *       elements in schema order, sets in code order).
 * </ul>
 *
 * <p>External entities and DTDs are disabled. Thread-safe and cheap to share.
 */
public final class NuuCodec {

  private final XmlMapper lecteur;
  private final XmlMapper ecrivain;
  private final XMLInputFactory entrees;
  private final com.ctc.wstx.stax.WstxOutputFactory sorties;

  /** A codec. */
  public NuuCodec() {
    this.entrees = fabriqueSure();
    XmlFactory fabrique = XmlFactory.builder().xmlInputFactory(entrees).build();
    this.lecteur = XmlMapper.builder(fabrique).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    this.ecrivain = XmlMapper.builder().build();
    this.sorties = new com.ctc.wstx.stax.WstxOutputFactory();
  }

  /**
   * Reads a document.
   *
   * @throws DocumentNuuException with every problem found ({@link DocumentNuuException.Sens#LECTURE})
   */
  public DocumentNuu lire(byte[] xml) {
    Objects.requireNonNull(xml, "xml");
    XmlNuu.InterfaceNuu arbre;
    try {
      arbre = lecteur.readValue(xml, XmlNuu.InterfaceNuu.class);
    } catch (JacksonException e) {
      throw new DocumentNuuException(DocumentNuuException.Sens.LECTURE,
          List.of(new ProblemeDocument(ProblemeDocument.XML_INVALIDE, "interfaceNuu", "not a readable interfaceNuu document: " + e.getOriginalMessage())));
    }
    if (arbre == null) {
      throw new DocumentNuuException(DocumentNuuException.Sens.LECTURE,
          List.of(new ProblemeDocument(ProblemeDocument.XML_INVALIDE, "interfaceNuu", "empty document")));
    }
    EcritureNuu.Resultat<DocumentNuu> r = LectureNuu.lire(arbre);
    if (!r.problemes().isEmpty()) {
      throw new DocumentNuuException(DocumentNuuException.Sens.LECTURE, r.problemes());
    }
    return r.valeur();
  }

  /**
   * Reads the answer document of a web service (number, duplicates, DALO decisions, radiations).
   *
   * @throws DocumentNuuException with every problem found
   */
  public ReponseNuu lireReponse(byte[] xml) {
    Objects.requireNonNull(xml, "xml");
    XmlNuu.Reponse arbre;
    try {
      arbre = lecteur.readValue(xml, XmlNuu.Reponse.class);
    } catch (JacksonException e) {
      throw new DocumentNuuException(DocumentNuuException.Sens.LECTURE,
          List.of(new ProblemeDocument(ProblemeDocument.XML_INVALIDE, "interfaceNuu", "not a readable answer: " + e.getOriginalMessage())));
    }
    if (arbre == null) {
      return new ReponseNuu(java.util.Optional.empty(), List.of(), List.of(), List.of());
    }
    EcritureNuu.Resultat<ReponseNuu> r = LectureNuu.lireReponse(arbre);
    if (!r.problemes().isEmpty()) {
      throw new DocumentNuuException(DocumentNuuException.Sens.LECTURE, r.problemes());
    }
    return r.valeur();
  }

  /** Reads a document from its text. */
  public DocumentNuu lire(String xml) {
    Objects.requireNonNull(xml, "xml");
    return lire(xml.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes a document, in UTF-8 with an XML declaration.
   *
   * @throws DocumentNuuException with every problem found ({@link DocumentNuuException.Sens#ECRITURE})
   */
  public byte[] ecrire(DocumentNuu document) {
    Objects.requireNonNull(document, "document");
    EcritureNuu.Resultat<XmlNuu.InterfaceNuu> r = EcritureNuu.ecrire(document);
    if (!r.problemes().isEmpty()) {
      throw new DocumentNuuException(DocumentNuuException.Sens.ECRITURE, r.problemes());
    }
    ByteArrayOutputStream sortie = new ByteArrayOutputStream();
    try {
      XMLStreamWriter2 w = (XMLStreamWriter2) sorties.createXMLStreamWriter(new OutputStreamWriter(sortie, StandardCharsets.UTF_8));
      w.writeStartDocument("UTF-8", "1.0");
      ecrivain.writeValue(new org.sne4j.nuu.internal.EspaceDeNoms(w).ecrivain(), r.valeur());
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException | java.io.IOException | JacksonException e) {
      throw new IllegalStateException("Writing an interfaceNuu document failed", e);
    }
    return sortie.toByteArray();
  }

  /** Writes a document as text. */
  public String ecrireTexte(DocumentNuu document) {
    return new String(ecrire(document), StandardCharsets.UTF_8);
  }

  /**
   * The anomalies of an SNE answer ({@code listeAnomalie} entries with their code and message),
   * wherever they are in it; empty when it has none.
   *
   * @throws DocumentNuuException when {@code xml} is not well-formed
   */
  public List<RejectedException.Anomalie> anomalies(byte[] xml) {
    Objects.requireNonNull(xml, "xml");
    try {
      return LecteurAnomalies.lire(xml, entrees);
    } catch (XMLStreamException e) {
      throw new DocumentNuuException(DocumentNuuException.Sens.LECTURE,
          List.of(new ProblemeDocument(ProblemeDocument.XML_INVALIDE, "listeAnomalie", "not well-formed XML: " + e.getMessage())));
    }
  }

  private static XMLInputFactory fabriqueSure() {
    XMLInputFactory f = new com.ctc.wstx.stax.WstxInputFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return f;
  }
}
