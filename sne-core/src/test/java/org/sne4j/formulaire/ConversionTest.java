package org.sne4j.formulaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sne4j.formulaire.Formulaires.DATE_DEPOT;
import static org.sne4j.formulaire.Formulaires.unFormulaireCompletValide;
import static org.sne4j.formulaire.Formulaires.unePersonneSeuleAParis;
import static org.sne4j.formulaire.Signalements.VALIDATEUR;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sne4j.commun.Montant;
import org.sne4j.demande.ContenuDemande;
import org.sne4j.demande.MotifDemande;
import org.sne4j.handicap.AideTechnique;
import org.sne4j.handicap.BesoinsHandicap;
import org.sne4j.handicap.CapaciteMarche;
import org.sne4j.handicap.EquipementHandicap;
import org.sne4j.handicap.EtatHandicap;
import org.sne4j.handicap.NatureHandicapSensoriel;
import org.sne4j.logement.CategorieLogementActuel;
import org.sne4j.logement.CategorieLogementRecherche;
import org.sne4j.logement.LogementActuel;
import org.sne4j.logement.LogementRecherche;
import org.sne4j.logement.ModeleLogement;
import org.sne4j.logement.TypeLogement;
import org.sne4j.menage.Adresse;
import org.sne4j.menage.Civilite;
import org.sne4j.menage.Contact;
import org.sne4j.menage.Coparentalite;
import org.sne4j.menage.Cotitulaire;
import org.sne4j.menage.EnfantEnGarde;
import org.sne4j.menage.LienDemandeur;
import org.sne4j.menage.LienParente;
import org.sne4j.menage.Menage;
import org.sne4j.menage.NaissanceAttendue;
import org.sne4j.menage.Nationalite;
import org.sne4j.menage.Nir;
import org.sne4j.menage.PersonneACharge;
import org.sne4j.menage.Ressource;
import org.sne4j.menage.RessourceVersee;
import org.sne4j.menage.RevenuFiscal;
import org.sne4j.menage.Sexe;
import org.sne4j.menage.SituationFamiliale;
import org.sne4j.menage.SituationProfessionnelle;
import org.sne4j.menage.Titulaire;
import org.sne4j.menage.TypeContratTravail;
import org.sne4j.menage.TypeRessource;
import org.sne4j.menage.TypeRessourceVersee;
import org.sne4j.territoire.CodeInsee;
import org.sne4j.territoire.TerritoireEnregistrement;

class ConversionTest {

  static Stream<FormulaireDemande> formulairesValides() {
    return ValidateurFormulaireTest.formulairesValides();
  }

  @ParameterizedTest
  @MethodSource("formulairesValides")
  void un_formulaire_valide_se_convertit_en_contenu(FormulaireDemande formulaire) {
    // WHEN
    ContenuDemande contenu = VALIDATEUR.valide(formulaire, DATE_DEPOT);
    // THEN
    assertThat(contenu.logementRecherche().communes())
        .hasSameSizeAs(formulaire.logementRecherche().communes());
  }

  @Test
  void le_formulaire_complet_se_retrouve_dans_le_contenu() {
    // WHEN
    ContenuDemande contenu = VALIDATEUR.valide(unFormulaireCompletValide(), DATE_DEPOT);
    // THEN
    Menage menage = contenu.menage();
    Titulaire demandeur = menage.demandeur();
    assertThat(demandeur.nomComplet()).isEqualTo("Awa MARTIN");
    assertThat(demandeur.nir()).contains(new Nir("290057511304207"));
    assertThat(demandeur.contact().telephoneSecondaire()).contains("+33 (0)1 45 67 89 10");
    assertThat(demandeur.adresse().orElseThrow().commune()).contains(new CodeInsee("75113"));
    assertThat(demandeur.revenuFiscal(2022)).contains(Montant.centimes(2_010_050));
    assertThat(menage.personnesALoger()).isEqualTo(6);
    assertThat(menage.revenuFiscalDeReference(2023)).contains(Montant.euros(31_250));
    assertThat(menage.cotitulaires().get(0).personne().enSituationDeHandicap()).isTrue();
    assertThat(contenu.logementActuel().loyerMensuel()).contains(Montant.centimes(85_050));
    assertThat(contenu.logementActuel().surface()).isEqualTo(OptionalInt.of(48));
    assertThat(contenu.motifs())
        .containsExactly(
            MotifDemande.LOGEMENT_TROP_PETIT, MotifDemande.HANDICAP, MotifDemande.AUTRE);
    assertThat(contenu.precisionMotif())
        .contains("Escalier sans ascenseur,\ninaccessible au fauteuil de Louis.");
    assertThat(contenu.territoire()).isEqualTo(TerritoireEnregistrement.ILE_DE_FRANCE);
    assertThat(contenu.handicap().orElseThrow().exigeAccesSansMarche()).isTrue();
    assertThat(contenu.avisPostalSouhaite()).isTrue();
  }

