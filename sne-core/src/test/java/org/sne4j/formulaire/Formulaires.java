package org.sne4j.formulaire;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.sne4j.demande.MotifDemande;
import org.sne4j.handicap.AideTechnique;
import org.sne4j.handicap.CapaciteMarche;
import org.sne4j.handicap.EquipementHandicap;
import org.sne4j.handicap.EtatHandicap;
import org.sne4j.handicap.NatureHandicapMoteur;
import org.sne4j.logement.CategorieLogementActuel;
import org.sne4j.logement.CategorieLogementRecherche;
import org.sne4j.logement.ModeleLogement;
import org.sne4j.logement.TypeLogement;
import org.sne4j.menage.Civilite;
import org.sne4j.menage.Coparentalite;
import org.sne4j.menage.LienDemandeur;
import org.sne4j.menage.LienParente;
import org.sne4j.menage.Nationalite;
import org.sne4j.menage.Sexe;
import org.sne4j.menage.SituationFamiliale;
import org.sne4j.menage.TypeContratTravail;
import org.sne4j.menage.TypeRessource;
import org.sne4j.menage.TypeRessourceVersee;

/** Object mother of demand forms, valid unless their name says otherwise. */
final class Formulaires {

  /** The filing date every form of this mother is valid at. */
  static final LocalDate DATE_DEPOT = LocalDate.of(2025, 3, 14);

  /** A valid NIR of a woman born in May 1990 in Paris, written with spaces. */
  static final String NIR_AWA = "2 90 05 75 113 042 07";

  /** A valid NIR of a man born in June 1985 in Corse-du-Sud (2A). */
  static final String NIR_CORSE = "185062A00412372";

  private Formulaires() {}

  /**
   * Awa Diallo, alone, hosted by a friend in Paris, looking for a T1 or T2 in two arrondissements.
   */
  static FormulaireDemande unePersonneSeuleAParis() {
    return FormulaireDemande.builder()
        .demandeur(awaDiallo().build())
        .logementActuel(FormulaireLogementActuel.of(ModeleLogement.HEBERGE_PAR_PARTICULIER))
        .logementRecherche(
            FormulaireLogementRecherche.builder()
                .demandeElargie(false)
                .typologies(TypeLogement.T1, TypeLogement.T2)
                .communes("75113", "75120")
                .build())
        .build();
  }

  /** The applicant of {@link #unePersonneSeuleAParis()}, to derive variants. */
  static FormulaireTitulaire.Builder awaDiallo() {
    return FormulaireTitulaire.builder()
        .civilite(Civilite.MADAME)
        .nom("DIALLO")
        .prenom("Awa")
        .dateNaissance(LocalDate.of(1990, 5, 12))
        .nationalite(Nationalite.FRANCAISE)
        .situationFamiliale(SituationFamiliale.CELIBATAIRE)
        .adresse(FormulaireAdresse.enFrance("12", "rue de la Glacière", "75013", "75113", "Paris"));
  }

