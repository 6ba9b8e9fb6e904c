package org.sne4j.logement;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/**
 * The identifier of a dwelling in the RPLS register (répertoire des logements locatifs des
 * bailleurs sociaux), sent to the SNE with the radiation for attribution (CCH R441-2-9). Opaque:
 * 1 to 30 letters, digits, dashes or underscores.
 *
 * @param valeur the identifier
 */
public record IdentifiantRpls(String valeur) {

  private static final Pattern FORMAT = Pattern.compile("[0-9A-Za-z_-]{1,30}");

  public IdentifiantRpls {
    checkArgument(
        valeur != null && FORMAT.matcher(valeur).matches(),
        "Invalid RPLS identifier: '%s' (1 to 30 letters, digits, '-' or '_')",
        valeur);
  }

  /** Reads an RPLS identifier (surrounding blanks ignored). */
  public static IdentifiantRpls parse(String texte) {
    checkArgument(texte != null, "RPLS identifier must not be null");
    return new IdentifiantRpls(texte.strip());
  }

  /** Whether {@code texte} is an identifier that {@link #parse(String)} reads. */
  public static boolean isValid(String texte) {
    return texte != null && FORMAT.matcher(texte.strip()).matches();
  }

  @Override
  public String toString() {
    return valeur;
  }
}
