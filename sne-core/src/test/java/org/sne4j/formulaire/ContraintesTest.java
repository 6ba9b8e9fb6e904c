package org.sne4j.formulaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sne4j.formulaire.Formulaires.DATE_DEPOT;
import static org.sne4j.formulaire.Formulaires.avecCommunes;
import static org.sne4j.formulaire.Formulaires.avecDemandeur;
import static org.sne4j.formulaire.Formulaires.unFormulaireCompletValide;
import static org.sne4j.formulaire.Formulaires.unePersonneSeuleAParis;
import static org.sne4j.formulaire.Signalements.signalees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sne4j.demande.MotifDemande;
import org.sne4j.handicap.AideTechnique;
import org.sne4j.logement.ModeleLogement;
import org.sne4j.logement.TypeLogement;
import org.sne4j.menage.Coparentalite;
import org.sne4j.menage.LienDemandeur;
import org.sne4j.menage.LienParente;
import org.sne4j.menage.Sexe;
import org.sne4j.menage.TypeRessource;

/** One rule per test: the form accepts what the rule allows and reports what it forbids. */
class ContraintesTest {

  @Nested
  @DisplayName("Identité des titulaires (CCH R441-2-2 a, c)")
  class Identite {

    @Test
    void le_demandeur_est_obligatoire() {
      // GIVEN
      FormulaireDemande formulaire = unePersonneSeuleAParis().toBuilder().demandeur(null).build();
      // WHEN
      List<String> violations = signalees(formulaire);
      // THEN
      assertThat(violations).containsExactly("demandeur champ.obligatoire");
    }

    @Test
    void civilite_nom_prenom_naissance_nationalite_et_situation_familiale_sont_obligatoires() {
      // GIVEN
      FormulaireDemande formulaire =
          avecDemandeur(
              d ->
                  d.civilite(null)
                      .nom(null)
                      .prenom(null)
                      .dateNaissance(null)
                      .nationalite(null)
                      .situationFamiliale(null));
      // WHEN
      List<String> violations = signalees(formulaire);
      // THEN
      assertThat(violations)
          .containsExactly(
              "demandeur.civilite champ.obligatoire",
              "demandeur.dateNaissance champ.obligatoire",
              "demandeur.nationalite champ.obligatoire",
              "demandeur.nom champ.obligatoire",
              "demandeur.prenom champ.obligatoire",
              "demandeur.situationFamiliale champ.obligatoire");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u2003", "\u3000 "})
    void un_nom_blanc_est_absent_comme_pour_le_domaine(String blanc) {
      // GIVEN
      FormulaireDemande formulaire = avecDemandeur(d -> d.nom(blanc));
      // WHEN
      List<String> violations = signalees(formulaire);
      // THEN
      assertThat(violations).containsExactly("demandeur.nom champ.obligatoire");
    }

    @Test
    void un_nom_compte_au_plus_cent_caracteres() {
      // GIVEN
      FormulaireDemande cent = avecDemandeur(d -> d.nom("N".repeat(100)));
      FormulaireDemande centUn = avecDemandeur(d -> d.nom("N".repeat(101)));
      // WHEN THEN
      assertThat(signalees(cent)).isEmpty();
      assertThat(signalees(centUn)).containsExactly("demandeur.nom texte.trop-long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DIA\u0000LLO", "DIA\tLLO", "DIA\nLLO", "DIA\u007FLLO", "DIA\uD800LLO"})
    void un_nom_ne_contient_aucun_caractere_de_controle(String nom) {
      // GIVEN
      FormulaireDemande formulaire = avecDemandeur(d -> d.nom(nom));
      // WHEN
      List<String> violations = signalees(formulaire);
      // THEN
      assertThat(violations).containsExactly("demandeur.nom texte.caracteres-interdits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"N'DIAYE", "Lê-Đặng", "Ørsted", "O'Connor-Ben Saïd", "李", "𝔊𝔬𝔱𝔥"})
    void un_nom_accepte_les_lettres_de_toutes_les_langues(String nom) {
      // GIVEN
      FormulaireDemande formulaire = avecDemandeur(d -> d.nom(nom));
      // WHEN THEN
      assertThat(signalees(formulaire)).isEmpty();
    }

    @Test
    void le_nom_d_usage_est_facultatif_mais_borne() {
      // GIVEN
      FormulaireDemande sans = avecDemandeur(d -> d.nomUsage(null));
      FormulaireDemande tropLong = avecDemandeur(d -> d.nomUsage("M".repeat(101)));
      // WHEN THEN
      assertThat(signalees(sans)).isEmpty();
      assertThat(signalees(tropLong)).containsExactly("demandeur.nomUsage texte.trop-long");
    }
  }

  @Nested
  @DisplayName("NIR (CCH R441-2-2 a)")
  class NumeroDeSecuriteSociale {

    @ParameterizedTest
    @ValueSource(
        strings = {
          Formulaires.NIR_AWA,
          "290057511304207",
          " 290057511304207 ",
          Formulaires.NIR_CORSE,
          "185062a00412372"
        })
    void un_nir_dont_la_cle_est_juste_est_accepte_avec_ou_sans_espaces(String nir) {
      // GIVEN
      FormulaireDemande formulaire = avecDemandeur(d -> d.nir(nir));
      // WHEN THEN
      assertThat(signalees(formulaire)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"290057511304208", "29005751130420", "990057511304207", "NIR"})
    void un_nir_mal_forme_ou_a_la_cle_fausse_est_refuse(String nir) {
      // GIVEN
      FormulaireDemande formulaire = avecDemandeur(d -> d.nir(nir));
      // WHEN THEN
      assertThat(signalees(formulaire)).containsExactly("demandeur.nir nir.invalide");
    }

    @Test
    void un_nir_blanc_est_absent() {
      // GIVEN
      FormulaireDemande formulaire = avecDemandeur(d -> d.nir("  "));
      // WHEN THEN
      assertThat(signalees(formulaire)).isEmpty();
    }
  }

  @Nested
  @DisplayName("Coordonnées (CCH R441-2-2 b)")
  class Coordonnees {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "0612345678",
          "06 12 34 56 78",
          "06.12.34.56.78",
          "+33 (0)1 45 67 89 10",
          "+262 262 12 34 56"
        })
    void un_telephone_usuel_est_accepte(String telephone) {
      // GIVEN
      FormulaireDemande formulaire = avecDemandeur(d -> d.telephone(telephone));
      // WHEN THEN
      assertThat(signalees(formulaire)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"abc", "12345", "06 12 34 56 78 ext. 4", "0612345678901234567", "++33612345678"})
    void un_telephone_mal_forme_est_refuse(String telephone) {
      // GIVEN
      FormulaireDemande formulaire = avecDemandeur(d -> d.telephoneSecondaire(telephone));
      // WHEN THEN
      assertThat(signalees(formulaire))
          .containsExactly("demandeur.telephoneSecondaire telephone.invalide");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"awa@example.fr", " awa.diallo+sne@mairie-paris.gouv.fr ", "élodie@exemple.fr"})
    void une_adresse_electronique_usuelle_est_acceptee(String email) {
      // GIVEN
      FormulaireDemande formulaire = avecDemandeur(d -> d.email(email));
      // WHEN THEN
      assertThat(signalees(formulaire)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "awa",
          "awa@",
          "@example.fr",
          "awa@example",
          "awa diallo@example.fr",
          "a@b@c.fr",
          "awa@exemple..fr"
        })
    void une_adresse_electronique_mal_formee_est_refusee(String email) {
      // GIVEN
      FormulaireDemande formulaire = avecDemandeur(d -> d.email(email));
      // WHEN THEN
      assertThat(signalees(formulaire)).containsExactly("demandeur.email email.invalide");
    }

