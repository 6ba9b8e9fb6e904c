package org.sne4j.menage;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * A social security number (numéro d'inscription au répertoire, NIR): 13 characters and a
 * 2-digit key. The form asks it of the applicant and of every adult (CCH R441-2-2 a; L442-12;
 * décret n°2017-917 authorises its processing).
 *
 * <p>The key is checked: {@code 97 − (number mod 97)}, where Corsican {@code 2A} and {@code 2B}
 * are read as {@code 19} and {@code 18}. {@link #toString()} masks all but the first digit: the
 * NIR is sensitive and must not leak into logs.
 *
 * @param valeur the 15 characters, without spaces
 */
public record Nir(String valeur) {

  private static final Pattern FORMAT =
      Pattern.compile("[1-478][0-9]{2}(0[1-9]|1[0-2]|[2-9][0-9])(2[AB]|[0-9]{2})[0-9]{6}[0-9]{2}");

  public Nir {
    checkArgument(isValid(valeur), "Invalid NIR (15 characters with a valid key expected)");
  }

  /** Reads a NIR written with or without spaces. */
  public static Nir parse(String texte) {
    checkArgument(texte != null, "NIR must not be null");
    return new Nir(texte.replace(" ", "").toUpperCase(java.util.Locale.ROOT));
  }

  /** Whether {@code valeur} (without spaces) is a NIR with a valid key. */
  public static boolean isValid(String valeur) {
    if (valeur == null || !FORMAT.matcher(valeur).matches()) {
      return false;
    }
    String chiffres = valeur.substring(0, 13).replace("2A", "19").replace("2B", "18");
    int cle = Integer.parseInt(valeur.substring(13));
    int attendue = 97 - new BigInteger(chiffres).mod(BigInteger.valueOf(97)).intValue();
    return cle == attendue;
  }

  @Override
  public String toString() {
    return valeur.charAt(0) + "**************";
  }
}
