package org.sne4j.territoire;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/**
 * The INSEE code of a commune (code officiel géographique): five characters, the département's
 * code then the commune's number, e.g. {@code 75056} (Paris), {@code 75113} (Paris 13e
 * arrondissement), {@code 2A004} (Ajaccio), {@code 97411} (Saint-Denis de La Réunion).
 *
 * <p>It is not a postal code: Corsican communes start with {@code 2A} or {@code 2B}, never
 * {@code 20}.
 *
 * @param code the five-character code
 */
public record CodeInsee(String code) implements Comparable<CodeInsee> {

  private static final Pattern CODE =
      Pattern.compile("(?:0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5])[0-9]{3}|97[1-46][0-9]{2}");

  public CodeInsee {
    checkArgument(
        code != null && CODE.matcher(code).matches(),
        "Invalid INSEE commune code: '%s' (expected 5 characters: département code then commune"
            + " number, e.g. 75056, 2A004, 97411)",
        code);
  }

  /** Reads a commune code (surrounding blanks ignored, {@code 2a} read as {@code 2A}). */
  public static CodeInsee parse(String texte) {
    checkArgument(texte != null, "INSEE code must not be null");
    return new CodeInsee(texte.strip().toUpperCase(java.util.Locale.ROOT));
  }

  /** Whether {@code texte} is a commune code that {@link #parse(String)} reads. */
  public static boolean isValid(String texte) {
    return texte != null
        && CODE.matcher(texte.strip().toUpperCase(java.util.Locale.ROOT)).matches();
  }

  /** The département the commune belongs to. */
  public Departement departement() {
    return new Departement(code.startsWith("97") ? code.substring(0, 3) : code.substring(0, 2));
  }

  @Override
  public int compareTo(CodeInsee autre) {
    return code.compareTo(autre.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