    @Test
    void le_demandeur_donne_son_adresse() {
      // GIVEN
      FormulaireDemande formulaire = avecDemandeur(d -> d.adresse(null));
      // WHEN THEN
      assertThat(signalees(formulaire)).containsExactly("demandeur.adresse champ.obligatoire");
    }

    @Test
    void un_cotitulaire_peut_omettre_son_adresse_mais_une_adresse_donnee_est_complete() {
      // GIVEN
      FormulaireTitulaire sansAdresse =
          Formulaires.awaDiallo().prenom("Fatou").adresse(null).build();
      FormulaireTitulaire adresseIncomplete =
          Formulaires.awaDiallo()
              .prenom("Fatou")
              .adresse(FormulaireAdresse.builder().voie("rue Haute").build())
              .build();
      FormulaireDemande sans =
          unePersonneSeuleAParis().toBuilder()
              .cotitulaires(FormulaireCotitulaire.of(LienDemandeur.COLOCATAIRE, sansAdresse))
              .build();
      FormulaireDemande incomplete =
          unePersonneSeuleAParis().toBuilder()
              .cotitulaires(FormulaireCotitulaire.of(LienDemandeur.COLOCATAIRE, adresseIncomplete))
              .build();
      // WHEN THEN
      assertThat(signalees(sans)).isEmpty();
      assertThat(signalees(incomplete))
          .containsExactly(
              "cotitulaires[0].personne.adresse.codePostal champ.obligatoire",
              "cotitulaires[0].personne.adresse.commune adresse.commune-manquante",
              "cotitulaires[0].personne.adresse.localite champ.obligatoire");
    }

    @Test
    void une_adresse_en_france_indique_sa_commune() {
      // GIVEN
      FormulaireDemande formulaire =
          avecDemandeur(
              d ->
                  d.adresse(FormulaireAdresse.enFrance(null, "rue Haute", "59000", null, "Lille")));
      // WHEN THEN
      assertThat(signalees(formulaire))
          .containsExactly("demandeur.adresse.commune adresse.commune-manquante");
    }

    @ParameterizedTest
    @ValueSource(strings = {"7501", "750130", "75 013", "2A000", "ABCDE"})
    void un_code_postal_francais_compte_cinq_chiffres(String codePostal) {
      // GIVEN
      FormulaireDemande formulaire =
          avecDemandeur(
              d ->
                  d.adresse(
                      FormulaireAdresse.enFrance(
                          "12", "rue de la Glacière", codePostal, "75113", "Paris")));
      // WHEN THEN
      assertThat(signalees(formulaire))
          .containsExactly("demandeur.adresse.codePostal code-postal.invalide");
    }

