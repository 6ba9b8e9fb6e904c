package org.sne4j.formulaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.sne4j.formulaire.Formulaires.DATE_DEPOT;
import static org.sne4j.formulaire.Formulaires.unFormulaireCompletValide;
import static org.sne4j.formulaire.Formulaires.unePersonneSeuleAParis;
import static org.sne4j.formulaire.Signalements.VALIDATEUR;
import static org.sne4j.formulaire.Signalements.enTexte;
import static org.sne4j.formulaire.Signalements.signalees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sne4j.demande.ContenuDemande;
import org.sne4j.demande.MotifDemande;
import org.sne4j.handicap.AideTechnique;
import org.sne4j.logement.ModeleLogement;
import org.sne4j.logement.TypeLogement;
import org.sne4j.menage.TypeRessource;

class ValidateurFormulaireTest {

  static Stream<FormulaireDemande> formulairesValides() {
    return Stream.of(
        unePersonneSeuleAParis(),
        unFormulaireCompletValide(),
        Formulaires.unRenouvellement(),
        Formulaires.uneFamilleEnCorse(),
        Formulaires.unMenageALaReunion(),
        Formulaires.unDemandeurALEtranger());
  }

  @ParameterizedTest
  @MethodSource("formulairesValides")
  void un_formulaire_valide_ne_produit_aucune_violation(FormulaireDemande formulaire) {
    // WHEN
    List<Violation> violations = VALIDATEUR.valider(formulaire, DATE_DEPOT);
    // THEN
    assertThat(violations).isEmpty();
  }

  @Test
  void un_formulaire_absent_produit_une_seule_violation() {
    // WHEN
    List<Violation> violations = VALIDATEUR.valider(null, DATE_DEPOT);
    // THEN
    assertThat(violations)
        .containsExactly(
            new Violation("formulaire.absent", "", "Le formulaire de demande est absent."));
  }

  @Test
  void un_formulaire_absent_est_refuse_par_valide_sans_autre_exception() {
    // WHEN
    FormulaireInvalideException refus =
        catchThrowableOfType(
            FormulaireInvalideException.class, () -> VALIDATEUR.valide(null, DATE_DEPOT));
    // THEN
    assertThat(refus.violations()).extracting(Violation::code).containsExactly("formulaire.absent");
  }

  @Test
  void un_formulaire_vide_signale_les_trois_blocs_obligatoires() {
    // GIVEN
    FormulaireDemande vide = FormulaireDemande.builder().build();
    // WHEN
    List<String> violations = signalees(vide);
    // THEN
    assertThat(violations)
        .containsExactly(
            "demandeur champ.obligatoire",
            "logementActuel champ.obligatoire",
            "logementRecherche champ.obligatoire");
  }

  @Test
  void le_minimum_du_sne_a_l_enregistrement_est_signale_champ_par_champ() {
    // GIVEN: every mandatory block present, every field empty
    FormulaireDemande formulaire =
        FormulaireDemande.builder()
            .demandeur(FormulaireTitulaire.builder().build())
            .logementActuel(FormulaireLogementActuel.builder().build())
            .logementRecherche(FormulaireLogementRecherche.builder().build())
            .build();
    // WHEN
    List<String> violations = signalees(formulaire);
    // THEN
    assertThat(violations)
        .containsExactly(
            "demandeur.adresse champ.obligatoire",
            "demandeur.civilite champ.obligatoire",
            "demandeur.dateNaissance champ.obligatoire",
            "demandeur.nationalite champ.obligatoire",
            "demandeur.nom champ.obligatoire",
            "demandeur.prenom champ.obligatoire",
            "demandeur.situationFamiliale champ.obligatoire",
            "logementActuel.modeles champ.obligatoire",
            "logementRecherche.communes champ.obligatoire",
            "logementRecherche.demandeElargie champ.obligatoire",
            "logementRecherche.typologies champ.obligatoire");
  }