  /**
   * Every block filled in: a married couple with two dependants (one disabled), a child expected, a
   * child in shared custody, incomes, resources, a private tenancy they sublet part of, reasons
   * including 23, four communes of Paris, Seine-Saint-Denis and Val-de-Marne (one Île-de-France
   * demand), and the « complément handicap ».
   */
  static FormulaireDemande unFormulaireCompletValide() {
    FormulaireTitulaire demandeur =
        awaDiallo()
            .nomUsage("MARTIN")
            .situationFamiliale(SituationFamiliale.MARIE)
            .nir(NIR_AWA)
            .telephone("06 12 34 56 78")
            .telephoneSecondaire("+33 (0)1 45 67 89 10")
            .email("awa.diallo@example.fr")
            .adresse(
                FormulaireAdresse.builder()
                    .etranger(false)
                    .numero("12 bis")
                    .voie("rue de la Glacière")
                    .complement("Bâtiment B, escalier 3, chez M. Leroy")
                    .codePostal("75013")
                    .commune("75113")
                    .localite("Paris")
                    .build())
            .situationProfessionnelle(
                FormulaireSituationProfessionnelle.builder()
                    .contrat(TypeContratTravail.CDI)
                    .profession("Aide-soignante")
                    .employeur("Hôpital de la Pitié-Salpêtrière")
                    .communeTravail("75113")
                    .travailALEtranger(false)
                    .build())
            .revenusFiscaux(
                FormulaireRevenuFiscal.of(2023, new BigDecimal("21450")),
                FormulaireRevenuFiscal.of(2022, new BigDecimal("20100.50")))
            .ressources(
                FormulaireRessource.of(TypeRessource.SALAIRES, new BigDecimal("1890.42")),
                FormulaireRessource.of(
                    TypeRessource.ALLOCATIONS_FAMILIALES, new BigDecimal("148.52")))
            .ressourcesVersees(
                FormulaireRessourceVersee.of(
                    TypeRessourceVersee.PENSION_ALIMENTAIRE_VERSEE, new BigDecimal("150")))
            .enSituationDeHandicap(false)
            .build();
    FormulaireTitulaire conjoint =
        FormulaireTitulaire.builder()
            .civilite(Civilite.MONSIEUR)
            .nom("MARTIN")
            .prenom("Louis")
            .dateNaissance(LocalDate.of(1988, 5, 3))
            .nationalite(Nationalite.UNION_EUROPEENNE)
            .situationFamiliale(SituationFamiliale.MARIE)
            .situationProfessionnelle(
                FormulaireSituationProfessionnelle.of(TypeContratTravail.CHOMEUR))
            .revenusFiscaux(
                FormulaireRevenuFiscal.of(2023, new BigDecimal("9800")),
                FormulaireRevenuFiscal.of(2022, BigDecimal.ZERO))
            .ressources(FormulaireRessource.of(TypeRessource.CHOMAGE, new BigDecimal("812.30")))
            .enSituationDeHandicap(true)
            .build();
    return FormulaireDemande.builder()
        .demandeur(demandeur)
        .cotitulaires(FormulaireCotitulaire.of(LienDemandeur.CONJOINT, conjoint))
        .personnesACharge(
            FormulairePersonneACharge.builder()
                .nom("MARTIN")
                .prenom("Inès")
                .dateNaissance(LocalDate.of(2012, 9, 1))
                .sexe(Sexe.FEMININ)
                .lien(LienParente.ENFANT)
                .ressources(FormulaireRessource.of(TypeRessource.AEEH, new BigDecimal("142.70")))
                .enSituationDeHandicap(true)
                .build(),
            FormulairePersonneACharge.builder()
                .nom("DIALLO")
                .prenom("Mariam")
                .dateNaissance(LocalDate.of(1950, 1, 20))
                .sexe(Sexe.FEMININ)
                .lien(LienParente.PARENT)
                .ressources(
                    FormulaireRessource.of(
                        TypeRessource.MINIMUM_VIEILLESSE, new BigDecimal("1012")))
                .build())
        .naissanceAttendue(FormulaireNaissance.of(1, DATE_DEPOT.plusMonths(4)))
        .enfantsEnGarde(
            FormulaireEnfantEnGarde.of(
                "Noé", LocalDate.of(2016, 2, 29), Coparentalite.GARDE_ALTERNEE))
        .logementActuel(
            FormulaireLogementActuel.builder()
                .modeles(ModeleLogement.LOCATAIRE_PRIVE, ModeleLogement.SOUS_LOCATAIRE)
                .loyerMensuel(new BigDecimal("850.50"))
                .nombreOccupants(6)
                .surface(48)
                .proprietaire("SCI Glacière")
                .categorie(CategorieLogementActuel.APPARTEMENT)
                .typologie(TypeLogement.T2)
                .build())
        .motifs(MotifDemande.LOGEMENT_TROP_PETIT, MotifDemande.HANDICAP, MotifDemande.AUTRE)
        .precisionMotif("Escalier sans ascenseur,\ninaccessible au fauteuil de Louis.")
        .logementRecherche(
            FormulaireLogementRecherche.builder()
                .demandeElargie(true)
                .typologies(TypeLogement.T4, TypeLogement.T5)
                .communes("93066", "75113", "93048", "94028")
                .categorie(CategorieLogementRecherche.INDIFFERENT)
                .build())
        .handicap(
            FormulaireHandicap.builder()
                .nombrePersonnes(2)
                .etat(EtatHandicap.STABLE)
                .moteur(NatureHandicapMoteur.MEMBRES_INFERIEURS)
                .capaciteMarche(CapaciteMarche.IMPOSSIBLE)
                .aidesTechniques(AideTechnique.FAUTEUIL_MANUEL)
                .equipementsNecessaires(
                    EquipementHandicap.DOUCHE_SANS_SEUIL, EquipementHandicap.ASCENSEUR)
                .precisions("Fauteuil de 70 cm de large.")
                .build())
        .avisPostalSouhaite(true)
        .build();
  }

