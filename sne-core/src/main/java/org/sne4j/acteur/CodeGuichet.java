package org.sne4j.acteur;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/**
 * The code of a registration desk (guichet enregistreur) in the SNE: five upper-case letters or
 * digits, usually {@code G} followed by four digits ({@code G1226}); it is the last five
 * characters of the numéro unique and appears in exchange file names ({@code DEMG1226-…}).
 *
 * <p>The exact format is set by the SNE's interface specification (docs/reglementation.md §1.4, to verify):
 * the type accepts any five upper-case alphanumerics so that a desk code of another shape still
 * loads.
 *
 * @param code the five-character code
 */
public record CodeGuichet(String code) {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9]{5}");

  public CodeGuichet {
    checkArgument(
        code != null && CODE.matcher(code).matches(),
        "Invalid desk code: '%s' (expected five upper-case letters or digits, e.g. G1226)",
        code);
  }

  /** Reads a desk code (surrounding blanks ignored, lower case accepted). */
  public static CodeGuichet parse(String texte) {
    checkArgument(texte != null, "Desk code must not be null");
    return new CodeGuichet(texte.strip().toUpperCase(java.util.Locale.ROOT));
  }

  /** Whether {@code texte} is a desk code that {@link #parse(String)} reads. */
  public static boolean isValid(String texte) {
    return texte != null && CODE.matcher(texte.strip().toUpperCase(java.util.Locale.ROOT)).matches();
  }

  @Override
  public String toString() {
    return code;
  }
}
