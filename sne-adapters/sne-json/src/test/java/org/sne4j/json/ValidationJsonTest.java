package org.sne4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sne4j.attribution.EvenementVacance;
import org.sne4j.demande.ContenuDemande;
import org.sne4j.demande.EvenementDemande;
import org.sne4j.formulaire.FormulaireDemande;
import org.sne4j.formulaire.Violation;
import org.sne4j.testkit.generateurs.GenerateursDemande;
import org.sne4j.testkit.generateurs.GenerateursEvenements;
import org.sne4j.testkit.property.Property;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Inbound JSON is checked against the published schemas, with the core's codes and paths. */
class ValidationJsonTest {

  static final LocalDate JOUR = LocalDate.of(2026, 1, 15);

  private final JsonValidator validateur = new JsonValidator();
  private final JsonMapper mapper = SneJson.mapper();

  // ---------------------------------------------------------------- valid documents

  @Test
  void tout_evenement_genere_est_conforme_au_schema_et_se_relit() {
    Property.forAll(GenerateursEvenements.evenement())
        .check(
            evenement -> {
              // WHEN
              ValidationResult<EvenementDemande> resultat = validateur.validerEvenement(mapper.writeValueAsString(evenement));

              // THEN
              assertThat(resultat.violations()).isEmpty();
              assertThat(resultat.valeur()).contains(evenement);
            });
  }

  @Test
  void tout_evenement_de_vacance_genere_est_conforme_au_schema_et_se_relit() {
    Property.forAll(GenerateursEvenements.evenementVacance())
        .check(
            evenement -> {
              // WHEN
              ValidationResult<EvenementVacance> resultat =
                  validateur.validerEvenementVacance(mapper.writeValueAsString(evenement), Locale.FRENCH);

              // THEN
              assertThat(resultat.violations()).isEmpty();
              assertThat(resultat.valeur()).contains(evenement);
            });
  }

  @Test
  void tout_formulaire_d_un_contenu_genere_est_conforme_au_schema_et_donne_ce_contenu() {
    Property.forAll(GenerateursDemande.contenu(JOUR))
        .check(
            contenu -> {
              // GIVEN
              String json = mapper.writeValueAsString(FormulaireDemande.depuis(contenu));

              // WHEN
              ValidationResult<ContenuDemande> resultat = validateur.validerFormulaire(json, JOUR);

              // THEN
              assertThat(resultat.violations()).isEmpty();
              assertThat(resultat.valeur()).contains(contenu);
            });
  }

  @Test
  void le_formulaire_de_reference_est_valide() {
    // GIVEN
    String json = mapper.writeValueAsString(FormulaireDemande.depuis(Exemples.contenu()));

    // WHEN / THEN
    assertThat(validateur.validerFormulaire(json, JOUR).valeur()).contains(Exemples.contenu());
  }

  // ---------------------------------------------------------------- invalid forms

  @Test
  void chaque_probleme_d_un_formulaire_est_signale_avec_son_code_et_son_chemin() {
    // GIVEN
    ObjectNode form = formulaireDeReference();
    ObjectNode demandeur = (ObjectNode) form.get("demandeur");
    demandeur.put("nom", "X".repeat(101));
    demandeur.put("civilite", "9");
    demandeur.put("surnom", "Awi");
    demandeur.put("nir", "123");
    demandeur.put("dateNaissance", "12/04/1991");
    ((ObjectNode) demandeur.get("adresse")).put("commune", "20004");
    ((ObjectNode) form.at("/demandeur/ressources/0")).put("mensuel", "12.345");
    form.withArray("/logementRecherche/communes").add("59599").add("59650").add("59328").add("59378")
        .add("59410").add("59360").add("59013").add("59017");
    ((ObjectNode) form.get("logementActuel")).put("nombreOccupants", "six");

    // WHEN
    ValidationResult<ContenuDemande> resultat = validateur.validerFormulaire(form.toString(), JOUR);

    // THEN
    assertThat(resultat.valeur()).isEmpty();
    assertThat(resultat.violations())
        .extracting(Violation::chemin, Violation::code)
        .contains(
            org.assertj.core.groups.Tuple.tuple("demandeur.nom", "texte.trop-long"),
            org.assertj.core.groups.Tuple.tuple("demandeur.civilite", "code.inconnu"),
            org.assertj.core.groups.Tuple.tuple("demandeur.surnom", "champ.inconnu"),
            org.assertj.core.groups.Tuple.tuple("demandeur.nir", "nir.invalide"),
            org.assertj.core.groups.Tuple.tuple("demandeur.dateNaissance", "date.invalide"),
            org.assertj.core.groups.Tuple.tuple("demandeur.adresse.commune", "code-insee.invalide"),
            org.assertj.core.groups.Tuple.tuple("demandeur.ressources[0].mensuel", "montant.invalide"),
            org.assertj.core.groups.Tuple.tuple("logementRecherche.communes", "communes.trop-nombreuses"),
            org.assertj.core.groups.Tuple.tuple("logementActuel.nombreOccupants", "json.type-invalide"));
    assertThat(resultat.violations()).allMatch(v -> !v.message().isBlank());
  }

