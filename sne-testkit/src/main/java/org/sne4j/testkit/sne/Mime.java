package org.sne4j.testkit.sne;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fake SNE's own reading of a multipart/related (MTOM/XOP) message, by hand: it must not share
 * code with the connector it checks. Only what the SNE protocol uses: a boundary, parts with
 * headers, binary bodies.
 */
final class Mime {

  /** One part: its headers (names in lower case) and its body. */
  record Partie(Map<String, String> entetes, byte[] corps) {

    Optional<String> contentId() {
      return Optional.ofNullable(entetes.get("content-id")).map(Mime::sansChevrons);
    }

    String texte() {
      return new String(corps, StandardCharsets.UTF_8);
    }
  }

  private Mime() {}

  /** A parameter of a header value ({@code boundary}, {@code type}, {@code action}…), unquoted. */
  static Optional<String> parametre(String valeur, String nom) {
    if (valeur == null) {
      return Optional.empty();
    }
    for (String morceau : decouper(valeur)) {
      int egal = morceau.indexOf('=');
      if (egal > 0 && morceau.substring(0, egal).strip().equalsIgnoreCase(nom)) {
        String v = morceau.substring(egal + 1).strip();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
          v = v.substring(1, v.length() - 1);
        }
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** The media type of a header value, in lower case ({@code multipart/related}). */
  static String type(String valeur) {
    return valeur == null ? "" : decouper(valeur).get(0).strip().toLowerCase(Locale.ROOT);
  }

  private static List<String> decouper(String valeur) {
    List<String> morceaux = new ArrayList<>();
    StringBuilder courant = new StringBuilder();
    boolean guillemets = false;
    for (char c : valeur.toCharArray()) {
      if (c == '"') {
        guillemets = !guillemets;
      }
      if (c == ';' && !guillemets) {
        morceaux.add(courant.toString());
        courant.setLength(0);
      } else {
        courant.append(c);
      }
    }
    morceaux.add(courant.toString());
    return morceaux;
  }

  /** The parts of a multipart body. */
  static List<Partie> parties(byte[] corps, String boundary) {
    String s = new String(corps, StandardCharsets.ISO_8859_1);
    String delim = "--" + boundary;
    List<Partie> parties = new ArrayList<>();
    int i = s.indexOf(delim);
    if (i < 0) {
      throw new IllegalArgumentException("boundary " + boundary + " not found");
    }
    while (true) {
      int debut = i + delim.length();
      if (s.startsWith("--", debut)) {
        break; // closing delimiter
      }
      debut = s.indexOf("\r\n", debut);
      if (debut < 0) {
        throw new IllegalArgumentException("truncated multipart body");
      }
      debut += 2;
      int fin = s.indexOf("\r\n" + delim, debut);
      if (fin < 0) {
        throw new IllegalArgumentException("unterminated part");
      }
      String partie = s.substring(debut, fin);
      int sep = partie.indexOf("\r\n\r\n");
      String entetes = sep < 0 ? partie : partie.substring(0, sep);
      String contenu = sep < 0 ? "" : partie.substring(sep + 4);
      Map<String, String> h = new LinkedHashMap<>();
      for (String ligne : entetes.split("\r\n")) {
        int deuxPoints = ligne.indexOf(':');
        if (deuxPoints > 0) {
          h.put(ligne.substring(0, deuxPoints).strip().toLowerCase(Locale.ROOT), ligne.substring(deuxPoints + 1).strip());
        }
      }
      parties.add(new Partie(h, contenu.getBytes(StandardCharsets.ISO_8859_1)));
      i = fin + 2;
    }
    return parties;
  }

  static String sansChevrons(String id) {
    String t = id.strip();
    if (t.startsWith("<") && t.endsWith(">")) {
      t = t.substring(1, t.length() - 1);
    }
    return t;
  }
}