  @Test
  void les_textes_sont_nettoyes_et_les_textes_facultatifs_blancs_sont_absents() {
    // GIVEN
    FormulaireDemande formulaire =
        Formulaires.avecDemandeur(
            d ->
                d.nom("  DIALLO ")
                    .prenom("\tAwa")
                    .nomUsage("   ")
                    .nir(" 2 90 05 75 113 042 07 ")
                    .email(" ")
                    .telephone(" 06 12 34 56 78 ")
                    .adresse(
                        FormulaireAdresse.builder()
                            .numero(" ")
                            .voie(" rue de la Glacière ")
                            .complement("")
                            .codePostal(" 75013 ")
                            .commune(" 75113 ")
                            .localite("Paris ")
                            .pays(" ")
                            .build()));
    // WHEN
    Titulaire demandeur = VALIDATEUR.valide(formulaire, DATE_DEPOT).menage().demandeur();
    // THEN
    assertThat(demandeur.nom()).isEqualTo("DIALLO");
    assertThat(demandeur.prenom()).isEqualTo("Awa");
    assertThat(demandeur.nomUsage()).isEmpty();
    assertThat(demandeur.nir()).contains(new Nir("290057511304207"));
    assertThat(demandeur.contact())
        .isEqualTo(new Contact(Optional.of("06 12 34 56 78"), Optional.empty(), Optional.empty()));
    assertThat(demandeur.adresse())
        .contains(
            new Adresse(
                false,
                Optional.empty(),
                "rue de la Glacière",
                Optional.empty(),
                "75013",
                Optional.of(new CodeInsee("75113")),
                "Paris",
                Optional.empty()));
  }

  @Test
  void les_codes_insee_et_les_nir_corses_sont_lus_en_majuscules() {
    // GIVEN
    FormulaireDemande formulaire =
        Formulaires.uneFamilleEnCorse().toBuilder()
            .demandeur(
                Formulaires.uneFamilleEnCorse().demandeur().toBuilder()
                    .nir("185062a00412372")
                    .build())
            .build();
    // WHEN
    ContenuDemande contenu = VALIDATEUR.valide(formulaire, DATE_DEPOT);
    // THEN
    assertThat(contenu.logementRecherche().communes())
        .containsExactly(new CodeInsee("2A004"), new CodeInsee("2A247"));
    assertThat(contenu.menage().demandeur().nir()).contains(new Nir("185062A00412372"));
    assertThat(contenu.territoire()).isEqualTo(new TerritoireEnregistrement("2A"));
  }

  @Test
  void une_commune_d_outre_mer_donne_son_departement_pour_territoire() {
    // WHEN
    ContenuDemande contenu = VALIDATEUR.valide(Formulaires.unMenageALaReunion(), DATE_DEPOT);
    // THEN
    assertThat(contenu.territoire()).isEqualTo(new TerritoireEnregistrement("974"));
  }

  @Test
  void les_reponses_absentes_valent_non_et_les_valeurs_repetees_comptent_une_fois() {
    // GIVEN
    FormulaireDemande formulaire =
        unePersonneSeuleAParis().toBuilder()
            .avisPostalSouhaite(null)
            .motifs(MotifDemande.LOGEMENT_TROP_CHER, MotifDemande.LOGEMENT_TROP_CHER)
            .logementActuel(FormulaireLogementActuel.of(ModeleLogement.HOTEL, ModeleLogement.HOTEL))
            .build();
    // WHEN
    ContenuDemande contenu = VALIDATEUR.valide(formulaire, DATE_DEPOT);
    // THEN
    assertThat(contenu.avisPostalSouhaite()).isFalse();
    assertThat(contenu.menage().demandeur().enSituationDeHandicap()).isFalse();
    assertThat(contenu.motifs()).containsExactly(MotifDemande.LOGEMENT_TROP_CHER);
    assertThat(contenu.logementActuel().modeles()).containsExactly(ModeleLogement.HOTEL);
  }

