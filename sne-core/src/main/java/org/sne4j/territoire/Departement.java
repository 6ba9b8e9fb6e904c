package org.sne4j.territoire;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A French département, by its official (COG) code: {@code 01}…{@code 95} without {@code 20},
 * {@code 2A} and {@code 2B} for Corsica, {@code 971}…{@code 974} and {@code 976} overseas.
 *
 * <p>A demand is registered in one département (in Île-de-France, one région): the département is
 * the demand's territorial key (CCH R441-2-1 ff.; docs/reglementation.md §1.1).
 *
 * @param code the canonical code: two characters in mainland France and Corsica, three overseas
 */
public record Departement(String code) implements Comparable<Departement> {

  private static final Pattern CODE =
      Pattern.compile("0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-46]");
  private static final Set<String> ILE_DE_FRANCE =
      Set.of("75", "77", "78", "91", "92", "93", "94", "95");

  public Departement {
    checkArgument(
        code != null && CODE.matcher(code).matches(),
        "Invalid département code: '%s' (expected 01…95 except 20, 2A, 2B, 971…974 or 976)",
        code);
  }

  /**
   * Reads a département code in any usual form: {@code 75}, {@code 075}, {@code 2A}, {@code 02A},
   * {@code 971}.
   */
  public static Departement parse(String texte) {
    checkArgument(texte != null, "Département code must not be null");
    return new Departement(canonique(texte.strip().toUpperCase(java.util.Locale.ROOT)));
  }

  /** Whether {@code texte} is a département code that {@link #parse(String)} reads. */
  public static boolean isValid(String texte) {
    return texte != null
        && CODE.matcher(canonique(texte.strip().toUpperCase(java.util.Locale.ROOT))).matches();
  }

  private static String canonique(String t) {
    return t.length() == 3 && t.charAt(0) == '0' ? t.substring(1) : t;
  }

  /** The code on three characters, as at the head of a numéro unique: {@code 075}, {@code 02A}. */
  public String codeSurTroisCaracteres() {
    return code.length() == 3 ? code : "0" + code;
  }

  /** Whether this département is overseas (département et région d'outre-mer). */
  public boolean estOutreMer() {
    return code.startsWith("97");
  }

  /** Whether this département is in Île-de-France, where demands are registered per région. */
  public boolean estIleDeFrance() {
    return ILE_DE_FRANCE.contains(code);
  }

  @Override
  public int compareTo(Departement autre) {
    return codeSurTroisCaracteres().compareTo(autre.codeSurTroisCaracteres());
  }

  @Override
  public String toString() {
    return code;
  }
}