    @Test
    void le_code_insee_d_une_adresse_est_valide() {
      // GIVEN
      FormulaireDemande formulaire =
          avecDemandeur(
              d ->
                  d.adresse(
                      FormulaireAdresse.enFrance("1", "rue Haute", "59000", "59 350", "Lille")));
      // WHEN THEN
      assertThat(signalees(formulaire))
          .containsExactly("demandeur.adresse.commune code-insee.invalide");
    }

    @Test
    void une_adresse_a_l_etranger_indique_son_pays_et_garde_son_code_postal_libre() {
      // GIVEN
      FormulaireDemande avecPays = Formulaires.unDemandeurALEtranger();
      FormulaireDemande sansPays =
          avecDemandeur(
              d ->
                  d.adresse(
                      FormulaireAdresse.aLEtranger("Rue Haute 112", "B-1000", "Bruxelles", " ")));
      // WHEN THEN
      assertThat(signalees(avecPays)).isEmpty();
      assertThat(signalees(sansPays))
          .containsExactly("demandeur.adresse.pays adresse.pays-manquant");
    }
  }

  @Nested
  @DisplayName("Dates de naissance")
  class DatesDeNaissance {

    @Test
    void une_naissance_le_jour_du_depot_est_acceptee() {
      // GIVEN
      FormulaireDemande formulaire = avecDemandeur(d -> d.dateNaissance(DATE_DEPOT));
      // WHEN THEN
      assertThat(signalees(formulaire)).isEmpty();
    }

    @Test
    void une_naissance_posterieure_au_depot_est_refusee() {
      // GIVEN
      FormulaireDemande formulaire = avecDemandeur(d -> d.dateNaissance(DATE_DEPOT.plusDays(1)));
      // WHEN THEN
      assertThat(signalees(formulaire))
          .containsExactly("demandeur.dateNaissance date-naissance.future");
    }

    @Test
    void une_personne_a_au_plus_cent_trente_ans() {
      // GIVEN
      FormulaireDemande centTrente =
          avecDemandeur(d -> d.dateNaissance(DATE_DEPOT.minusYears(130)));
      FormulaireDemande plus =
          avecDemandeur(d -> d.dateNaissance(DATE_DEPOT.minusYears(130).minusDays(1)));
      // WHEN THEN
      assertThat(signalees(centTrente)).isEmpty();
      assertThat(signalees(plus))
          .containsExactly("demandeur.dateNaissance date-naissance.trop-ancienne");
    }

    @Test
    void la_date_de_reference_est_celle_donnee_au_validateur() {
      // GIVEN
      FormulaireDemande formulaire = avecDemandeur(d -> d.dateNaissance(LocalDate.of(2030, 1, 1)));
      // WHEN THEN
      assertThat(signalees(formulaire, LocalDate.of(2030, 1, 1))).isEmpty();
      assertThat(signalees(formulaire, LocalDate.of(2029, 12, 31)))
          .containsExactly("demandeur.dateNaissance date-naissance.future");
    }

    @Test
    void les_personnes_a_charge_et_les_enfants_en_garde_sont_nes_avant_le_depot() {
      // GIVEN
      FormulaireDemande formulaire =
          unePersonneSeuleAParis().toBuilder()
              .personnesACharge(
                  FormulairePersonneACharge.builder()
                      .nom("DIALLO")
                      .prenom("Issa")
                      .dateNaissance(DATE_DEPOT.plusMonths(2))
                      .sexe(Sexe.MASCULIN)
                      .lien(LienParente.ENFANT)
                      .build())
              .enfantsEnGarde(
                  FormulaireEnfantEnGarde.of(
                      "Léa", DATE_DEPOT.minusYears(200), Coparentalite.GARDE_ALTERNEE))
              .build();
      // WHEN THEN
      assertThat(signalees(formulaire))
          .containsExactly(
              "enfantsEnGarde[0].dateNaissance date-naissance.trop-ancienne",
              "personnesACharge[0].dateNaissance date-naissance.future");
    }
  }

  @Nested
  @DisplayName("Personnes à loger (CCH R441-2-2 a; L442-12)")
  class PersonnesALoger {

    @Test
    void une_personne_a_charge_a_nom_prenom_naissance_sexe_et_lien() {
      // GIVEN
      FormulaireDemande formulaire =
          unePersonneSeuleAParis().toBuilder()
              .personnesACharge(FormulairePersonneACharge.builder().build())
              .build();
      // WHEN THEN
      assertThat(signalees(formulaire))
          .containsExactly(
              "personnesACharge[0].dateNaissance champ.obligatoire",
              "personnesACharge[0].lien champ.obligatoire",
              "personnesACharge[0].nom champ.obligatoire",
              "personnesACharge[0].prenom champ.obligatoire",
              "personnesACharge[0].sexe champ.obligatoire");
    }

