package org.sne4j.formulaire;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.sne4j.demande.ContenuDemande;
import org.sne4j.demande.MotifDemande;
import org.sne4j.menage.Menage;

/**
 * The form of a demand for social housing (demande de logement locatif social, CERFA 14069) as an
 * application or a vendor receives it: at registration (« première demande »), modification or
 * renewal. It mirrors {@link ContenuDemande}, section by section of CCH R441-2-2: the household,
 * items a to e (the applicant {@link #demandeur()}, the co-holders, the dependants, the children
 * expected or received part-time), the current housing (f), the reasons (g), the dwelling sought
 * and the communes wished (h), and the « complément handicap » (i).
 *
 * <p>Every component may be {@code null} and every list may hold {@code null}s or garbage, so that
 * any input can be represented and reported: {@link ValidateurFormulaire#valider} lists all that is
 * wrong as {@link Violation}s, and {@link ValidateurFormulaire#valide} turns a valid form into its
 * {@link ContenuDemande}. A {@code null} list means an empty one; a {@code null} yes/no answer
 * means « non », except {@code demandeElargie}, which the SNE requires. Texts are read stripped,
 * and a blank optional text is absent.
 *
 * <p>{@link #depuis(ContenuDemande)} goes the other way, to pre-fill a renewal or modification
 * form.
 *
 * @param numeroUnique the numéro unique of the demand renewed or modified, as the applicant gives
 *     it; empty at registration; not part of the content
 * @param demandeur the applicant (CCH R441-2-2 a–e), mandatory, with his postal address
 * @param cotitulaires the future co-holders of the lease (spouse, partner, co-tenant)
 * @param personnesACharge the dependants who will live in the dwelling
 * @param naissanceAttendue the children expected, if any
 * @param enfantsEnGarde the children in shared custody or with visiting rights
 * @param logementActuel the current housing (f), mandatory
 * @param motifs the reasons for the demand (g); repeated reasons count once
 * @param precisionMotif the text of reason 23 « autre motif particulier », required with it
 * @param logementRecherche the dwelling sought and the communes wished (h), mandatory
 * @param handicap the « complément handicap » (i), if any
 * @param avisPostalSouhaite whether the applicant who uses the online service also wants the
 *     renewal notice by post (R441-2-7); {@code null} means no
 */