  @Test
  void un_montant_nul_ou_ecrit_avec_des_zeros_garde_sa_valeur_au_centime() {
    // GIVEN
    FormulaireDemande formulaire =
        Formulaires.avecDemandeur(
            d ->
                d.ressources(
                    FormulaireRessource.of(TypeRessource.SALAIRES, new BigDecimal("0E+1000000000")),
                    FormulaireRessource.of(TypeRessource.RETRAITE, new BigDecimal("1200.500")),
                    FormulaireRessource.of(TypeRessource.AUTRES, new BigDecimal("1E+3"))));
    // WHEN
    List<Ressource> ressources =
        VALIDATEUR.valide(formulaire, DATE_DEPOT).menage().demandeur().ressources();
    // THEN
    assertThat(ressources)
        .extracting(Ressource::mensuel)
        .containsExactly(Montant.ZERO, Montant.centimes(120_050), Montant.euros(1000));
  }

  @ParameterizedTest
  @MethodSource("formulairesValides")
  void le_formulaire_d_un_contenu_redonne_ce_contenu(FormulaireDemande formulaire) {
    // GIVEN
    ContenuDemande contenu = VALIDATEUR.valide(formulaire, DATE_DEPOT);
    // WHEN
    FormulaireDemande prerempli = FormulaireDemande.depuis(contenu);
    // THEN
    assertThat(VALIDATEUR.valider(prerempli, DATE_DEPOT)).isEmpty();
    assertThat(VALIDATEUR.valide(prerempli, DATE_DEPOT)).isEqualTo(contenu);
  }

  @Test
  void un_contenu_construit_par_le_domaine_fait_l_aller_retour_a_l_identique() {
    // GIVEN
    ContenuDemande contenu = unContenuRiche();
    // WHEN
    FormulaireDemande formulaire = FormulaireDemande.depuis(contenu);
    ContenuDemande retour = VALIDATEUR.valide(formulaire, DATE_DEPOT);
    // THEN
    assertThat(retour).isEqualTo(contenu);
    assertThat(FormulaireDemande.depuis(retour)).isEqualTo(formulaire);
  }

  @Test
  void
      un_contenu_ancien_preremplit_un_renouvellement_dont_les_violations_disent_quoi_mettre_a_jour() {
    // GIVEN: the content filed in 2025, renewed two years later
    ContenuDemande contenu = unContenuRiche();
    LocalDate renouvellement = DATE_DEPOT.plusYears(2);
    // WHEN
    List<String> violations =
        Signalements.signalees(FormulaireDemande.depuis(contenu), renouvellement);
    // THEN
    assertThat(violations)
        .containsExactly("naissanceAttendue.dateNaissancePrevue date-naissance-prevue.invalide");
  }

  @Test
  void le_formulaire_d_un_contenu_garde_l_ordre_des_communes_et_les_montants_en_euros() {
    // GIVEN
    ContenuDemande contenu = unContenuRiche();
    // WHEN
    FormulaireDemande formulaire = FormulaireDemande.depuis(contenu);
    // THEN
    assertThat(formulaire.numeroUnique()).isNull();
    assertThat(formulaire.logementRecherche().communes())
        .containsExactly("59350", "59009", "59512");
    assertThat(formulaire.demandeur().revenusFiscaux().get(0).montant())
        .isEqualByComparingTo("18250.75");
    assertThat(formulaire.demandeur().nir()).isEqualTo("189065935045614");
  }

  @Test
  void un_constructeur_redonne_le_formulaire_dont_il_part() {
    // GIVEN
    FormulaireDemande formulaire = unFormulaireCompletValide();
    // WHEN
    FormulaireDemande copie =
        formulaire.toBuilder()
            .demandeur(formulaire.demandeur().toBuilder().build())
            .logementActuel(formulaire.logementActuel().toBuilder().build())
            .logementRecherche(formulaire.logementRecherche().toBuilder().build())
            .handicap(formulaire.handicap().toBuilder().build())
            .build();
    // THEN
    assertThat(copie).isEqualTo(formulaire);
  }

  @Test
  void les_listes_du_formulaire_sont_immuables_et_jamais_nulles() {
    // GIVEN
    FormulaireDemande formulaire = FormulaireDemande.builder().build();
    // WHEN THEN
    assertThat(formulaire.cotitulaires()).isEmpty();
    assertThat(formulaire.motifs()).isEmpty();
    assertThat(unePersonneSeuleAParis().logementRecherche().communes()).isUnmodifiable();
  }

