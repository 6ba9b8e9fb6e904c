package org.sne4j.territoire;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * The territory a demand is registered for: one département, or the whole Île-de-France région
 * (CCH R441-2-1 ff., R441-2-5: "dans le département (en Île-de-France, dans la région)"). A
 * household has at most one demand per territory; the communes it seeks all lie in it. It is the
 * demand's territorial key: stores partition by it.
 *
 * @param code the département's code ({@code 59}, {@code 2A}, {@code 974}) or {@code 11} for the
 *     Île-de-France région (its INSEE region code)
 */
public record TerritoireEnregistrement(String code) implements Comparable<TerritoireEnregistrement> {

  /** The Île-de-France région, where demands are registered per région. */
  public static final TerritoireEnregistrement ILE_DE_FRANCE = new TerritoireEnregistrement("11");

  public TerritoireEnregistrement {
    Objects.requireNonNull(code, "code");
    checkArgument(
        code.equals("11") || (Departement.isValid(code) && !Departement.parse(code).estIleDeFrance()
            && Departement.parse(code).code().equals(code)),
        "Invalid registration territory: '%s' (a département code outside Île-de-France, or 11)",
        code);
  }

  /** The territory of a département: itself, or the Île-de-France région. */
  public static TerritoireEnregistrement de(Departement departement) {
    return departement.estIleDeFrance()
        ? ILE_DE_FRANCE
        : new TerritoireEnregistrement(departement.code());
  }

  /** The territory a commune belongs to. */
  public static TerritoireEnregistrement de(CodeInsee commune) {
    return de(commune.departement());
  }

  /** Whether {@code commune} lies in this territory. */
  public boolean contient(CodeInsee commune) {
    return de(commune).equals(this);
  }

  /** Whether this is the Île-de-France région. */
  public boolean estIleDeFrance() {
    return this.equals(ILE_DE_FRANCE);
  }

  /**
   * The first three characters of the numbers allocated in this territory: the département on
   * three characters ({@code 059}, {@code 02A}, {@code 974}), or {@code 111} in Île-de-France (as
   * observed on a 2023 attestation; docs/reglementation.md §1.4, to verify).
   */
  public String prefixeNumeroUnique() {
    return estIleDeFrance() ? "111" : Departement.parse(code).codeSurTroisCaracteres();
  }

  /** A French label: « Département 59 » or « Région Île-de-France ». */
  public String libelle() {
    return estIleDeFrance() ? "Région Île-de-France" : "Département " + code;
  }

  @Override
  public int compareTo(TerritoireEnregistrement autre) {
    return code.compareTo(autre.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