  @Test
  void un_formulaire_aux_nombreuses_erreurs_les_signale_toutes() {
    // GIVEN
    FormulaireDemande formulaire =
        unFormulaireCompletValide().toBuilder()
            .numeroUnique("123")
            .demandeur(
                Formulaires.awaDiallo()
                    .prenom(" ")
                    .nir("290057511304208")
                    .email("awa@")
                    .dateNaissance(DATE_DEPOT.plusYears(1))
                    .adresse(FormulaireAdresse.enFrance("12", "rue Haute", "750", null, "Paris"))
                    .revenusFiscaux(
                        FormulaireRevenuFiscal.of(2023, new BigDecimal("1.001")),
                        FormulaireRevenuFiscal.of(2023, new BigDecimal("-5")))
                    .build())
            .motifs(MotifDemande.AUTRE)
            .precisionMotif(null)
            .logementRecherche(
                FormulaireLogementRecherche.builder()
                    .typologies(TypeLogement.T3)
                    .communes("59350", "62041", "59350", "9X999")
                    .build())
            .handicap(
                unFormulaireCompletValide().handicap().toBuilder()
                    .aidesTechniques(AideTechnique.AUCUNE, AideTechnique.DEAMBULATEUR)
                    .build())
            .build();
    // WHEN
    List<String> violations = signalees(formulaire);
    // THEN
    assertThat(violations)
        .containsExactly(
            "demandeur.adresse.codePostal code-postal.invalide",
            "demandeur.adresse.commune adresse.commune-manquante",
            "demandeur.dateNaissance date-naissance.future",
            "demandeur.email email.invalide",
            "demandeur.nir nir.invalide",
            "demandeur.prenom champ.obligatoire",
            "demandeur.revenusFiscaux[0].montant montant.invalide",
            "demandeur.revenusFiscaux[1].annee revenu-fiscal.annee-en-double",
            "demandeur.revenusFiscaux[1].montant montant.negatif",
            "handicap.aidesTechniques aides-techniques.aucune-combinee",
            "logementRecherche.communes[1] communes.territoires-multiples",
            "logementRecherche.communes[2] communes.doublon",
            "logementRecherche.communes[3] code-insee.invalide",
            "logementRecherche.demandeElargie champ.obligatoire",
            "numeroUnique numero-unique.invalide",
            "precisionMotif motif-autre.precision-manquante");
  }

  @Test
  void les_violations_sont_triees_par_chemin_avec_les_indices_dans_l_ordre_numerique() {
    // GIVEN
    List<String> communes =
        IntStream.range(0, 12)
            .mapToObj(i -> i == 2 || i == 10 ? "x" : String.format("59%03d", i + 1))
            .toList();
    FormulaireDemande formulaire =
        Formulaires.avecCommunes(unePersonneSeuleAParis(), communes.toArray(String[]::new));
    // WHEN
    List<String> violations = signalees(formulaire);
    // THEN
    assertThat(violations)
        .containsExactly(
            "logementRecherche.communes communes.trop-nombreuses",
            "logementRecherche.communes[2] code-insee.invalide",
            "logementRecherche.communes[10] code-insee.invalide");
  }

  @Nested
  class Messages {

    private final FormulaireDemande sansNom =
        Formulaires.avecDemandeur(d -> d.nom(null).prenom("P".repeat(101)));

    @Test
    void les_messages_sont_en_francais_par_defaut() {
      // WHEN
      List<Violation> violations = VALIDATEUR.valider(sansNom, DATE_DEPOT);
      // THEN
      assertThat(violations)
          .extracting(Violation::message)
          .containsExactly("Ce champ est obligatoire.", "Ce texte dépasse 100 caractères.");
    }

    @Test
    void les_messages_sont_en_anglais_sur_demande() {
      // WHEN
      List<Violation> violations = VALIDATEUR.valider(sansNom, DATE_DEPOT, Locale.UK);
      // THEN
      assertThat(violations)
          .extracting(Violation::message)
          .containsExactly("This field is mandatory.", "This text is longer than 100 characters.");
    }

    @Test
    void une_langue_sans_traduction_donne_le_francais_quelle_que_soit_la_langue_de_la_jvm() {
      // GIVEN
      Locale avant = Locale.getDefault();
      Locale.setDefault(Locale.ENGLISH);
      try {
        // WHEN
        List<Violation> violations = VALIDATEUR.valider(sansNom, DATE_DEPOT, Locale.GERMAN);
        // THEN
        assertThat(violations)
            .extracting(Violation::message)
            .first()
            .isEqualTo("Ce champ est obligatoire.");
      } finally {
        Locale.setDefault(avant);
      }
    }

