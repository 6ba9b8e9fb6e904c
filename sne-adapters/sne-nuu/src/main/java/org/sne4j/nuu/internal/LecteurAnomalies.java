package org.sne4j.nuu.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.sne4j.spi.RejectedException;

/**
 * Reads the anomalies of an SNE answer, wherever they are: each child of a {@code listeAnomalie}
 * element has a {@code code} attribute, and its message is the text of its first child element
 * (libsne), or its own text when it has none. Tolerant of any element name for the entries.
 */
public final class LecteurAnomalies {

  private LecteurAnomalies() {}

  /** The anomalies of {@code xml}; empty when it has none. */
  public static List<RejectedException.Anomalie> lire(byte[] xml, XMLInputFactory fabrique) throws XMLStreamException {
    List<RejectedException.Anomalie> anomalies = new ArrayList<>();
    XMLStreamReader r = fabrique.createXMLStreamReader(new ByteArrayInputStream(xml));
    try {
      int profondeurListe = -1;
      int profondeur = 0;
      String code = null;
      StringBuilder propre = null;
      String premierEnfant = null;
      StringBuilder texteEnfant = null;
      int profondeurEntree = -1;
      boolean enfantFerme = false;
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          profondeur++;
          if (profondeurListe < 0 && r.getLocalName().equals("listeAnomalie")) {
            profondeurListe = profondeur;
          } else if (profondeurListe >= 0 && profondeur == profondeurListe + 1) {
            profondeurEntree = profondeur;
            code = r.getAttributeValue(null, "code");
            propre = new StringBuilder();
            premierEnfant = null;
            texteEnfant = null;
            enfantFerme = false;
          } else if (profondeurEntree >= 0 && profondeur == profondeurEntree + 1 && premierEnfant == null) {
            premierEnfant = r.getLocalName();
            texteEnfant = new StringBuilder();
          }
        } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
          if (profondeurEntree >= 0 && profondeur == profondeurEntree && propre != null) {
            propre.append(r.getText());
          } else if (texteEnfant != null && !enfantFerme && profondeur == profondeurEntree + 1) {
            texteEnfant.append(r.getText());
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          if (profondeurEntree >= 0 && profondeur == profondeurEntree + 1 && texteEnfant != null) {
            enfantFerme = true; // the first child's text is the message; later children are ignored
          }
          if (profondeur == profondeurEntree) {
            String message = texteEnfant != null ? texteEnfant.toString().strip() : propre.toString().strip();
            anomalies.add(new RejectedException.Anomalie(code == null ? "" : code.strip(), message));
            profondeurEntree = -1;
            propre = null;
            texteEnfant = null;
          } else if (profondeur == profondeurListe) {
            profondeurListe = -1;
          }
          profondeur--;
        }
      }
    } finally {
      r.close();
    }
    return anomalies;
  }
}
