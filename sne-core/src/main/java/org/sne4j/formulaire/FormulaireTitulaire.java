package org.sne4j.formulaire;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.sne4j.menage.Civilite;
import org.sne4j.menage.Nationalite;
import org.sne4j.menage.Nir;
import org.sne4j.menage.SituationFamiliale;
import org.sne4j.menage.Titulaire;

/**
 * A holder in the form: the applicant (demandeur) or a future co-holder of the lease; block D of
 * the interfaceNuu format and the first pages of the CERFA 14069 (CCH R441-2-2 a: identity and NIR;
 * b: address and contact details; c: family situation; d: employment; e: resources and taxable
 * income). Mirrors {@link Titulaire}.
 *
 * <p>Mandatory for every holder: civilité, nom, prénom, date of birth, nationality, family
 * situation. The address is mandatory for the applicant only ({@link AdresseDemandeurObligatoire}).
 *
 * @param civilite civility, mandatory
 * @param nom birth name, mandatory
 * @param nomUsage name in use, if different
 * @param prenom first name, mandatory
 * @param dateNaissance birth date, mandatory, not after the filing date
 * @param nationalite nationality group, mandatory
 * @param situationFamiliale family situation (c), mandatory
 * @param nir social security number (a), with or without spaces, when given
 * @param telephone main phone number
 * @param telephoneSecondaire another phone number
 * @param email e-mail address
 * @param adresse postal address (b); mandatory for the applicant
 * @param situationProfessionnelle employment situation (d)
 * @param revenusFiscaux tax reference incomes (e), at most one per year
 * @param ressources monthly resources received (e)
 * @param ressourcesVersees monthly amounts paid, such as maintenance
 * @param enSituationDeHandicap whether the person is disabled in the sense of the household
 *     categories (arrêté du 29 juillet 1987 art. 2); {@code null} means no
 */