    @Test
    void les_codes_et_les_chemins_ne_dependent_pas_de_la_langue() {
      // WHEN
      List<String> francais = enTexte(VALIDATEUR.valider(sansNom, DATE_DEPOT, Locale.FRANCE));
      List<String> anglais = enTexte(VALIDATEUR.valider(sansNom, DATE_DEPOT, Locale.ENGLISH));
      // THEN
      assertThat(anglais).isEqualTo(francais);
    }

    @Test
    void les_parametres_des_messages_sont_remplis() {
      // GIVEN
      FormulaireDemande formulaire =
          Formulaires.avecDemandeur(
              d -> d.revenusFiscaux(FormulaireRevenuFiscal.of(2030, BigDecimal.ONE)));
      // WHEN
      List<Violation> violations = VALIDATEUR.valider(formulaire, DATE_DEPOT);
      // THEN
      assertThat(violations)
          .extracting(Violation::message)
          .containsExactly("L'année du revenu doit être comprise entre 2015 et 2025.");
    }

    @Test
    void un_message_ne_cite_jamais_la_saisie() {
      // GIVEN
      String nir = "290057511304208";
      FormulaireDemande formulaire = Formulaires.avecDemandeur(d -> d.nir(nir).nom("{max} ${1+1}"));
      // WHEN
      List<Violation> violations = VALIDATEUR.valider(formulaire, DATE_DEPOT);
      // THEN
      assertThat(violations).extracting(Violation::code).containsExactly("nir.invalide");
      assertThat(violations.get(0).message()).doesNotContain(nir);
      assertThat(violations.get(0).toString()).isEqualTo("demandeur.nir: nir.invalide");
    }
  }

  @Nested
  class SansLangageDExpression {

    @Test
    void aucune_implementation_du_langage_d_expression_n_est_presente() {
      // WHEN THEN
      assertThatThrownBy(() -> Class.forName("jakarta.el.ExpressionFactory"))
          .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void le_validateur_demarre_et_interpole_ses_messages_sans_langage_d_expression() {
      // GIVEN
      FormulaireDemande formulaire =
          Formulaires.avecCommunes(
              unePersonneSeuleAParis(),
              "59001",
              "59002",
              "59003",
              "59004",
              "59005",
              "59006",
              "59007",
              "59008",
              "59009",
              "59010",
              "59011");
      // WHEN
      List<Violation> violations = new ValidateurFormulaire().valider(formulaire, DATE_DEPOT);
      // THEN
      assertThat(violations)
          .extracting(Violation::message)
          .containsExactly("Au plus 10 communes peuvent être demandées.");
    }
  }

  @Nested
  class Valide {

    @Test
    void valide_rend_le_contenu_d_un_formulaire_valide() {
      // WHEN
      ContenuDemande contenu = VALIDATEUR.valide(unePersonneSeuleAParis(), DATE_DEPOT);
      // THEN
      assertThat(contenu.menage().demandeur().nomComplet()).isEqualTo("Awa DIALLO");
    }

    @Test
    void valide_leve_une_exception_portant_toutes_les_violations() {
      // GIVEN
      FormulaireDemande formulaire = FormulaireDemande.builder().build();
      // WHEN
      FormulaireInvalideException refus =
          catchThrowableOfType(
              FormulaireInvalideException.class,
              () -> VALIDATEUR.valide(formulaire, DATE_DEPOT, Locale.ENGLISH));
      // THEN
      assertThat(refus.violations())
          .isEqualTo(VALIDATEUR.valider(formulaire, DATE_DEPOT, Locale.ENGLISH));
      assertThat(refus)
          .hasMessage(
              "Invalid demand form, 3 violations: demandeur: champ.obligatoire;"
                  + " logementActuel: champ.obligatoire; logementRecherche: champ.obligatoire");
      assertThatThrownBy(() -> refus.violations().clear())
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void le_message_de_l_exception_resume_les_dix_premieres_violations() {
      // GIVEN
      FormulaireDemande formulaire =
          Formulaires.avecCommunes(
              unePersonneSeuleAParis(), "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l");
      // WHEN
      FormulaireInvalideException refus =
          catchThrowableOfType(
              FormulaireInvalideException.class, () -> VALIDATEUR.valide(formulaire, DATE_DEPOT));
      // THEN
      assertThat(refus.violations()).hasSize(13);
      assertThat(refus.getMessage())
          .startsWith("Invalid demand form, 13 violations: logementRecherche.communes:")
          .endsWith("; and 3 more");
    }

    @Test
    void la_date_de_reference_et_la_langue_sont_obligatoires() {
      // WHEN THEN
      assertThatNullPointerException()
          .isThrownBy(() -> VALIDATEUR.valider(unePersonneSeuleAParis(), null))
          .withMessage("dateReference");
      assertThatNullPointerException()
          .isThrownBy(() -> VALIDATEUR.valider(unePersonneSeuleAParis(), DATE_DEPOT, null))
          .withMessage("locale");
    }

    @Test
    void une_date_de_reference_invraisemblable_est_une_erreur_de_programmation() {
      // WHEN THEN
      assertThatThrownBy(() -> VALIDATEUR.valider(unePersonneSeuleAParis(), LocalDate.MIN))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("reference date");
    }
  }

