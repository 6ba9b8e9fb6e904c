package org.sne4j.formulaire;

import java.util.Locale;
import java.util.Optional;

/**
 * How the form reads texts, in one place for the constraints and the conversion: a text is read
 * stripped ({@link String#strip()}); a blank optional text is absent.
 */
final class Textes {

  private Textes() {}

  /** Whether {@code texte} is missing: {@code null} or blank, as the domain records test it. */
  static boolean estVide(String texte) {
    return texte == null || texte.isBlank();
  }

  /** The text stripped, or {@code null}. */
  static String nettoye(String texte) {
    return texte == null ? null : texte.strip();
  }

  /** The text stripped, or empty when it is {@code null} or blank. */
  static Optional<String> optionnel(String texte) {
    return estVide(texte) ? Optional.empty() : Optional.of(texte.strip());
  }

  /**
   * A NIR as {@link org.sne4j.menage.Nir} holds it: stripped, without spaces, in upper case
   * (Corsican {@code 2a} read as {@code 2A}).
   */
  static String nir(String texte) {
    return texte.strip().replace(" ", "").toUpperCase(Locale.ROOT);
  }

  /**
   * Whether every character of {@code texte} can be typed and carried in XML 1.0: no control
   * character (but tab, line feed and carriage return when {@code multiligne}), no lone surrogate,
   * no non-character {@code U+FFFE} or {@code U+FFFF}.
   */
  static boolean estImprimable(String texte, boolean multiligne) {
    for (int i = 0; i < texte.length(); i++) {
      char c = texte.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < texte.length() && Character.isLowSurrogate(texte.charAt(i + 1))) {
          i++;
          continue;
        }
        return false;
      }
      if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
        return false;
      }
      if (Character.isISOControl(c) && !(multiligne && (c == '\t' || c == '\n' || c == '\r'))) {
        return false;
      }
    }
    return true;
  }
}
