package org.sne4j.demande;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.territoire.Departement;
import org.sne4j.territoire.TerritoireEnregistrement;

/**
 * The numéro unique of a demand: 18 upper-case letters or digits, allocated by the national
 * system (or an SPTA with the same structure) at registration and kept for the demand's whole
 * life, through modifications, renewals and a reactivation (former CCH R441-2-3 and R441-2-7;
 * arrêté du 23 mars 2015 annexe §3, §5).
 *
 * <p>The number is an opaque identifier ("un numéro non signifiant", CNIL 2017). Its usual layout
 * (docs/reglementation.md §1.4, inferred, to verify) is: the territory on three characters ({@code 059},
 * {@code 02A}, {@code 974}; {@code 111} for Île-de-France), month and year of first registration
 * ({@code MMYY}), a six-digit sequence, and the registering desk code ({@code G0042}, {@code
 * GDPUB}), e.g. {@code 0590125000123G0042} or {@code 1111023517879GDPUB}. The accessors {@link
 * #territoire()}, {@link #moisAnneeEnregistrement()} and {@link #guichet()}
 * read it on a best-effort basis: they are empty when a number does not follow that layout, and
 * no rule of the library depends on them.
 *
 * @param valeur the 18 characters
 */
public record NumeroUnique(String valeur) implements Comparable<NumeroUnique> {

  /** Length of a numéro unique. */
  public static final int LONGUEUR = 18;

  private static final Pattern FORMAT = Pattern.compile("[0-9A-Z]{18}");

  public NumeroUnique {
    checkArgument(
        valeur != null && FORMAT.matcher(valeur).matches(),
        "Invalid numéro unique: '%s' (expected 18 upper-case letters or digits)",
        valeur);
  }

  /** Reads a numéro unique (surrounding blanks ignored, lower case accepted). */
  public static NumeroUnique parse(String texte) {
    checkArgument(texte != null, "Numéro unique must not be null");
    return new NumeroUnique(texte.strip().toUpperCase(java.util.Locale.ROOT));
  }

  /** Whether {@code texte} is a numéro unique that {@link #parse(String)} reads. */
  public static boolean isValid(String texte) {
    return texte != null
        && FORMAT.matcher(texte.strip().toUpperCase(java.util.Locale.ROOT)).matches();
  }

  /**
   * Builds a number with the usual layout.
   *
   * @param sequence 0 to 999 999
   */
  public static NumeroUnique composer(
      TerritoireEnregistrement territoire, YearMonth moisAnnee, long sequence, CodeGuichet guichet) {
    checkArgument(sequence >= 0 && sequence <= 999_999, "Sequence out of 0…999999: %s", sequence);
    return new NumeroUnique(
        territoire.prefixeNumeroUnique()
            + String.format("%02d%02d", moisAnnee.getMonthValue(), moisAnnee.getYear() % 100)
            + String.format("%06d", sequence)
            + guichet.code());
  }

  /**
   * The registration territory read from the first three characters: a département on three
   * characters, or {@code 111} for Île-de-France; empty when they are neither.
   */
  public Optional<TerritoireEnregistrement> territoire() {
    String tete = valeur.substring(0, 3);
    if (tete.equals("111")) {
      return Optional.of(TerritoireEnregistrement.ILE_DE_FRANCE);
    }
    if (!Departement.isValid(tete)) {
      return Optional.empty();
    }
    Departement departement = Departement.parse(tete);
    return departement.estIleDeFrance()
        ? Optional.of(TerritoireEnregistrement.ILE_DE_FRANCE)
        : Optional.of(TerritoireEnregistrement.de(departement));
  }

  /**
   * The month and year of first registration read from characters 4–7 ({@code MMYY}, read as
   * 20YY), if they are one.
   */
  public Optional<YearMonth> moisAnneeEnregistrement() {
    String mmaa = valeur.substring(3, 7);
    if (!mmaa.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          YearMonth.of(2000 + Integer.parseInt(mmaa.substring(2)), Integer.parseInt(mmaa.substring(0, 2))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The registering desk read from the last five characters ({@code G1226}, {@code GDPUB} for the
   * online public desk), if they start with {@code G}.
   */
  public Optional<CodeGuichet> guichet() {
    String fin = valeur.substring(13);
    return fin.startsWith("G") ? Optional.of(new CodeGuichet(fin)) : Optional.empty();
  }

  @Override
  public int compareTo(NumeroUnique autre) {
    return valeur.compareTo(autre.valeur);
  }

  @Override
  public String toString() {
    return valeur;
  }
}