  /** A rich content built with the domain's own constructors, independent of the form. */
  static ContenuDemande unContenuRiche() {
    Titulaire demandeur =
        new Titulaire(
            Civilite.MONSIEUR,
            "LEFEBVRE",
            Optional.of("LEFEBVRE-DUPONT"),
            "Karim",
            LocalDate.of(1989, 6, 21),
            Nationalite.HORS_UNION_EUROPEENNE,
            SituationFamiliale.PACSE,
            Optional.of(new Nir("189065935045614")),
            new Contact(
                Optional.of("03 20 00 00 00"), Optional.empty(), Optional.of("karim@example.org")),
            Optional.of(
                new Adresse(
                    false,
                    Optional.of("5"),
                    "place du Théâtre",
                    Optional.of("3e étage"),
                    "59800",
                    Optional.of(new CodeInsee("59350")),
                    "Lille",
                    Optional.empty())),
            Optional.of(
                new SituationProfessionnelle(
                    TypeContratTravail.CDD,
                    Optional.of("Intérimaire"),
                    Optional.of("Manpower"),
                    Optional.empty(),
                    true)),
            List.of(
                new RevenuFiscal(2023, Montant.centimes(1_825_075)),
                new RevenuFiscal(2022, Montant.euros(17_000))),
            List.of(new Ressource(TypeRessource.SALAIRES, Montant.centimes(152_033))),
            List.of(
                new RessourceVersee(
                    TypeRessourceVersee.PENSION_ALIMENTAIRE_VERSEE, Montant.euros(200))),
            false);
    Titulaire partenaire =
        new Titulaire(
            Civilite.MADAME,
            "NGUYEN",
            Optional.empty(),
            "Linh",
            LocalDate.of(1991, 2, 2),
            Nationalite.UNION_EUROPEENNE,
            SituationFamiliale.PACSE,
            Optional.empty(),
            Contact.AUCUN,
            Optional.of(
                new Adresse(
                    true,
                    Optional.empty(),
                    "Rue Haute 112",
                    Optional.empty(),
                    "1000",
                    Optional.empty(),
                    "Bruxelles",
                    Optional.of("Belgique"))),
            Optional.empty(),
            List.of(new RevenuFiscal(2023, Montant.ZERO)),
            List.of(),
            List.of(),
            true);
    Menage menage =
        new Menage(
            demandeur,
            List.of(new Cotitulaire(partenaire, LienDemandeur.PARTENAIRE_PACS)),
            List.of(
                new PersonneACharge(
                    "LEFEBVRE",
                    "Yanis",
                    LocalDate.of(2018, 11, 30),
                    Sexe.MASCULIN,
                    LienParente.ENFANT,
                    List.of(new Ressource(TypeRessource.AEEH, Montant.centimes(14_270))),
                    true)),
            Optional.of(new NaissanceAttendue(2, DATE_DEPOT.plusMonths(6))),
            List.of(
                new EnfantEnGarde(
                    "Sofia", LocalDate.of(2014, 4, 4), Coparentalite.DROIT_DE_VISITE)));
    return new ContenuDemande(
        menage,
        new LogementActuel(
            Set.of(ModeleLogement.LOCATAIRE_HLM),
            Optional.of(Montant.centimes(61_234)),
            OptionalInt.of(4),
            OptionalInt.of(52),
            Optional.of("Lille Métropole Habitat"),
            Optional.of(CategorieLogementActuel.MAISON),
            Optional.of(TypeLogement.T3)),
        Set.of(
            MotifDemande.LOGEMENT_TROP_PETIT,
            MotifDemande.AUTRE,
            MotifDemande.RAPPROCHEMENT_FAMILLE),
        Optional.of("Jumeaux attendus"),
        new LogementRecherche(
            false,
            Set.of(TypeLogement.T4, TypeLogement.T5, TypeLogement.T6_ET_PLUS),
            List.of(new CodeInsee("59350"), new CodeInsee("59009"), new CodeInsee("59512")),
            Optional.of(CategorieLogementRecherche.MAISON)),
        Optional.of(
            new BesoinsHandicap(
                2,
                Optional.of(EtatHandicap.EVOLUTIF),
                Set.of(),
                Set.of(
                    NatureHandicapSensoriel.DEFICIENCE_VISUELLE,
                    NatureHandicapSensoriel.DEFICIENCE_AUDITIVE),
                Optional.of(CapaciteMarche.PREMIER_ETAGE),
                Set.of(AideTechnique.AUCUNE),
                Set.of(EquipementHandicap.WC_ESPACE_TRANSFERT),
                Optional.empty())),
        false);
  }
}