    @Test
    void un_element_absent_d_une_liste_est_signale_a_sa_place() {
      // GIVEN
      FormulaireDemande formulaire =
          unFormulaireCompletValide().toBuilder()
              .personnesACharge(
                  Arrays.asList(unFormulaireCompletValide().personnesACharge().get(0), null))
              .cotitulaires((FormulaireCotitulaire) null)
              .enfantsEnGarde((FormulaireEnfantEnGarde) null)
              .build();
      // WHEN THEN
      assertThat(signalees(formulaire))
          .containsExactly(
              "cotitulaires[0] champ.obligatoire",
              "enfantsEnGarde[0] champ.obligatoire",
              "personnesACharge[1] champ.obligatoire");
    }

    @Test
    void un_cotitulaire_a_un_lien_avec_le_demandeur_et_une_identite() {
      // GIVEN
      FormulaireDemande formulaire =
          unePersonneSeuleAParis().toBuilder()
              .cotitulaires(FormulaireCotitulaire.of(null, null))
              .build();
      // WHEN THEN
      assertThat(signalees(formulaire))
          .containsExactly(
              "cotitulaires[0].lien champ.obligatoire",
              "cotitulaires[0].personne champ.obligatoire");
    }

    @Test
    void un_enfant_en_garde_a_prenom_naissance_et_modalite() {
      // GIVEN
      FormulaireDemande formulaire =
          unePersonneSeuleAParis().toBuilder()
              .enfantsEnGarde(FormulaireEnfantEnGarde.of(" ", null, null))
              .build();
      // WHEN THEN
      assertThat(signalees(formulaire))
          .containsExactly(
              "enfantsEnGarde[0].dateNaissance champ.obligatoire",
              "enfantsEnGarde[0].modalite champ.obligatoire",
              "enfantsEnGarde[0].prenom champ.obligatoire");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 9})
    void on_attend_de_un_a_neuf_enfants(int nombre) {
      // GIVEN
      FormulaireDemande formulaire =
          unePersonneSeuleAParis().toBuilder()
              .naissanceAttendue(FormulaireNaissance.of(nombre, DATE_DEPOT.plusMonths(5)))
              .build();
      // WHEN THEN
      assertThat(signalees(formulaire)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 10, Integer.MAX_VALUE})
    void un_nombre_d_enfants_attendus_hors_de_un_a_neuf_est_refuse(int nombre) {
      // GIVEN
      FormulaireDemande formulaire =
          unePersonneSeuleAParis().toBuilder()
              .naissanceAttendue(FormulaireNaissance.of(nombre, DATE_DEPOT.plusMonths(5)))
              .build();
      // WHEN THEN
      assertThat(signalees(formulaire))
          .containsExactly("naissanceAttendue.nombre valeur.hors-limites");
    }

    @Test
    void une_naissance_attendue_a_son_nombre_et_sa_date() {
      // GIVEN
      FormulaireDemande formulaire =
          unePersonneSeuleAParis().toBuilder()
              .naissanceAttendue(FormulaireNaissance.of(null, null))
              .build();
      // WHEN THEN
      assertThat(signalees(formulaire))
          .containsExactly(
              "naissanceAttendue.dateNaissancePrevue champ.obligatoire",
              "naissanceAttendue.nombre champ.obligatoire");
    }

    @Test
    void la_naissance_prevue_se_situe_a_moins_d_un_an_du_depot() {
      // GIVEN
      FormulaireDemande dansUnAn =
          unePersonneSeuleAParis().toBuilder()
              .naissanceAttendue(FormulaireNaissance.of(1, DATE_DEPOT.plusMonths(12)))
              .build();
      FormulaireDemande auDela =
          unePersonneSeuleAParis().toBuilder()
              .naissanceAttendue(FormulaireNaissance.of(1, DATE_DEPOT.plusMonths(12).plusDays(1)))
              .build();
      FormulaireDemande passeeDepuisLongtemps =
          unePersonneSeuleAParis().toBuilder()
              .naissanceAttendue(FormulaireNaissance.of(1, DATE_DEPOT.minusYears(2)))
              .build();
      // WHEN THEN
      assertThat(signalees(dansUnAn)).isEmpty();
      assertThat(signalees(auDela))
          .containsExactly("naissanceAttendue.dateNaissancePrevue date-naissance-prevue.invalide");
      assertThat(signalees(passeeDepuisLongtemps))
          .containsExactly("naissanceAttendue.dateNaissancePrevue date-naissance-prevue.invalide");
    }