  /** A renewal of {@link #unePersonneSeuleAParis()}'s demand, which carries its numéro unique. */
  static FormulaireDemande unRenouvellement() {
    return unePersonneSeuleAParis().toBuilder().numeroUnique("1111023517879GDPUB").build();
  }

  /** A family in Ajaccio (Corse-du-Sud, 2A) seeking in Ajaccio and Porto-Vecchio. */
  static FormulaireDemande uneFamilleEnCorse() {
    FormulaireTitulaire demandeur =
        FormulaireTitulaire.builder()
            .civilite(Civilite.MONSIEUR)
            .nom("Santoni")
            .prenom("Ghjuvanni")
            .dateNaissance(LocalDate.of(1985, 6, 2))
            .nationalite(Nationalite.FRANCAISE)
            .situationFamiliale(SituationFamiliale.DIVORCE)
            .nir(NIR_CORSE)
            .adresse(FormulaireAdresse.enFrance("3", "cours Napoléon", "20000", "2A004", "Ajaccio"))
            .build();
    return FormulaireDemande.builder()
        .demandeur(demandeur)
        .enfantsEnGarde(
            FormulaireEnfantEnGarde.of(
                "Maria", LocalDate.of(2015, 7, 8), Coparentalite.DROIT_DE_VISITE))
        .logementActuel(FormulaireLogementActuel.of(ModeleLogement.CHEZ_PARENTS_OU_ENFANTS))
        .motifs(MotifDemande.DIVORCE_SEPARATION)
        .logementRecherche(
            FormulaireLogementRecherche.builder()
                .demandeElargie(false)
                .typologies(TypeLogement.T3)
                .communes("2A004", "2a247")
                .build())
        .build();
  }

  /** A household in Saint-Denis de La Réunion (974) seeking in Saint-Denis and Saint-Paul. */
  static FormulaireDemande unMenageALaReunion() {
    FormulaireTitulaire demandeur =
        FormulaireTitulaire.builder()
            .civilite(Civilite.MADAME)
            .nom("Payet")
            .prenom("Marie-Claire")
            .dateNaissance(LocalDate.of(1992, 9, 17))
            .nationalite(Nationalite.FRANCAISE)
            .situationFamiliale(SituationFamiliale.UNION_LIBRE)
            .adresse(
                FormulaireAdresse.enFrance("8", "rue de Paris", "97400", "97411", "Saint-Denis"))
            .build();
    return FormulaireDemande.builder()
        .demandeur(demandeur)
        .logementActuel(FormulaireLogementActuel.of(ModeleLogement.LOCATAIRE_HLM))
        .motifs(MotifDemande.LOGEMENT_TROP_CHER)
        .logementRecherche(
            FormulaireLogementRecherche.builder()
                .demandeElargie(true)
                .typologies(TypeLogement.T2)
                .communes("97411", "97415")
                .build())
        .build();
  }

  /** An applicant living in Brussels who wishes to move to Lille. */
  static FormulaireDemande unDemandeurALEtranger() {
    return unePersonneSeuleAParis().toBuilder()
        .demandeur(
            awaDiallo()
                .adresse(
                    FormulaireAdresse.aLEtranger("Rue Haute 112", "1000", "Bruxelles", "Belgique"))
                .build())
        .logementRecherche(
            FormulaireLogementRecherche.builder()
                .demandeElargie(true)
                .typologies(TypeLogement.T2)
                .communes("59350")
                .build())
        .build();
  }

  /** {@code formulaire} with its dwelling sought in {@code communes} instead. */
  static FormulaireDemande avecCommunes(FormulaireDemande formulaire, String... communes) {
    return formulaire.toBuilder()
        .logementRecherche(formulaire.logementRecherche().toBuilder().communes(communes).build())
        .build();
  }

  /** {@link #unePersonneSeuleAParis()} whose applicant is changed by {@code modification}. */
  static FormulaireDemande avecDemandeur(
      java.util.function.UnaryOperator<FormulaireTitulaire.Builder> modification) {
    return unePersonneSeuleAParis().toBuilder()
        .demandeur(modification.apply(awaDiallo()).build())
        .build();
  }
}