  @Nested
  class SaisieHostile {

    @Test
    void des_noms_de_dix_mille_caracteres_sont_signales() {
      // GIVEN
      String long10000 = "A".repeat(10_000);
      FormulaireDemande formulaire =
          Formulaires.avecDemandeur(
              d ->
                  d.nom(long10000)
                      .prenom(long10000)
                      .nomUsage(long10000)
                      .nir(long10000)
                      .telephone(long10000)
                      .email(long10000 + "@example.fr")
                      .adresse(
                          FormulaireAdresse.enFrance(
                              long10000, long10000, long10000, long10000, long10000)));
      // WHEN
      List<String> violations = signalees(formulaire);
      // THEN
      assertThat(violations)
          .containsExactly(
              "demandeur.adresse.codePostal code-postal.invalide",
              "demandeur.adresse.codePostal texte.trop-long",
              "demandeur.adresse.commune code-insee.invalide",
              "demandeur.adresse.localite texte.trop-long",
              "demandeur.adresse.numero texte.trop-long",
              "demandeur.adresse.voie texte.trop-long",
              "demandeur.email email.invalide",
              "demandeur.nir nir.invalide",
              "demandeur.nom texte.trop-long",
              "demandeur.nomUsage texte.trop-long",
              "demandeur.prenom texte.trop-long",
              "demandeur.telephone telephone.invalide");
    }

    @Test
    void cinq_cents_communes_sont_signalees() {
      // GIVEN
      String[] communes =
          IntStream.range(0, 500)
              .mapToObj(i -> String.format("%02d%03d", 1 + i % 19, i))
              .toArray(String[]::new);
      long horsDeLAin = IntStream.range(0, 500).filter(i -> i % 19 != 0).count();
      FormulaireDemande formulaire = Formulaires.avecCommunes(unePersonneSeuleAParis(), communes);
      // WHEN
      List<Violation> violations = VALIDATEUR.valider(formulaire, DATE_DEPOT);
      // THEN
      assertThat(violations)
          .extracting(Violation::code)
          .containsOnly("communes.trop-nombreuses", "communes.territoires-multiples");
      assertThat(violations)
          .filteredOn(v -> v.code().equals("communes.territoires-multiples"))
          .hasSize((int) horsDeLAin);
    }