@UnRevenuFiscalParAnnee
public record FormulaireTitulaire(
    @NotNull(message = "{sne.champ.obligatoire}") Civilite civilite,
    @TexteObligatoire @TexteCourt String nom,
    @TexteCourt String nomUsage,
    @TexteObligatoire @TexteCourt String prenom,
    @NotNull(message = "{sne.champ.obligatoire}") @DateNaissanceValide LocalDate dateNaissance,
    @NotNull(message = "{sne.champ.obligatoire}") Nationalite nationalite,
    @NotNull(message = "{sne.champ.obligatoire}") SituationFamiliale situationFamiliale,
    @NirValide String nir,
    @TelephoneValide String telephone,
    @TelephoneValide String telephoneSecondaire,
    @EmailValide String email,
    @Valid FormulaireAdresse adresse,
    @Valid FormulaireSituationProfessionnelle situationProfessionnelle,
    @Size(max = FormulaireDemande.ELEMENTS_MAX, message = "{sne.liste.trop-longue}")
        List<@NotNull(message = "{sne.champ.obligatoire}") @Valid FormulaireRevenuFiscal>
            revenusFiscaux,
    @Size(max = FormulaireDemande.ELEMENTS_MAX, message = "{sne.liste.trop-longue}")
        List<@NotNull(message = "{sne.champ.obligatoire}") @Valid FormulaireRessource> ressources,
    @Size(max = FormulaireDemande.ELEMENTS_MAX, message = "{sne.liste.trop-longue}")
        List<@NotNull(message = "{sne.champ.obligatoire}") @Valid FormulaireRessourceVersee>
            ressourcesVersees,
    Boolean enSituationDeHandicap) {

  /** Null lists become empty; the elements, nulls included, are kept as given. */
  public FormulaireTitulaire {
    revenusFiscaux = Listes.copie(revenusFiscaux);
    ressources = Listes.copie(ressources);
    ressourcesVersees = Listes.copie(ressourcesVersees);
  }

  /** The form of a holder of the content. */
  public static FormulaireTitulaire depuis(Titulaire titulaire) {
    return new FormulaireTitulaire(
        titulaire.civilite(),
        titulaire.nom(),
        titulaire.nomUsage().orElse(null),
        titulaire.prenom(),
        titulaire.dateNaissance(),
        titulaire.nationalite(),
        titulaire.situationFamiliale(),
        titulaire.nir().map(Nir::valeur).orElse(null),
        titulaire.contact().telephone().orElse(null),
        titulaire.contact().telephoneSecondaire().orElse(null),
        titulaire.contact().email().orElse(null),
        titulaire.adresse().map(FormulaireAdresse::depuis).orElse(null),
        titulaire
            .situationProfessionnelle()
            .map(FormulaireSituationProfessionnelle::depuis)
            .orElse(null),
        titulaire.revenusFiscaux().stream().map(FormulaireRevenuFiscal::depuis).toList(),
        titulaire.ressources().stream().map(FormulaireRessource::depuis).toList(),
        titulaire.ressourcesVersees().stream().map(FormulaireRessourceVersee::depuis).toList(),
        titulaire.enSituationDeHandicap());
  }

  /** A builder with every field empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this form's values, to derive a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.civilite = civilite;
    b.nom = nom;
    b.nomUsage = nomUsage;
    b.prenom = prenom;
    b.dateNaissance = dateNaissance;
    b.nationalite = nationalite;
    b.situationFamiliale = situationFamiliale;
    b.nir = nir;
    b.telephone = telephone;
    b.telephoneSecondaire = telephoneSecondaire;
    b.email = email;
    b.adresse = adresse;
    b.situationProfessionnelle = situationProfessionnelle;
    b.revenusFiscaux = revenusFiscaux;
    b.ressources = ressources;
    b.ressourcesVersees = ressourcesVersees;
    b.enSituationDeHandicap = enSituationDeHandicap;
    return b;
  }

  /** Builds a {@link FormulaireTitulaire}; every field may be left empty. */
  public static final class Builder {
    private Civilite civilite;
    private String nom;
    private String nomUsage;
    private String prenom;
    private LocalDate dateNaissance;
    private Nationalite nationalite;
    private SituationFamiliale situationFamiliale;
    private String nir;
    private String telephone;
    private String telephoneSecondaire;
    private String email;
    private FormulaireAdresse adresse;
    private FormulaireSituationProfessionnelle situationProfessionnelle;
    private List<FormulaireRevenuFiscal> revenusFiscaux;
    private List<FormulaireRessource> ressources;
    private List<FormulaireRessourceVersee> ressourcesVersees;
    private Boolean enSituationDeHandicap;

    private Builder() {}

    /** Sets {@code civilite}: civility, mandatory. */
    public Builder civilite(Civilite civilite) {
      this.civilite = civilite;
      return this;
    }

    /** Sets {@code nom}: birth name, mandatory. */
    public Builder nom(String nom) {
      this.nom = nom;
      return this;
    }

    /** Sets {@code nomUsage}: name in use, if different. */
    public Builder nomUsage(String nomUsage) {
      this.nomUsage = nomUsage;
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

    /** Sets {@code nationalite}: nationality group, mandatory. */
    public Builder nationalite(Nationalite nationalite) {
      this.nationalite = nationalite;
      return this;
    }

    /** Sets {@code situationFamiliale}: family situation (c), mandatory. */
    public Builder situationFamiliale(SituationFamiliale situationFamiliale) {
      this.situationFamiliale = situationFamiliale;
      return this;
    }

    /** Sets {@code nir}: social security number (a), with or without spaces, when given. */
    public Builder nir(String nir) {
      this.nir = nir;
      return this;
    }

    /** Sets {@code telephone}: main phone number. */
    public Builder telephone(String telephone) {
      this.telephone = telephone;
      return this;
    }

    /** Sets {@code telephoneSecondaire}: another phone number. */
    public Builder telephoneSecondaire(String telephoneSecondaire) {
      this.telephoneSecondaire = telephoneSecondaire;
      return this;
    }

    /** Sets {@code email}: e-mail address. */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /** Sets {@code adresse}: postal address (b); mandatory for the applicant. */
    public Builder adresse(FormulaireAdresse adresse) {
      this.adresse = adresse;
      return this;
    }

    /** Sets {@code situationProfessionnelle}: employment situation (d). */
    public Builder situationProfessionnelle(
        FormulaireSituationProfessionnelle situationProfessionnelle) {
      this.situationProfessionnelle = situationProfessionnelle;
      return this;
    }

    /** Sets {@code revenusFiscaux}: tax reference incomes (e), at most one per year. */
    public Builder revenusFiscaux(List<FormulaireRevenuFiscal> revenusFiscaux) {
      this.revenusFiscaux = revenusFiscaux;
      return this;
    }

    /** Sets the revenusFiscaux, in order. */
    public Builder revenusFiscaux(FormulaireRevenuFiscal... revenusFiscaux) {
      this.revenusFiscaux = revenusFiscaux == null ? null : Arrays.asList(revenusFiscaux);
      return this;
    }

    /** Sets {@code ressources}: monthly resources received (e). */
    public Builder ressources(List<FormulaireRessource> ressources) {
      this.ressources = ressources;
      return this;
    }

    /** Sets the ressources, in order. */
    public Builder ressources(FormulaireRessource... ressources) {
      this.ressources = ressources == null ? null : Arrays.asList(ressources);
      return this;
    }

    /** Sets {@code ressourcesVersees}: monthly amounts paid, such as maintenance. */
    public Builder ressourcesVersees(List<FormulaireRessourceVersee> ressourcesVersees) {
      this.ressourcesVersees = ressourcesVersees;
      return this;
    }

    /** Sets the ressourcesVersees, in order. */
    public Builder ressourcesVersees(FormulaireRessourceVersee... ressourcesVersees) {
      this.ressourcesVersees = ressourcesVersees == null ? null : Arrays.asList(ressourcesVersees);
      return this;
    }

    /**
     * Sets whether the person is disabled in the sense of the household categories (arrêté du 29
     * juillet 1987 art. 2); {@code null} means no.
     */
    public Builder enSituationDeHandicap(Boolean enSituationDeHandicap) {
      this.enSituationDeHandicap = enSituationDeHandicap;
      return this;
    }

    /** The form. */
    public FormulaireTitulaire build() {
      return new FormulaireTitulaire(
          civilite,
          nom,
          nomUsage,
          prenom,
          dateNaissance,
          nationalite,
          situationFamiliale,
          nir,
          telephone,
          telephoneSecondaire,
          email,
          adresse,
          situationProfessionnelle,
          revenusFiscaux,
          ressources,
          ressourcesVersees,
          enSituationDeHandicap);
    }
  }
}