    @Test
    void un_menage_compte_au_plus_vingt_personnes() {
      // GIVEN
      FormulairePersonneACharge enfant =
          FormulairePersonneACharge.builder()
              .nom("DIALLO")
              .prenom("Issa")
              .dateNaissance(LocalDate.of(2015, 1, 1))
              .sexe(Sexe.MASCULIN)
              .lien(LienParente.ENFANT)
              .build();
      FormulaireDemande vingt =
          unePersonneSeuleAParis().toBuilder()
              .personnesACharge(Collections.nCopies(17, enfant))
              .naissanceAttendue(FormulaireNaissance.of(2, DATE_DEPOT.plusMonths(3)))
              .build();
      FormulaireDemande vingtEtUne =
          vingt.toBuilder()
              .enfantsEnGarde(
                  FormulaireEnfantEnGarde.of(
                      "Léa", LocalDate.of(2016, 1, 1), Coparentalite.DROIT_DE_VISITE))
              .build();
      // WHEN THEN
      assertThat(signalees(vingt)).isEmpty();
      assertThat(signalees(vingtEtUne)).containsExactly(" menage.trop-nombreux");
    }
  }

  @Nested
  @DisplayName("Situation professionnelle, ressources et revenus (CCH R441-2-2 d, e)")
  class Ressources {

    @Test
    void une_situation_professionnelle_donnee_a_son_type_de_contrat() {
      // GIVEN
      FormulaireDemande formulaire =
          avecDemandeur(
              d ->
                  d.situationProfessionnelle(
                      FormulaireSituationProfessionnelle.builder()
                          .profession("Cariste")
                          .communeTravail("93 066")
                          .build()));
      // WHEN THEN
      assertThat(signalees(formulaire))
          .containsExactly(
              "demandeur.situationProfessionnelle.communeTravail code-insee.invalide",
              "demandeur.situationProfessionnelle.contrat champ.obligatoire");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "0",
          "0.00",
          "1",
          "1234.5",
          "1234.56",
          "1200.500",
          "9999999999999.99",
          "1E+3",
          "0E+1000000000"
        })
    void un_montant_positif_a_deux_decimales_au_plus_est_accepte(String montant) {
      // GIVEN
      FormulaireDemande formulaire =
          avecDemandeur(
              d ->
                  d.ressources(
                      FormulaireRessource.of(TypeRessource.SALAIRES, new BigDecimal(montant))));
      // WHEN THEN
      assertThat(signalees(formulaire)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"0.001", "1234.567", "10000000000000", "1E+1000000000", "1E-1000000000"})
    void un_montant_a_plus_de_deux_decimales_ou_demesure_est_refuse(String montant) {
      // GIVEN
      FormulaireDemande formulaire =
          avecDemandeur(
              d ->
                  d.ressources(
                      FormulaireRessource.of(TypeRessource.SALAIRES, new BigDecimal(montant))));
      // WHEN THEN
      assertThat(signalees(formulaire))
          .containsExactly("demandeur.ressources[0].mensuel montant.invalide");
    }

    @Test
    void un_montant_negatif_est_refuse() {
      // GIVEN
      FormulaireDemande formulaire =
          unePersonneSeuleAParis().toBuilder()
              .logementActuel(
                  FormulaireLogementActuel.builder()
                      .modeles(ModeleLogement.LOCATAIRE_PRIVE)
                      .loyerMensuel(new BigDecimal("-0.01"))
                      .build())
              .build();
      // WHEN THEN
      assertThat(signalees(formulaire))
          .containsExactly("logementActuel.loyerMensuel montant.negatif");
    }

    @Test
    void une_ressource_a_son_type_et_son_montant() {
      // GIVEN
      FormulaireDemande formulaire =
          avecDemandeur(
              d ->
                  d.ressources(FormulaireRessource.of(null, null))
                      .ressourcesVersees(FormulaireRessourceVersee.of(null, null)));
      // WHEN THEN
      assertThat(signalees(formulaire))
          .containsExactly(
              "demandeur.ressources[0].mensuel champ.obligatoire",
              "demandeur.ressources[0].type champ.obligatoire",
              "demandeur.ressourcesVersees[0].mensuel champ.obligatoire",
              "demandeur.ressourcesVersees[0].type champ.obligatoire");
    }

    @Test
    void un_seul_revenu_fiscal_par_annee_et_par_personne() {
      // GIVEN
      FormulaireDemande formulaire =
          avecDemandeur(
              d ->
                  d.revenusFiscaux(
                      FormulaireRevenuFiscal.of(2023, new BigDecimal("100")),
                      FormulaireRevenuFiscal.of(2022, new BigDecimal("100")),
                      FormulaireRevenuFiscal.of(2023, new BigDecimal("200"))));
      // WHEN THEN
      assertThat(signalees(formulaire))
          .containsExactly("demandeur.revenusFiscaux[2].annee revenu-fiscal.annee-en-double");
    }

    @Test
    void deux_titulaires_declarent_chacun_le_revenu_de_la_meme_annee() {
      // GIVEN
      FormulaireDemande formulaire = unFormulaireCompletValide();
      // WHEN THEN
      assertThat(formulaire.demandeur().revenusFiscaux().get(0).annee())
          .isEqualTo(formulaire.cotitulaires().get(0).personne().revenusFiscaux().get(0).annee());
      assertThat(signalees(formulaire)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {2015, 2024, 2025})
    void l_annee_d_un_revenu_se_situe_dans_les_dix_ans_avant_le_depot(int annee) {
      // GIVEN
      FormulaireDemande formulaire =
          avecDemandeur(d -> d.revenusFiscaux(FormulaireRevenuFiscal.of(annee, BigDecimal.TEN)));
      // WHEN THEN
      assertThat(signalees(formulaire)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {2026, 2014, 0, -5, Integer.MAX_VALUE})
    void une_annee_de_revenu_future_ou_trop_ancienne_est_refusee(int annee) {
      // GIVEN
      FormulaireDemande formulaire =
          avecDemandeur(d -> d.revenusFiscaux(FormulaireRevenuFiscal.of(annee, BigDecimal.TEN)));
      // WHEN THEN
      assertThat(signalees(formulaire))
          .containsExactly("demandeur.revenusFiscaux[0].annee annee-revenu.invalide");
    }

    @Test
    void un_revenu_fiscal_a_son_annee_et_son_montant() {
      // GIVEN
      FormulaireDemande formulaire =
          avecDemandeur(d -> d.revenusFiscaux(FormulaireRevenuFiscal.of(null, null)));
      // WHEN THEN
      assertThat(signalees(formulaire))
          .containsExactly(
              "demandeur.revenusFiscaux[0].annee champ.obligatoire",
              "demandeur.revenusFiscaux[0].montant champ.obligatoire");
    }

    @Test
    void une_liste_compte_au_plus_cinquante_elements() {
      // GIVEN
      FormulaireRessource salaire = FormulaireRessource.of(TypeRessource.SALAIRES, BigDecimal.ONE);
      FormulaireDemande cinquante =
          avecDemandeur(d -> d.ressources(Collections.nCopies(50, salaire)));
      FormulaireDemande cinquanteEtUn =
          avecDemandeur(d -> d.ressources(Collections.nCopies(51, salaire)));
      // WHEN THEN
      assertThat(signalees(cinquante)).isEmpty();
      assertThat(signalees(cinquanteEtUn))
          .containsExactly("demandeur.ressources liste.trop-longue");
    }
  }

  @Nested
  @DisplayName("Logement actuel (CCH R441-2-2 f)")
  class LogementActuel {

    @Test
    void le_logement_actuel_est_obligatoire() {
      // GIVEN
      FormulaireDemande formulaire =
          unePersonneSeuleAParis().toBuilder().logementActuel(null).build();
      // WHEN THEN
      assertThat(signalees(formulaire)).containsExactly("logementActuel champ.obligatoire");
    }

    @Test
    void le_logement_actuel_a_au_moins_un_type() {
      // GIVEN
      FormulaireDemande vide =
          unePersonneSeuleAParis().toBuilder()
              .logementActuel(FormulaireLogementActuel.of())
              .build();
      FormulaireDemande avecUnAbsent =
          unePersonneSeuleAParis().toBuilder()
              .logementActuel(FormulaireLogementActuel.of(ModeleLogement.HOTEL, null))
              .build();
      // WHEN THEN
      assertThat(signalees(vide)).containsExactly("logementActuel.modeles champ.obligatoire");
      assertThat(signalees(avecUnAbsent))
          .containsExactly("logementActuel.modeles[1] champ.obligatoire");
    }

    @Test
    void plusieurs_types_de_logement_actuel_se_cumulent() {
      // GIVEN
      FormulaireDemande formulaire =
          unePersonneSeuleAParis().toBuilder()
              .logementActuel(
                  FormulaireLogementActuel.of(ModeleLogement.SOUS_LOCATAIRE, ModeleLogement.HOTEL))
              .build();
      // WHEN THEN
      assertThat(signalees(formulaire)).isEmpty();
    }

    @Test
    void occupants_et_surface_sont_au_moins_un() {
      // GIVEN
      FormulaireDemande formulaire =
          unePersonneSeuleAParis().toBuilder()
              .logementActuel(
                  FormulaireLogementActuel.builder()
                      .modeles(ModeleLogement.LOCATAIRE_PRIVE)
                      .nombreOccupants(0)
                      .surface(-3)
                      .build())
              .build();
      // WHEN THEN
      assertThat(signalees(formulaire))
          .containsExactly(
              "logementActuel.nombreOccupants valeur.hors-limites",
              "logementActuel.surface valeur.hors-limites");
    }
  }

  @Nested
  @DisplayName("Motifs (CCH R441-2-2 g)")
  class Motifs {

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "\n"})
    void le_motif_23_exige_sa_precision(String precision) {
      // GIVEN
      FormulaireDemande formulaire =
          unePersonneSeuleAParis().toBuilder()
              .motifs(MotifDemande.LOGEMENT_TROP_CHER, MotifDemande.AUTRE)
              .precisionMotif(precision)
              .build();
      // WHEN THEN
      assertThat(signalees(formulaire))
          .containsExactly("precisionMotif motif-autre.precision-manquante");
    }

    @Test
    void le_motif_23_precise_est_accepte_sur_plusieurs_lignes() {
      // GIVEN
      FormulaireDemande formulaire =
          unePersonneSeuleAParis().toBuilder()
              .motifs(MotifDemande.AUTRE)
              .precisionMotif("Ligne 1\r\n\tLigne 2")
              .build();
      // WHEN THEN
      assertThat(signalees(formulaire)).isEmpty();
    }

    @Test
    void les_autres_motifs_n_exigent_pas_de_precision() {
      // GIVEN
      FormulaireDemande formulaire =
          unePersonneSeuleAParis().toBuilder()
              .motifs(
                  Arrays.stream(MotifDemande.values()).filter(m -> !m.exigePrecision()).toList())
              .build();
      // WHEN THEN
      assertThat(signalees(formulaire)).isEmpty();
    }

    @Test
    void la_precision_compte_au_plus_mille_caracteres() {
      // GIVEN
      FormulaireDemande formulaire =
          unePersonneSeuleAParis().toBuilder()
              .motifs(MotifDemande.AUTRE)
              .precisionMotif("p".repeat(1001))
              .build();
      // WHEN THEN
      assertThat(signalees(formulaire)).containsExactly("precisionMotif texte.trop-long");
    }

    @Test
    void un_motif_absent_est_signale() {
      // GIVEN
      FormulaireDemande formulaire =
          unePersonneSeuleAParis().toBuilder()
              .motifs(MotifDemande.LOGEMENT_TROP_CHER, null)
              .build();
      // WHEN THEN
      assertThat(signalees(formulaire)).containsExactly("motifs[1] champ.obligatoire");
    }
  }

  @Nested
  @DisplayName("Logement recherché et localisation (CCH R441-2-2 h; minimum du SNE)")
  class LogementRecherche {

    @Test
    void le_logement_recherche_est_obligatoire() {
      // GIVEN
      FormulaireDemande formulaire =
          unePersonneSeuleAParis().toBuilder().logementRecherche(null).build();
      // WHEN THEN
      assertThat(signalees(formulaire)).containsExactly("logementRecherche champ.obligatoire");
    }

    @Test
    void demande_elargie_typologie_et_commune_sont_obligatoires() {
      // GIVEN
      FormulaireDemande formulaire =
          unePersonneSeuleAParis().toBuilder()
              .logementRecherche(FormulaireLogementRecherche.builder().build())
              .build();
      // WHEN THEN
      assertThat(signalees(formulaire))
          .containsExactly(
              "logementRecherche.communes champ.obligatoire",
              "logementRecherche.demandeElargie champ.obligatoire",
              "logementRecherche.typologies champ.obligatoire");
    }

    @Test
    void une_typologie_absente_est_signalee() {
      // GIVEN
      FormulaireDemande formulaire =
          unePersonneSeuleAParis().toBuilder()
              .logementRecherche(
                  unePersonneSeuleAParis().logementRecherche().toBuilder()
                      .typologies((TypeLogement) null)
                      .build())
              .build();
      // WHEN THEN
      assertThat(signalees(formulaire))
          .containsExactly("logementRecherche.typologies[0] champ.obligatoire");
    }

    @Test
    void on_demande_au_plus_dix_communes() {
      // GIVEN
      String[] dix =
          IntStream.rangeClosed(1, 10)
              .mapToObj(i -> String.format("59%03d", i))
              .toArray(String[]::new);
      String[] onze =
          IntStream.rangeClosed(1, 11)
              .mapToObj(i -> String.format("59%03d", i))
              .toArray(String[]::new);
      // WHEN THEN
      assertThat(signalees(avecCommunes(unePersonneSeuleAParis(), dix))).isEmpty();
      assertThat(signalees(avecCommunes(unePersonneSeuleAParis(), onze)))
          .containsExactly("logementRecherche.communes communes.trop-nombreuses");
    }

    @Test
    void une_commune_n_est_demandee_qu_une_fois() {
      // GIVEN
      FormulaireDemande formulaire =
          avecCommunes(unePersonneSeuleAParis(), "75113", "75120", " 75113", "75120");
      // WHEN THEN
      assertThat(signalees(formulaire))
          .containsExactly(
              "logementRecherche.communes[2] communes.doublon",
              "logementRecherche.communes[3] communes.doublon");
    }

    @ParameterizedTest
    @ValueSource(strings = {"7511", "751130", "20004", "96001", "97501", "ABCDE", "75 113"})
    void un_code_insee_mal_forme_est_refuse(String commune) {
      // GIVEN
      FormulaireDemande formulaire = avecCommunes(unePersonneSeuleAParis(), "75113", commune);
      // WHEN THEN
      assertThat(signalees(formulaire))
          .containsExactly("logementRecherche.communes[1] code-insee.invalide");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void une_commune_absente_ou_blanche_est_signalee(String blanche) {
      // GIVEN
      FormulaireDemande absente = avecCommunes(unePersonneSeuleAParis(), "75113", null);
      FormulaireDemande vide = avecCommunes(unePersonneSeuleAParis(), "75113", blanche);
      // WHEN THEN
      assertThat(signalees(absente))
          .containsExactly("logementRecherche.communes[1] champ.obligatoire");
      assertThat(signalees(vide))
          .containsExactly("logementRecherche.communes[1] champ.obligatoire");
    }

    @Test
    @DisplayName("Communes corses (2A, 2B) et d'outre-mer acceptées")
    void les_communes_corses_et_d_outre_mer_sont_acceptees() {
      // GIVEN
      FormulaireDemande corse = avecCommunes(unePersonneSeuleAParis(), "2A004", "2a247");
      FormulaireDemande hauteCorse = avecCommunes(unePersonneSeuleAParis(), "2B033");
      FormulaireDemande reunion = avecCommunes(unePersonneSeuleAParis(), "97411", "97415");
      FormulaireDemande mayotte = avecCommunes(unePersonneSeuleAParis(), "97611");
      // WHEN THEN
      assertThat(signalees(corse)).isEmpty();
      assertThat(signalees(hauteCorse)).isEmpty();
      assertThat(signalees(reunion)).isEmpty();
      assertThat(signalees(mayotte)).isEmpty();
    }

    @Test
    @DisplayName("Une demande par région en Île-de-France : Paris (75) et Seine-Saint-Denis (93)")
    void les_communes_de_paris_et_de_seine_saint_denis_forment_une_seule_demande() {
      // GIVEN
      FormulaireDemande formulaire =
          avecCommunes(unePersonneSeuleAParis(), "75113", "93066", "95127");
      // WHEN THEN
      assertThat(signalees(formulaire)).isEmpty();
    }

    @Test
    @DisplayName("Une demande par département ailleurs : le Nord (59) et le Pas-de-Calais (62)")
    void les_communes_du_nord_et_du_pas_de_calais_relevent_de_deux_demandes() {
      // GIVEN
      FormulaireDemande formulaire =
          avecCommunes(unePersonneSeuleAParis(), "59350", "59009", "62041");
      // WHEN
      List<Violation> violations = Signalements.VALIDATEUR.valider(formulaire, DATE_DEPOT);
      // THEN
      assertThat(Signalements.enTexte(violations))
          .containsExactly("logementRecherche.communes[2] communes.territoires-multiples");
      assertThat(violations.get(0).message()).contains("62041", "59350");
    }

    @Test
    void la_corse_du_sud_et_la_haute_corse_sont_deux_territoires() {
      // GIVEN
      FormulaireDemande formulaire = avecCommunes(unePersonneSeuleAParis(), "2A004", "2B033");
      // WHEN THEN
      assertThat(signalees(formulaire))
          .containsExactly("logementRecherche.communes[1] communes.territoires-multiples");
    }

    @Test
    void une_commune_d_ile_de_france_ne_s_ajoute_pas_a_une_demande_de_province() {
      // GIVEN
      FormulaireDemande formulaire = avecCommunes(unePersonneSeuleAParis(), "60057", "95127");
      // WHEN THEN
      assertThat(signalees(formulaire))
          .containsExactly("logementRecherche.communes[1] communes.territoires-multiples");
    }
  }

  @Nested
  @DisplayName("Complément handicap (CCH R441-2-2 i)")
  class Handicap {

    @Test
    void aucune_aide_technique_ne_se_combine_pas_avec_une_aide() {
      // GIVEN
      FormulaireDemande formulaire =
          avecHandicap(h -> h.aidesTechniques(AideTechnique.AUCUNE, AideTechnique.CANNE_BEQUILLE));
      // WHEN THEN
      assertThat(signalees(formulaire))
          .containsExactly("handicap.aidesTechniques aides-techniques.aucune-combinee");
    }

    @Test
    void aucune_aide_technique_seule_est_acceptee() {
      // GIVEN
      FormulaireDemande formulaire =
          avecHandicap(h -> h.aidesTechniques(AideTechnique.AUCUNE, AideTechnique.AUCUNE));
      // WHEN THEN
      assertThat(signalees(formulaire)).isEmpty();
    }

    @Test
    void le_nombre_de_personnes_concernees_est_obligatoire_et_au_moins_un() {
      // GIVEN
      FormulaireDemande absent = avecHandicap(h -> h.nombrePersonnes(null));
      FormulaireDemande zero = avecHandicap(h -> h.nombrePersonnes(0));
      // WHEN THEN
      assertThat(signalees(absent)).containsExactly("handicap.nombrePersonnes champ.obligatoire");
      assertThat(signalees(zero)).containsExactly("handicap.nombrePersonnes valeur.hors-limites");
    }

    @Test
    void les_personnes_concernees_ne_sont_pas_plus_nombreuses_que_le_menage() {
      // GIVEN
      FormulaireDemande sept = avecHandicap(h -> h.nombrePersonnes(7));
      FormulaireDemande six = avecHandicap(h -> h.nombrePersonnes(6));
      // WHEN THEN
      assertThat(signalees(six)).isEmpty();
      assertThat(signalees(sept))
          .containsExactly("handicap.nombrePersonnes handicap.personnes-trop-nombreuses");
    }

    private FormulaireDemande avecHandicap(
        java.util.function.UnaryOperator<FormulaireHandicap.Builder> modification) {
      FormulaireDemande complet = unFormulaireCompletValide();
      return complet.toBuilder()
          .handicap(modification.apply(complet.handicap().toBuilder()).build())
          .build();
    }
  }

  @Nested
  @DisplayName("Numéro unique (renouvellement, modification)")
  class NumeroUnique {

    @Test
    void un_renouvellement_porte_un_numero_unique_valide() {
      // GIVEN
      FormulaireDemande formulaire = Formulaires.unRenouvellement();
      // WHEN THEN
      assertThat(signalees(formulaire)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"111102351787GDPUB", "1111023517879GDPUB1", "1111023517879GDPU!"})
    void un_numero_unique_mal_forme_est_refuse(String numero) {
      // GIVEN
      FormulaireDemande formulaire =
          unePersonneSeuleAParis().toBuilder().numeroUnique(numero).build();
      // WHEN THEN
      assertThat(signalees(formulaire)).containsExactly("numeroUnique numero-unique.invalide");
    }
  }
}