    @Test
    void des_nulls_partout_produisent_des_violations_jamais_une_exception() {
      // GIVEN: every block present, every field and list element null
      FormulaireTitulaire vide =
          new FormulaireTitulaire(
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              new FormulaireAdresse(null, null, null, null, null, null, null, null),
              new FormulaireSituationProfessionnelle(null, null, null, null, null),
              Arrays.asList(null, new FormulaireRevenuFiscal(null, null)),
              Arrays.asList(null, new FormulaireRessource(null, null)),
              Arrays.asList(null, new FormulaireRessourceVersee(null, null)),
              null);
      FormulaireDemande formulaire =
          new FormulaireDemande(
              null,
              vide,
              Arrays.asList(null, new FormulaireCotitulaire(null, vide)),
              Arrays.asList(
                  null,
                  new FormulairePersonneACharge(
                      null,
                      null,
                      null,
                      null,
                      null,
                      Arrays.asList((FormulaireRessource) null),
                      null)),
              new FormulaireNaissance(null, null),
              Arrays.asList(null, new FormulaireEnfantEnGarde(null, null, null)),
              new FormulaireLogementActuel(
                  Arrays.asList((ModeleLogement) null), null, null, null, null, null, null),
              Arrays.asList((MotifDemande) null),
              null,
              new FormulaireLogementRecherche(
                  null, Arrays.asList((TypeLogement) null), Arrays.asList((String) null), null),
              new FormulaireHandicap(
                  null,
                  null,
                  Arrays.asList(null, null),
                  Arrays.asList((org.sne4j.handicap.NatureHandicapSensoriel) null),
                  null,
                  Arrays.asList(AideTechnique.AUCUNE, null),
                  Arrays.asList((org.sne4j.handicap.EquipementHandicap) null),
                  null),
              null);
      // WHEN
      List<String> violations = signalees(formulaire);
      // THEN
      assertThat(violations)
          .hasSizeGreaterThan(40)
          .contains(
              "cotitulaires[0] champ.obligatoire",
              "cotitulaires[1].lien champ.obligatoire",
              "cotitulaires[1].personne.adresse.commune adresse.commune-manquante",
              "demandeur.revenusFiscaux[1].annee champ.obligatoire",
              "handicap.aidesTechniques[1] champ.obligatoire",
              "logementRecherche.communes[0] champ.obligatoire",
              "personnesACharge[1].ressources[0] champ.obligatoire");
      assertThat(violations).noneMatch(v -> v.endsWith(" aides-techniques.aucune-combinee"));
    }

    @Test
    void des_listes_immenses_sont_signalees() {
      // GIVEN
      FormulaireDemande formulaire =
          unFormulaireCompletValide().toBuilder()
              .motifs(Collections.nCopies(100_000, MotifDemande.LOGEMENT_TROP_CHER))
              .personnesACharge(
                  Collections.nCopies(
                      10_000, unFormulaireCompletValide().personnesACharge().get(0)))
              .build();
      // WHEN
      List<String> violations = signalees(formulaire);
      // THEN
      assertThat(violations).containsExactly(" menage.trop-nombreux", "motifs liste.trop-longue");
    }

    @Test
    void des_montants_extremes_sont_signales() {
      // GIVEN
      FormulaireDemande formulaire =
          Formulaires.avecDemandeur(
              d ->
                  d.ressources(
                      FormulaireRessource.of(
                          TypeRessource.SALAIRES, new BigDecimal("1E+999999999")),
                      FormulaireRessource.of(
                          TypeRessource.SALAIRES, new BigDecimal("-1E+999999999")),
                      FormulaireRessource.of(
                          TypeRessource.SALAIRES, new BigDecimal("1E-999999999"))));
      // WHEN
      List<String> violations = signalees(formulaire);
      // THEN
      assertThat(violations)
          .containsExactly(
              "demandeur.ressources[0].mensuel montant.invalide",
              "demandeur.ressources[1].mensuel montant.negatif",
              "demandeur.ressources[2].mensuel montant.invalide");
    }

    @Test
    void des_dates_extremes_sont_signalees() {
      // GIVEN
      FormulaireDemande formulaire =
          Formulaires.avecDemandeur(d -> d.dateNaissance(LocalDate.MIN)).toBuilder()
              .naissanceAttendue(FormulaireNaissance.of(1, LocalDate.MAX))
              .build();
      // WHEN
      List<String> violations = signalees(formulaire);
      // THEN
      assertThat(violations)
          .containsExactly(
              "demandeur.dateNaissance date-naissance.trop-ancienne",
              "naissanceAttendue.dateNaissancePrevue date-naissance-prevue.invalide");
    }
  }

  @Test
  void le_validateur_donne_les_memes_violations_depuis_plusieurs_fils() {
    // GIVEN
    FormulaireDemande formulaire =
        Formulaires.avecCommunes(unePersonneSeuleAParis(), "59350", "62041");
    List<Violation> attendues = VALIDATEUR.valider(formulaire, DATE_DEPOT);
    // WHEN
    List<List<Violation>> obtenues =
        IntStream.range(0, 200)
            .parallel()
            .mapToObj(
                i ->
                    VALIDATEUR.valider(
                        formulaire, DATE_DEPOT, i % 2 == 0 ? Locale.FRENCH : Locale.ENGLISH))
            .filter(v -> v.get(0).message().startsWith("La"))
            .toList();
    // THEN
    assertThat(obtenues).hasSize(100).allSatisfy(v -> assertThat(v).isEqualTo(attendues));
  }
}
