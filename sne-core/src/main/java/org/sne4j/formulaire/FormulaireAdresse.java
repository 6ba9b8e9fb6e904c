package org.sne4j.formulaire;

import org.sne4j.menage.Adresse;
import org.sne4j.territoire.CodeInsee;

/**
 * A postal address in the form (CCH R441-2-2 b; interfaceNuu {@code adressePostale}). Mirrors
 * {@link Adresse}: street, postal code and town are always required; a French address also needs
 * its commune's INSEE code and a five-digit postal code, an address abroad its country ({@link
 * AdresseCoherente}).
 *
 * @param etranger whether the address is abroad; {@code null} means in France
 * @param numero street number with its extension ({@code 12 bis})
 * @param voie street, mandatory
 * @param complement building, staircase, « chez … »
 * @param codePostal postal code, mandatory: five digits in France, free abroad
 * @param commune INSEE code of the commune, mandatory for a French address
 * @param localite town as written on the envelope, mandatory
 * @param pays country, mandatory for an address abroad
 */
@AdresseCoherente
public record FormulaireAdresse(
    Boolean etranger,
    @TexteCourt String numero,
    @TexteObligatoire @TexteCourt String voie,
    @TexteCourt String complement,
    @TexteObligatoire @TexteCourt String codePostal,
    @CodeInseeValide String commune,
    @TexteObligatoire @TexteCourt String localite,
    @TexteCourt String pays) {

  /** A French address. */
  public static FormulaireAdresse enFrance(
      String numero, String voie, String codePostal, String commune, String localite) {
    return new FormulaireAdresse(false, numero, voie, null, codePostal, commune, localite, null);
  }

  /** An address abroad. */
  public static FormulaireAdresse aLEtranger(
      String voie, String codePostal, String localite, String pays) {
    return new FormulaireAdresse(true, null, voie, null, codePostal, null, localite, pays);
  }

  /** The form of an address of the content. */
  public static FormulaireAdresse depuis(Adresse adresse) {
    return new FormulaireAdresse(
        adresse.etranger(),
        adresse.numero().orElse(null),
        adresse.voie(),
        adresse.complement().orElse(null),
        adresse.codePostal(),
        adresse.commune().map(CodeInsee::code).orElse(null),
        adresse.localite(),
        adresse.pays().orElse(null));
  }

  /** Whether the address is abroad ({@code null} means in France). */
  boolean estALEtranger() {
    return Boolean.TRUE.equals(etranger);
  }

  /** A builder with every field empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this form's values, to derive a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.etranger = etranger;
    b.numero = numero;
    b.voie = voie;
    b.complement = complement;
    b.codePostal = codePostal;
    b.commune = commune;
    b.localite = localite;
    b.pays = pays;
    return b;
  }

  /** Builds a {@link FormulaireAdresse}; every field may be left empty. */
  public static final class Builder {
    private Boolean etranger;
    private String numero;
    private String voie;
    private String complement;
    private String codePostal;
    private String commune;
    private String localite;
    private String pays;

    private Builder() {}

    /** Sets whether the address is abroad; {@code null} means in France. */
    public Builder etranger(Boolean etranger) {
      this.etranger = etranger;
      return this;
    }

    /** Sets {@code numero}: street number with its extension ({@code 12 bis}). */
    public Builder numero(String numero) {
      this.numero = numero;
      return this;
    }

    /** Sets {@code voie}: street, mandatory. */
    public Builder voie(String voie) {
      this.voie = voie;
      return this;
    }

    /** Sets {@code complement}: building, staircase, « chez … ». */
    public Builder complement(String complement) {
      this.complement = complement;
      return this;
    }

    /** Sets {@code codePostal}: postal code, mandatory: five digits in France, free abroad. */
    public Builder codePostal(String codePostal) {
      this.codePostal = codePostal;
      return this;
    }

    /** Sets {@code commune}: INSEE code of the commune, mandatory for a French address. */
    public Builder commune(String commune) {
      this.commune = commune;
      return this;
    }

    /** Sets {@code localite}: town as written on the envelope, mandatory. */
    public Builder localite(String localite) {
      this.localite = localite;
      return this;
    }

    /** Sets {@code pays}: country, mandatory for an address abroad. */
    public Builder pays(String pays) {
      this.pays = pays;
      return this;
    }

    /** The form. */
    public FormulaireAdresse build() {
      return new FormulaireAdresse(
          etranger, numero, voie, complement, codePostal, commune, localite, pays);
    }
  }
}
