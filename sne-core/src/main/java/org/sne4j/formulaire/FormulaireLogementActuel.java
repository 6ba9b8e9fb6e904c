package org.sne4j.formulaire;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.hibernate.validator.constraints.Range;
import org.sne4j.commun.Montant;
import org.sne4j.logement.CategorieLogementActuel;
import org.sne4j.logement.LogementActuel;
import org.sne4j.logement.ModeleLogement;
import org.sne4j.logement.TypeLogement;

/**
 * The applicant's current housing in the form (CCH R441-2-2 f; interfaceNuu {@code
 * logementActuel}). Mirrors {@link LogementActuel}: at least one kind of housing is mandatory;
 * several may apply at once; repeated kinds count once.
 *
 * @param modeles the kinds of current housing, at least one
 * @param loyerMensuel monthly rent in euros, when the household pays one
 * @param nombreOccupants number of persons living in the dwelling
 * @param surface living area in square metres
 * @param proprietaire name of the owner or landlord
 * @param categorie flat or house
 * @param typologie number of rooms
 */
public record FormulaireLogementActuel(
    @NotEmpty(message = "{sne.champ.obligatoire}")
        @Size(max = FormulaireDemande.ELEMENTS_MAX, message = "{sne.liste.trop-longue}")
        List<@NotNull(message = "{sne.champ.obligatoire}") ModeleLogement> modeles,
    @MontantValide BigDecimal loyerMensuel,
    @Range(
            min = 1,
            max = FormulaireLogementActuel.OCCUPANTS_MAX,
            message = "{sne.valeur.hors-limites}")
        Integer nombreOccupants,
    @Range(
            min = 1,
            max = FormulaireLogementActuel.SURFACE_MAX,
            message = "{sne.valeur.hors-limites}")
        Integer surface,
    @TexteCourt String proprietaire,
    CategorieLogementActuel categorie,
    TypeLogement typologie) {

  /** Largest plausible living area, in square metres. */
  public static final int SURFACE_MAX = 10_000;

  /** Most occupants of the current dwelling. */
  public static final int OCCUPANTS_MAX = 99;

  /** Null lists become empty; the elements, nulls included, are kept as given. */
  public FormulaireLogementActuel {
    modeles = Listes.copie(modeles);
  }

  /** A current housing given only by its kinds. */
  public static FormulaireLogementActuel of(ModeleLogement... modeles) {
    return builder().modeles(modeles).build();
  }

  /** The form of the current housing of the content. */
  public static FormulaireLogementActuel depuis(LogementActuel logement) {
    return new FormulaireLogementActuel(
        List.copyOf(logement.modeles()),
        logement.loyerMensuel().map(Montant::euros).orElse(null),
        logement.nombreOccupants().isPresent() ? logement.nombreOccupants().getAsInt() : null,
        logement.surface().isPresent() ? logement.surface().getAsInt() : null,
        logement.proprietaire().orElse(null),
        logement.categorie().orElse(null),
        logement.typologie().orElse(null));
  }

  /** A builder with every field empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this form's values, to derive a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.modeles = modeles;
    b.loyerMensuel = loyerMensuel;
    b.nombreOccupants = nombreOccupants;
    b.surface = surface;
    b.proprietaire = proprietaire;
    b.categorie = categorie;
    b.typologie = typologie;
    return b;
  }

  /** Builds a {@link FormulaireLogementActuel}; every field may be left empty. */
  public static final class Builder {
    private List<ModeleLogement> modeles;
    private BigDecimal loyerMensuel;
    private Integer nombreOccupants;
    private Integer surface;
    private String proprietaire;
    private CategorieLogementActuel categorie;
    private TypeLogement typologie;

    private Builder() {}

    /** Sets the kinds of current housing, at least one. */
    public Builder modeles(List<ModeleLogement> modeles) {
      this.modeles = modeles;
      return this;
    }

    /** Sets the modeles, in order. */
    public Builder modeles(ModeleLogement... modeles) {
      this.modeles = modeles == null ? null : Arrays.asList(modeles);
      return this;
    }

    /** Sets {@code loyerMensuel}: monthly rent in euros, when the household pays one. */
    public Builder loyerMensuel(BigDecimal loyerMensuel) {
      this.loyerMensuel = loyerMensuel;
      return this;
    }

    /** Sets {@code nombreOccupants}: number of persons living in the dwelling. */
    public Builder nombreOccupants(Integer nombreOccupants) {
      this.nombreOccupants = nombreOccupants;
      return this;
    }

    /** Sets {@code surface}: living area in square metres. */
    public Builder surface(Integer surface) {
      this.surface = surface;
      return this;
    }

    /** Sets {@code proprietaire}: name of the owner or landlord. */
    public Builder proprietaire(String proprietaire) {
      this.proprietaire = proprietaire;
      return this;
    }

    /** Sets {@code categorie}: flat or house. */
    public Builder categorie(CategorieLogementActuel categorie) {
      this.categorie = categorie;
      return this;
    }

    /** Sets {@code typologie}: number of rooms. */
    public Builder typologie(TypeLogement typologie) {
      this.typologie = typologie;
      return this;
    }

    /** The form. */
    public FormulaireLogementActuel build() {
      return new FormulaireLogementActuel(
          modeles, loyerMensuel, nombreOccupants, surface, proprietaire, categorie, typologie);
    }
  }
}
