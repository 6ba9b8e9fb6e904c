package org.sne4j.formulaire;

import jakarta.validation.constraints.NotNull;
import org.sne4j.menage.SituationProfessionnelle;
import org.sne4j.menage.TypeContratTravail;
import org.sne4j.territoire.CodeInsee;

/**
 * The employment situation of a holder (CCH R441-2-2 d; interfaceNuu {@code
 * situationProfessionnelle}). Mirrors {@link SituationProfessionnelle}: when the block is given,
 * its kind of contract is mandatory.
 *
 * @param contrat kind of contract or situation, mandatory in the block
 * @param profession occupation
 * @param employeur name of the main employer
 * @param communeTravail INSEE code of the commune of the workplace, in France
 * @param travailALEtranger whether the workplace is abroad; {@code null} means no
 */
public record FormulaireSituationProfessionnelle(
    @NotNull(message = "{sne.champ.obligatoire}") TypeContratTravail contrat,
    @TexteCourt String profession,
    @TexteCourt String employeur,
    @CodeInseeValide String communeTravail,
    Boolean travailALEtranger) {

  /** A situation given only by its kind of contract. */
  public static FormulaireSituationProfessionnelle of(TypeContratTravail contrat) {
    return new FormulaireSituationProfessionnelle(contrat, null, null, null, null);
  }

  /** The form of an employment situation of the content. */
  public static FormulaireSituationProfessionnelle depuis(SituationProfessionnelle situation) {
    return new FormulaireSituationProfessionnelle(
        situation.contrat(),
        situation.profession().orElse(null),
        situation.employeur().orElse(null),
        situation.communeTravail().map(CodeInsee::code).orElse(null),
        situation.travailALEtranger());
  }

  /** A builder with every field empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this form's values, to derive a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.contrat = contrat;
    b.profession = profession;
    b.employeur = employeur;
    b.communeTravail = communeTravail;
    b.travailALEtranger = travailALEtranger;
    return b;
  }

  /** Builds a {@link FormulaireSituationProfessionnelle}; every field may be left empty. */
  public static final class Builder {
    private TypeContratTravail contrat;
    private String profession;
    private String employeur;
    private String communeTravail;
    private Boolean travailALEtranger;

    private Builder() {}

    /** Sets {@code contrat}: kind of contract or situation, mandatory in the block. */
    public Builder contrat(TypeContratTravail contrat) {
      this.contrat = contrat;
      return this;
    }

    /** Sets {@code profession}: occupation. */
    public Builder profession(String profession) {
      this.profession = profession;
      return this;
    }

    /** Sets {@code employeur}: name of the main employer. */
    public Builder employeur(String employeur) {
      this.employeur = employeur;
      return this;
    }

    /** Sets {@code communeTravail}: INSEE code of the commune of the workplace, in France. */
    public Builder communeTravail(String communeTravail) {
      this.communeTravail = communeTravail;
      return this;
    }

    /** Sets whether the workplace is abroad; {@code null} means no. */
    public Builder travailALEtranger(Boolean travailALEtranger) {
      this.travailALEtranger = travailALEtranger;
      return this;
    }

    /** The form. */
    public FormulaireSituationProfessionnelle build() {
      return new FormulaireSituationProfessionnelle(
          contrat, profession, employeur, communeTravail, travailALEtranger);
    }
  }
}
