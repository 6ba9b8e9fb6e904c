package org.sne4j.formulaire;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import org.hibernate.validator.constraints.Range;
import org.sne4j.handicap.AideTechnique;
import org.sne4j.handicap.BesoinsHandicap;
import org.sne4j.handicap.CapaciteMarche;
import org.sne4j.handicap.EquipementHandicap;
import org.sne4j.handicap.EtatHandicap;
import org.sne4j.handicap.NatureHandicapMoteur;
import org.sne4j.handicap.NatureHandicapSensoriel;

/**
 * The « complément handicap » of the form (CCH R441-2-2 i): what makes an adapted dwelling
 * necessary. Mirrors {@link BesoinsHandicap}: the number of persons concerned is mandatory in the
 * block and at most the household's size; the aid « aucune » stands alone; repeated list values
 * count once.
 *
 * @param nombrePersonnes number of persons of the household concerned, mandatory in the block
 * @param etat stable or progressive
 * @param moteur motor disabilities
 * @param sensoriel sensory disabilities
 * @param capaciteMarche how many steps can be climbed
 * @param aidesTechniques technical aids used; « aucune » alone
 * @param equipementsNecessaires equipment the dwelling must have
 * @param precisions free text
 */
@AucuneAideTechniqueSeule
public record FormulaireHandicap(
    @NotNull(message = "{sne.champ.obligatoire}")
        @Range(
            min = 1,
            max = FormulaireDemande.PERSONNES_MAX,
            message = "{sne.valeur.hors-limites}")
        Integer nombrePersonnes,
    EtatHandicap etat,
    @Size(max = FormulaireDemande.ELEMENTS_MAX, message = "{sne.liste.trop-longue}")
        List<@NotNull(message = "{sne.champ.obligatoire}") NatureHandicapMoteur> moteur,
    @Size(max = FormulaireDemande.ELEMENTS_MAX, message = "{sne.liste.trop-longue}")
        List<@NotNull(message = "{sne.champ.obligatoire}") NatureHandicapSensoriel> sensoriel,
    CapaciteMarche capaciteMarche,
    @Size(max = FormulaireDemande.ELEMENTS_MAX, message = "{sne.liste.trop-longue}")
        List<@NotNull(message = "{sne.champ.obligatoire}") AideTechnique> aidesTechniques,
    @Size(max = FormulaireDemande.ELEMENTS_MAX, message = "{sne.liste.trop-longue}")
        List<@NotNull(message = "{sne.champ.obligatoire}") EquipementHandicap>
            equipementsNecessaires,
    @TexteLong String precisions) {

  /** Null lists become empty; the elements, nulls included, are kept as given. */
  public FormulaireHandicap {
    moteur = Listes.copie(moteur);
    sensoriel = Listes.copie(sensoriel);
    aidesTechniques = Listes.copie(aidesTechniques);
    equipementsNecessaires = Listes.copie(equipementsNecessaires);
  }

  /** The form of the disability block of the content. */
  public static FormulaireHandicap depuis(BesoinsHandicap besoins) {
    return new FormulaireHandicap(
        besoins.nombrePersonnes(),
        besoins.etat().orElse(null),
        List.copyOf(besoins.moteur()),
        List.copyOf(besoins.sensoriel()),
        besoins.capaciteMarche().orElse(null),
        List.copyOf(besoins.aidesTechniques()),
        List.copyOf(besoins.equipementsNecessaires()),
        besoins.precisions().orElse(null));
  }

  /** A builder with every field empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this form's values, to derive a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.nombrePersonnes = nombrePersonnes;
    b.etat = etat;
    b.moteur = moteur;
    b.sensoriel = sensoriel;
    b.capaciteMarche = capaciteMarche;
    b.aidesTechniques = aidesTechniques;
    b.equipementsNecessaires = equipementsNecessaires;
    b.precisions = precisions;
    return b;
  }

  /** Builds a {@link FormulaireHandicap}; every field may be left empty. */
  public static final class Builder {
    private Integer nombrePersonnes;
    private EtatHandicap etat;
    private List<NatureHandicapMoteur> moteur;
    private List<NatureHandicapSensoriel> sensoriel;
    private CapaciteMarche capaciteMarche;
    private List<AideTechnique> aidesTechniques;
    private List<EquipementHandicap> equipementsNecessaires;
    private String precisions;

    private Builder() {}

    /**
     * Sets {@code nombrePersonnes}: number of persons of the household concerned, mandatory in the
     * block.
     */
    public Builder nombrePersonnes(Integer nombrePersonnes) {
      this.nombrePersonnes = nombrePersonnes;
      return this;
    }

    /** Sets {@code etat}: stable or progressive. */
    public Builder etat(EtatHandicap etat) {
      this.etat = etat;
      return this;
    }

    /** Sets {@code moteur}: motor disabilities. */
    public Builder moteur(List<NatureHandicapMoteur> moteur) {
      this.moteur = moteur;
      return this;
    }

    /** Sets the moteur, in order. */
    public Builder moteur(NatureHandicapMoteur... moteur) {
      this.moteur = moteur == null ? null : Arrays.asList(moteur);
      return this;
    }

    /** Sets {@code sensoriel}: sensory disabilities. */
    public Builder sensoriel(List<NatureHandicapSensoriel> sensoriel) {
      this.sensoriel = sensoriel;
      return this;
    }

    /** Sets the sensoriel, in order. */
    public Builder sensoriel(NatureHandicapSensoriel... sensoriel) {
      this.sensoriel = sensoriel == null ? null : Arrays.asList(sensoriel);
      return this;
    }

    /** Sets {@code capaciteMarche}: how many steps can be climbed. */
    public Builder capaciteMarche(CapaciteMarche capaciteMarche) {
      this.capaciteMarche = capaciteMarche;
      return this;
    }

    /** Sets {@code aidesTechniques}: technical aids used; « aucune » alone. */
    public Builder aidesTechniques(List<AideTechnique> aidesTechniques) {
      this.aidesTechniques = aidesTechniques;
      return this;
    }

    /** Sets the aidesTechniques, in order. */
    public Builder aidesTechniques(AideTechnique... aidesTechniques) {
      this.aidesTechniques = aidesTechniques == null ? null : Arrays.asList(aidesTechniques);
      return this;
    }

    /** Sets {@code equipementsNecessaires}: equipment the dwelling must have. */
    public Builder equipementsNecessaires(List<EquipementHandicap> equipementsNecessaires) {
      this.equipementsNecessaires = equipementsNecessaires;
      return this;
    }

    /** Sets the equipementsNecessaires, in order. */
    public Builder equipementsNecessaires(EquipementHandicap... equipementsNecessaires) {
      this.equipementsNecessaires =
          equipementsNecessaires == null ? null : Arrays.asList(equipementsNecessaires);
      return this;
    }

    /** Sets {@code precisions}: free text. */
    public Builder precisions(String precisions) {
      this.precisions = precisions;
      return this;
    }

    /** The form. */
    public FormulaireHandicap build() {
      return new FormulaireHandicap(
          nombrePersonnes,
          etat,
          moteur,
          sensoriel,
          capaciteMarche,
          aidesTechniques,
          equipementsNecessaires,
          precisions);
    }
  }
}
