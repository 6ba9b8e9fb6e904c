package org.sne4j.commun;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * An amount of money in euros, held as a whole number of cents: no floating point anywhere.
 *
 * <p>Amounts may be negative (a remaining income can be), but the parse and the form accept only
 * positive or zero amounts; arithmetic is exact and overflow throws.
 *
 * @param centimes the amount in euro cents
 */
public record Montant(long centimes) implements Comparable<Montant> {

  /** Zero euros. */
  public static final Montant ZERO = new Montant(0);

  private static final Pattern FORMAT = Pattern.compile("-?\\d{1,13}([.,]\\d{1,2})?");

  /** An amount of whole euros. */
  public static Montant euros(long euros) {
    return new Montant(Math.multiplyExact(euros, 100L));
  }

  /** An amount of cents. */
  public static Montant centimes(long centimes) {
    return new Montant(centimes);
  }

  /**
   * An amount in euros with at most two decimals.
   *
   * @throws IllegalArgumentException when {@code euros} has more than two decimals
   */
  public static Montant of(BigDecimal euros) {
    checkArgument(euros != null, "Amount must not be null");
    checkArgument(
        euros.stripTrailingZeros().scale() <= 2,
        "Amount %s has more than two decimals (cents are the smallest unit)",
        euros);
    return new Montant(euros.movePointRight(2).longValueExact());
  }

  /**
   * Reads an amount written {@code 1234}, {@code 1234.5}, {@code 1234,56} or {@code -12.30}
   * (no thousands separator, an optional trailing {@code €}).
   */
  public static Montant parse(String texte) {
    checkArgument(texte != null, "Amount text must not be null");
    String t = texte.strip();
    if (t.endsWith("€")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    checkArgument(FORMAT.matcher(t).matches(), "Malformed amount: '%s'", texte);
    return of(new BigDecimal(t.replace(',', '.')));
  }

  /** Whether {@code texte} is an amount that {@link #parse(String)} reads. */
  public static boolean isValid(String texte) {
    if (texte == null) {
      return false;
    }
    String t = texte.strip();
    if (t.endsWith("€")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return FORMAT.matcher(t).matches();
  }

  /** The amount in euros, with two decimals. */
  public BigDecimal euros() {
    return BigDecimal.valueOf(centimes, 2);
  }

  public Montant plus(Montant autre) {
    return new Montant(Math.addExact(centimes, autre.centimes));
  }

  public Montant moins(Montant autre) {
    return new Montant(Math.subtractExact(centimes, autre.centimes));
  }

  public Montant fois(long facteur) {
    return new Montant(Math.multiplyExact(centimes, facteur));
  }

  /** This amount multiplied by {@code facteur}, rounded to the cent with {@code arrondi}. */
  public Montant fois(BigDecimal facteur, RoundingMode arrondi) {
    return new Montant(
        BigDecimal.valueOf(centimes).multiply(facteur).setScale(0, arrondi).longValueExact());
  }

  /** This amount divided by {@code diviseur}, rounded to the cent with {@code arrondi}. */
  public Montant divisePar(BigDecimal diviseur, RoundingMode arrondi) {
    checkArgument(diviseur.signum() != 0, "Division of %s by zero", this);
    return new Montant(
        BigDecimal.valueOf(centimes).divide(diviseur, 0, arrondi).longValueExact());
  }

  public boolean estNegatif() {
    return centimes < 0;
  }

  public boolean estSuperieurA(Montant autre) {
    return compareTo(autre) > 0;
  }

  public boolean estInferieurA(Montant autre) {
    return compareTo(autre) < 0;
  }

  @Override
  public int compareTo(Montant autre) {
    return Long.compare(centimes, autre.centimes);
  }

  /** The amount in euros with two decimals and a dot, e.g. {@code 1234.50 €}. */
  @Override
  public String toString() {
    return euros().toPlainString() + " €";
  }
}
