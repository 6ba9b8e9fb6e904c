package org.sne4j.formulaire;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import org.sne4j.logement.CategorieLogementRecherche;
import org.sne4j.logement.LogementRecherche;
import org.sne4j.logement.TypeLogement;
import org.sne4j.territoire.CodeInsee;

/**
 * The dwelling sought in the form (CCH R441-2-2 h; interfaceNuu {@code logementRecherche}). Mirrors
 * {@link LogementRecherche}. The SNE's minimum content (docs/reglementation.md §11.6): {@code demandeElargie}
 * given, at least one typology, one to ten communes, all distinct and in one registration territory
 * (one département, or Île-de-France).
 *
 * @param demandeElargie whether the applicant accepts dwellings beyond the communes he lists
 *     (« demande élargie »), mandatory
 * @param typologies the sizes sought, at least one; repeated sizes count once
 * @param communes the INSEE codes of the communes wished, in order of preference, one to ten
 * @param categorie flat, house or either
 */
@CommunesDistinctes
@CommunesDansUnTerritoire
public record FormulaireLogementRecherche(
    @NotNull(message = "{sne.champ.obligatoire}") Boolean demandeElargie,
    @NotEmpty(message = "{sne.champ.obligatoire}")
        @Size(max = FormulaireDemande.ELEMENTS_MAX, message = "{sne.liste.trop-longue}")
        List<@NotNull(message = "{sne.champ.obligatoire}") TypeLogement> typologies,
    @NotEmpty(message = "{sne.champ.obligatoire}")
        @Size(max = LogementRecherche.COMMUNES_MAX, message = "{sne.communes.trop-nombreuses}")
        List<@TexteObligatoire @CodeInseeValide String> communes,
    CategorieLogementRecherche categorie) {

  /** Null lists become empty; the elements, nulls included, are kept as given. */
  public FormulaireLogementRecherche {
    typologies = Listes.copie(typologies);
    communes = Listes.copie(communes);
  }

  /** The form of the dwelling sought of the content. */
  public static FormulaireLogementRecherche depuis(LogementRecherche recherche) {
    return new FormulaireLogementRecherche(
        recherche.demandeElargie(),
        List.copyOf(recherche.typologies()),
        recherche.communes().stream().map(CodeInsee::code).toList(),
        recherche.categorie().orElse(null));
  }

  /** A builder with every field empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this form's values, to derive a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.demandeElargie = demandeElargie;
    b.typologies = typologies;
    b.communes = communes;
    b.categorie = categorie;
    return b;
  }

  /** Builds a {@link FormulaireLogementRecherche}; every field may be left empty. */
  public static final class Builder {
    private Boolean demandeElargie;
    private List<TypeLogement> typologies;
    private List<String> communes;
    private CategorieLogementRecherche categorie;

    private Builder() {}

    /**
     * Sets whether the applicant accepts dwellings beyond the communes he lists (« demande
     * élargie »), mandatory.
     */
    public Builder demandeElargie(Boolean demandeElargie) {
      this.demandeElargie = demandeElargie;
      return this;
    }

    /** Sets the sizes sought, at least one; repeated sizes count once. */
    public Builder typologies(List<TypeLogement> typologies) {
      this.typologies = typologies;
      return this;
    }

    /** Sets the typologies, in order. */
    public Builder typologies(TypeLogement... typologies) {
      this.typologies = typologies == null ? null : Arrays.asList(typologies);
      return this;
    }

    /** Sets the INSEE codes of the communes wished, in order of preference, one to ten. */
    public Builder communes(List<String> communes) {
      this.communes = communes;
      return this;
    }

    /** Sets the communes, in order. */
    public Builder communes(String... communes) {
      this.communes = communes == null ? null : Arrays.asList(communes);
      return this;
    }

    /** Sets {@code categorie}: flat, house or either. */
    public Builder categorie(CategorieLogementRecherche categorie) {
      this.categorie = categorie;
      return this;
    }

    /** The form. */
    public FormulaireLogementRecherche build() {
      return new FormulaireLogementRecherche(demandeElargie, typologies, communes, categorie);
    }
  }
}