@PrecisionMotifAutre
@AdresseDemandeurObligatoire
@TailleMenage
@HandicapDansLeMenage
public record FormulaireDemande(
    @NumeroUniqueValide String numeroUnique,
    @NotNull(message = "{sne.champ.obligatoire}") @Valid FormulaireTitulaire demandeur,
    List<@NotNull(message = "{sne.champ.obligatoire}") @Valid FormulaireCotitulaire> cotitulaires,
    List<@NotNull(message = "{sne.champ.obligatoire}") @Valid FormulairePersonneACharge>
        personnesACharge,
    @Valid FormulaireNaissance naissanceAttendue,
    List<@NotNull(message = "{sne.champ.obligatoire}") @Valid FormulaireEnfantEnGarde>
        enfantsEnGarde,
    @NotNull(message = "{sne.champ.obligatoire}") @Valid FormulaireLogementActuel logementActuel,
    @Size(max = FormulaireDemande.ELEMENTS_MAX, message = "{sne.liste.trop-longue}")
        List<@NotNull(message = "{sne.champ.obligatoire}") MotifDemande> motifs,
    @TexteLong String precisionMotif,
    @NotNull(message = "{sne.champ.obligatoire}") @Valid
        FormulaireLogementRecherche logementRecherche,
    @Valid FormulaireHandicap handicap,
    Boolean avisPostalSouhaite) {

  /** Most characters in a single-line text: a name, an address line, a profession. */
  public static final int LONGUEUR_COURTE_MAX = 100;

  /** Most characters in a free text: the text of reason 23, the disability details. */
  public static final int LONGUEUR_LONGUE_MAX = 1000;

  /**
   * Most persons in a household: applicant, co-holders, dependants, children expected and children
   * received part-time. No text sets a ceiling; this one bounds hostile input well above any real
   * household.
   */
  public static final int PERSONNES_MAX = 20;

  /** Most elements of the other lists (reasons, incomes, resources, disability lists). */
  public static final int ELEMENTS_MAX = 50;

  /** Null lists become empty; the elements, nulls included, are kept as given. */
  public FormulaireDemande {
    cotitulaires = Listes.copie(cotitulaires);
    personnesACharge = Listes.copie(personnesACharge);
    enfantsEnGarde = Listes.copie(enfantsEnGarde);
    motifs = Listes.copie(motifs);
  }

  /**
   * The form of a content, to pre-fill a renewal or modification form. Round trip: for a content
   * built from a valid form (texts stripped, within the form's bounds), validating this form at a
   * filing date where its dates are still plausible gives back an equal content. A content the form
   * would not accept today, say an income year more than ten years old or an expected birth now
   * past, gives a form whose violations tell the applicant what to update. The numéro unique is
   * left empty: set it with {@link #toBuilder()}.
   */
  public static FormulaireDemande depuis(ContenuDemande contenu) {
    Objects.requireNonNull(contenu, "contenu");
    Menage menage = contenu.menage();
    return new FormulaireDemande(
        null,
        FormulaireTitulaire.depuis(menage.demandeur()),
        menage.cotitulaires().stream().map(FormulaireCotitulaire::depuis).toList(),
        menage.personnesACharge().stream().map(FormulairePersonneACharge::depuis).toList(),
        menage.naissanceAttendue().map(FormulaireNaissance::depuis).orElse(null),
        menage.enfantsEnGarde().stream().map(FormulaireEnfantEnGarde::depuis).toList(),
        FormulaireLogementActuel.depuis(contenu.logementActuel()),
        List.copyOf(contenu.motifs()),
        contenu.precisionMotif().orElse(null),
        FormulaireLogementRecherche.depuis(contenu.logementRecherche()),
        contenu.handicap().map(FormulaireHandicap::depuis).orElse(null),
        contenu.avisPostalSouhaite());
  }

  /**
   * The persons to be housed as the form counts them: the applicant, the co-holders, the
   * dependants, the children received part-time and the children expected (when their number is
   * valid).
   */
  long personnesALoger() {
    long naissances =
        naissanceAttendue == null
                || naissanceAttendue.nombre() == null
                || naissanceAttendue.nombre() < 1
                || naissanceAttendue.nombre() > FormulaireNaissance.NOMBRE_MAX
            ? 0
            : naissanceAttendue.nombre();
    return 1L + cotitulaires.size() + personnesACharge.size() + enfantsEnGarde.size() + naissances;
  }

  /** A builder with every field empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this form's values, to derive a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.numeroUnique = numeroUnique;
    b.demandeur = demandeur;
    b.cotitulaires = cotitulaires;
    b.personnesACharge = personnesACharge;
    b.naissanceAttendue = naissanceAttendue;
    b.enfantsEnGarde = enfantsEnGarde;
    b.logementActuel = logementActuel;
    b.motifs = motifs;
    b.precisionMotif = precisionMotif;
    b.logementRecherche = logementRecherche;
    b.handicap = handicap;
    b.avisPostalSouhaite = avisPostalSouhaite;
    return b;
  }

  /** Builds a {@link FormulaireDemande}; every field may be left empty. */
  public static final class Builder {
    private String numeroUnique;
    private FormulaireTitulaire demandeur;
    private List<FormulaireCotitulaire> cotitulaires;
    private List<FormulairePersonneACharge> personnesACharge;
    private FormulaireNaissance naissanceAttendue;
    private List<FormulaireEnfantEnGarde> enfantsEnGarde;
    private FormulaireLogementActuel logementActuel;
    private List<MotifDemande> motifs;
    private String precisionMotif;
    private FormulaireLogementRecherche logementRecherche;
    private FormulaireHandicap handicap;
    private Boolean avisPostalSouhaite;

    private Builder() {}

    /**
     * Sets the numéro unique of the demand renewed or modified, as the applicant gives it; empty at
     * registration; not part of the content.
     */
    public Builder numeroUnique(String numeroUnique) {
      this.numeroUnique = numeroUnique;
      return this;
    }

    /** Sets the applicant (CCH R441-2-2 a–e), mandatory, with his postal address. */
    public Builder demandeur(FormulaireTitulaire demandeur) {
      this.demandeur = demandeur;
      return this;
    }

    /** Sets the future co-holders of the lease (spouse, partner, co-tenant). */
    public Builder cotitulaires(List<FormulaireCotitulaire> cotitulaires) {
      this.cotitulaires = cotitulaires;
      return this;
    }

    /** Sets the cotitulaires, in order. */
    public Builder cotitulaires(FormulaireCotitulaire... cotitulaires) {
      this.cotitulaires = cotitulaires == null ? null : Arrays.asList(cotitulaires);
      return this;
    }

    /** Sets the dependants who will live in the dwelling. */
    public Builder personnesACharge(List<FormulairePersonneACharge> personnesACharge) {
      this.personnesACharge = personnesACharge;
      return this;
    }

    /** Sets the personnesACharge, in order. */
    public Builder personnesACharge(FormulairePersonneACharge... personnesACharge) {
      this.personnesACharge = personnesACharge == null ? null : Arrays.asList(personnesACharge);
      return this;
    }

    /** Sets the children expected, if any. */
    public Builder naissanceAttendue(FormulaireNaissance naissanceAttendue) {
      this.naissanceAttendue = naissanceAttendue;
      return this;
    }

    /** Sets the children in shared custody or with visiting rights. */
    public Builder enfantsEnGarde(List<FormulaireEnfantEnGarde> enfantsEnGarde) {
      this.enfantsEnGarde = enfantsEnGarde;
      return this;
    }

    /** Sets the enfantsEnGarde, in order. */
    public Builder enfantsEnGarde(FormulaireEnfantEnGarde... enfantsEnGarde) {
      this.enfantsEnGarde = enfantsEnGarde == null ? null : Arrays.asList(enfantsEnGarde);
      return this;
    }

    /** Sets the current housing (f), mandatory. */
    public Builder logementActuel(FormulaireLogementActuel logementActuel) {
      this.logementActuel = logementActuel;
      return this;
    }

    /** Sets the reasons for the demand (g); repeated reasons count once. */
    public Builder motifs(List<MotifDemande> motifs) {
      this.motifs = motifs;
      return this;
    }

    /** Sets the motifs, in order. */
    public Builder motifs(MotifDemande... motifs) {
      this.motifs = motifs == null ? null : Arrays.asList(motifs);
      return this;
    }

    /** Sets the text of reason 23 « autre motif particulier », required with it. */
    public Builder precisionMotif(String precisionMotif) {
      this.precisionMotif = precisionMotif;
      return this;
    }

    /** Sets the dwelling sought and the communes wished (h), mandatory. */
    public Builder logementRecherche(FormulaireLogementRecherche logementRecherche) {
      this.logementRecherche = logementRecherche;
      return this;
    }

    /** Sets the « complément handicap » (i), if any. */
    public Builder handicap(FormulaireHandicap handicap) {
      this.handicap = handicap;
      return this;
    }

    /**
     * Sets whether the applicant who uses the online service also wants the renewal notice by post
     * (R441-2-7); {@code null} means no.
     */
    public Builder avisPostalSouhaite(Boolean avisPostalSouhaite) {
      this.avisPostalSouhaite = avisPostalSouhaite;
      return this;
    }

    /** The form. */
    public FormulaireDemande build() {
      return new FormulaireDemande(
          numeroUnique,
          demandeur,
          cotitulaires,
          personnesACharge,
          naissanceAttendue,
          enfantsEnGarde,
          logementActuel,
          motifs,
          precisionMotif,
          logementRecherche,
          handicap,
          avisPostalSouhaite);
    }
  }
}
