package org.sne4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sne4j.demande.ContenuDemande;
import org.sne4j.formulaire.CodesViolation;
import org.sne4j.formulaire.ValidateurFormulaire;
import org.sne4j.testkit.generateurs.GenerateursDemande;
import org.sne4j.testkit.generateurs.GenerateursFormulaire;
import org.sne4j.testkit.property.Property;
import tools.jackson.databind.json.JsonMapper;

/** The JSON validation of forms agrees with the core's, on the testkit's forms. */
class FormulairesGeneresTest {

  static final LocalDate JOUR = LocalDate.of(2026, 1, 15);

  private final JsonValidator validateur = new JsonValidator();
  private final ValidateurFormulaire coeur = new ValidateurFormulaire();
  private final JsonMapper mapper = SneJson.mapper();

  @Test
  void un_formulaire_a_un_defaut_connu_recoit_en_json_le_code_que_le_coeur_donne() {
    Property.forAll(GenerateursFormulaire.defectueux(GenerateursDemande.METROPOLE_LILLOISE, JOUR))
        .check(
            defectueux -> {
              // WHEN
              ValidationResult<ContenuDemande> resultat =
                  validateur.validerFormulaire(mapper.writeValueAsString(defectueux.formulaire()), JOUR);

              // THEN
              assertThat(resultat.valeur()).isEmpty();
              assertThat(resultat.codes()).contains(defectueux.codeAttendu());
            });
  }

  @Test
  void tout_formulaire_arbitraire_recoit_des_violations_connues_ou_le_contenu_que_le_coeur_en_tire() {
    Set<String> connus = new HashSet<>(CodesViolation.TOUS);
    connus.addAll(CodesJson.TOUS);
    Property.forAll(GenerateursFormulaire.arbitraire(JOUR))
        .check(
            formulaire -> {
              // WHEN
              ValidationResult<ContenuDemande> resultat =
                  validateur.validerFormulaire(mapper.writeValueAsString(formulaire), JOUR);

              // THEN
              assertThat(resultat.codes()).allMatch(connus::contains);
              if (resultat.estValide()) {
                assertThat(coeur.valider(formulaire, JOUR)).isEmpty();
                assertThat(resultat.valeur()).contains(coeur.valide(formulaire, JOUR));
              }
            });
  }
}
