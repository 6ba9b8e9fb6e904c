package org.sne4j.formulaire;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.sne4j.menage.LienParente;
import org.sne4j.menage.PersonneACharge;
import org.sne4j.menage.Sexe;

/**
 * A dependant who will live in the dwelling (CCH R441-2-2 a; interfaceNuu {@code personneACharge}).
 * Mirrors {@link PersonneACharge}: name, first name, birth date, sex and family link are mandatory.
 *
 * @param nom name, mandatory
 * @param prenom first name, mandatory
 * @param dateNaissance birth date, mandatory, not after the filing date
 * @param sexe sex, mandatory
 * @param lien family link with the applicant, mandatory
 * @param ressources the dependant's own monthly resources
 * @param enSituationDeHandicap whether the dependant is disabled (arrêté du 29 juillet 1987 art.
 *     2); {@code null} means no
 */
public record FormulairePersonneACharge(
    @TexteObligatoire @TexteCourt String nom,
    @TexteObligatoire @TexteCourt String prenom,
    @NotNull(message = "{sne.champ.obligatoire}") @DateNaissanceValide LocalDate dateNaissance,
    @NotNull(message = "{sne.champ.obligatoire}") Sexe sexe,
    @NotNull(message = "{sne.champ.obligatoire}") LienParente lien,
    @Size(max = FormulaireDemande.ELEMENTS_MAX, message = "{sne.liste.trop-longue}")
        List<@NotNull(message = "{sne.champ.obligatoire}") @Valid FormulaireRessource> ressources,
    Boolean enSituationDeHandicap) {

  /** Null lists become empty; the elements, nulls included, are kept as given. */
  public FormulairePersonneACharge {
    ressources = Listes.copie(ressources);
  }

  /** The form of a dependant of the content. */
  public static FormulairePersonneACharge depuis(PersonneACharge personne) {
    return new FormulairePersonneACharge(
        personne.nom(),
        personne.prenom(),
        personne.dateNaissance(),
        personne.sexe(),
        personne.lien(),
        personne.ressources().stream().map(FormulaireRessource::depuis).toList(),
        personne.enSituationDeHandicap());
  }

  /** A builder with every field empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this form's values, to derive a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.nom = nom;
    b.prenom = prenom;
    b.dateNaissance = dateNaissance;
    b.sexe = sexe;
    b.lien = lien;
    b.ressources = ressources;
    b.enSituationDeHandicap = enSituationDeHandicap;
    return b;
  }

  /** Builds a {@link FormulairePersonneACharge}; every field may be left empty. */
  public static final class Builder {
    private String nom;
    private String prenom;
    private LocalDate dateNaissance;
    private Sexe sexe;
    private LienParente lien;
    private List<FormulaireRessource> ressources;
    private Boolean enSituationDeHandicap;

    private Builder() {}

    /** Sets {@code nom}: name, mandatory. */
    public Builder nom(String nom) {
      this.nom = nom;
      return this;
    }

    /** Sets {@code prenom}: first name, mandatory. */
    public Builder prenom(String prenom) {
      this.prenom = prenom;
      return this;
    }

    /** Sets {@code dateNaissance}: birth date, mandatory, not after the filing date. */
    public Builder dateNaissance(LocalDate dateNaissance) {
      this.dateNaissance = dateNaissance;
      return this;
    }

    /** Sets {@code sexe}: sex, mandatory. */
    public Builder sexe(Sexe sexe) {
      this.sexe = sexe;
      return this;
    }

    /** Sets {@code lien}: family link with the applicant, mandatory. */
    public Builder lien(LienParente lien) {
      this.lien = lien;
      return this;
    }

    /** Sets the dependant's own monthly resources. */
    public Builder ressources(List<FormulaireRessource> ressources) {
      this.ressources = ressources;
      return this;
    }

    /** Sets the ressources, in order. */
    public Builder ressources(FormulaireRessource... ressources) {
      this.ressources = ressources == null ? null : Arrays.asList(ressources);
      return this;
    }

    /**
     * Sets whether the dependant is disabled (arrêté du 29 juillet 1987 art. 2); {@code null} means
     * no.
     */
    public Builder enSituationDeHandicap(Boolean enSituationDeHandicap) {
      this.enSituationDeHandicap = enSituationDeHandicap;
      return this;
    }

    /** The form. */
    public FormulairePersonneACharge build() {
      return new FormulairePersonneACharge(
          nom, prenom, dateNaissance, sexe, lien, ressources, enSituationDeHandicap);
    }
  }
}