  @Test
  void les_violations_du_schema_et_celles_du_coeur_s_additionnent_sans_doublon() {
    // GIVEN: an unknown field (schema) and a missing applicant's first name and a doubled commune (core)
    ObjectNode form = formulaireDeReference();
    form.put("inconnu", true);
    ((ObjectNode) form.get("demandeur")).remove("prenom");
    form.withArray("/logementRecherche/communes").add("59350");

    // WHEN
    ValidationResult<ContenuDemande> resultat = validateur.validerFormulaire(form.toString(), JOUR);

    // THEN
    assertThat(resultat.violations())
        .extracting(Violation::chemin, Violation::code)
        .contains(
            org.assertj.core.groups.Tuple.tuple("inconnu", "champ.inconnu"),
            org.assertj.core.groups.Tuple.tuple("demandeur.prenom", "champ.obligatoire"),
            org.assertj.core.groups.Tuple.tuple("logementRecherche.communes", "communes.doublon"))
        .doesNotHaveDuplicates();
  }

  @Test
  void un_formulaire_vide_reporte_les_champs_obligatoires_comme_le_coeur() {
    // WHEN
    ValidationResult<ContenuDemande> resultat = validateur.validerFormulaire("{}", JOUR);

    // THEN
    assertThat(resultat.violations())
        .extracting(Violation::chemin, Violation::code)
        .contains(
            org.assertj.core.groups.Tuple.tuple("demandeur", "champ.obligatoire"),
            org.assertj.core.groups.Tuple.tuple("logementActuel", "champ.obligatoire"),
            org.assertj.core.groups.Tuple.tuple("logementRecherche", "champ.obligatoire"));
  }

  @Test
  void un_formulaire_nul_est_absent() {
    assertThat(validateur.validerFormulaire("null", JOUR).codes()).containsExactly("formulaire.absent");
    assertThat(validateur.validerFormulaire(null, JOUR).codes()).containsExactly("formulaire.absent");
  }

  @Test
  void les_messages_sont_en_anglais_sur_demande() {
    // WHEN
    ValidationResult<ContenuDemande> resultat = validateur.validerFormulaire("{\"x\":1}", JOUR, Locale.ENGLISH);

    // THEN
    assertThat(resultat.violations()).filteredOn(v -> v.code().equals("champ.inconnu"))
        .singleElement().extracting(Violation::message).isEqualTo("This field does not exist in this document.");
  }

  // ---------------------------------------------------------------- invalid events

  @Test
  void un_type_d_evenement_inconnu_est_signale() {
    // WHEN
    ValidationResult<EvenementDemande> resultat = validateur.validerEvenement("{\"type\":\"demande.vacance-declaree\"}");

    // THEN
    assertThat(resultat.violations()).extracting(Violation::chemin, Violation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("type", "type.inconnu"));
  }

  @Test
  void une_decision_de_cal_de_type_inconnu_est_signalee_a_son_chemin() {
    // GIVEN
    ObjectNode evenement = (ObjectNode) mapper.readTree(Ressources.lire("golden/demande.decision-cal-rendue.v1.json"));
    ((ObjectNode) evenement.get("decision")).put("type", "cal.decision.ajournement");

    // WHEN / THEN
    assertThat(validateur.validerEvenement(evenement.toString()).violations())
        .extracting(Violation::chemin, Violation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("decision.type", "type.inconnu"));
  }

  @Test
  void chaque_probleme_d_un_evenement_est_signale_avec_son_code_et_son_chemin() {
    // GIVEN
    ObjectNode evenement = (ObjectNode) mapper.readTree(Ressources.lire("golden/demande.radiee.v1.json"));
    evenement.remove("numero");
    evenement.put("motif", "RADXXX");
    evenement.put("date", "2026-02-30");
    ((ObjectNode) evenement.get("attribution")).put("logement", "L 1 !");
    ((ObjectNode) evenement.get("auteur")).put("nom", " ");
    evenement.put("visibleDuDemandeur", "oui");
    evenement.put("commentaire", "?");

    // WHEN
    ValidationResult<EvenementDemande> resultat = validateur.validerEvenement(evenement.toString());

    // THEN
    assertThat(resultat.violations())
        .extracting(Violation::chemin, Violation::code)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("numero", "champ.obligatoire"),
            org.assertj.core.groups.Tuple.tuple("motif", "code.inconnu"),
            org.assertj.core.groups.Tuple.tuple("date", "date.invalide"),
            org.assertj.core.groups.Tuple.tuple("attribution.logement", "identifiant-rpls.invalide"),
            org.assertj.core.groups.Tuple.tuple("auteur.nom", "champ.obligatoire"),
            org.assertj.core.groups.Tuple.tuple("visibleDuDemandeur", "json.type-invalide"),
            org.assertj.core.groups.Tuple.tuple("commentaire", "champ.inconnu"));
  }

  @Test
  void un_evenement_conforme_au_schema_mais_incoherent_est_refuse_par_le_coeur() {
    // GIVEN: a radiation for renunciation carrying attribution data
    ObjectNode evenement = (ObjectNode) mapper.readTree(Ressources.lire("golden/demande.radiee.v1.json"));
    evenement.put("motif", "RADABA");

    // WHEN
    ValidationResult<EvenementDemande> resultat = validateur.validerEvenement(evenement.toString());

    // THEN
    assertThat(resultat.codes()).containsExactly("evenement.invalide");
    assertThat(resultat.violations().get(0).message()).contains("attribution");
  }

  private ObjectNode formulaireDeReference() {
    return (ObjectNode) mapper.valueToTree(FormulaireDemande.depuis(Exemples.contenu()));
  }
}
