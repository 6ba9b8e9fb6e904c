package org.sne4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sne4j.cal.DecisionCal;
import org.sne4j.commun.Evenement;
import org.sne4j.demande.ContenuDemande;
import org.sne4j.spi.SerializedEvent;
import org.sne4j.testkit.generateurs.GenerateursEvenements;
import org.sne4j.testkit.property.Property;
import tools.jackson.databind.json.JsonMapper;

/** Every arbitrary domain value of the testkit survives a JSON round trip unchanged. */
class AllerRetourTest {

  private final JsonMapper mapper = SneJson.mapper();
  private final JacksonEventSerializer serializer = new JacksonEventSerializer();

  @Test
  void tout_evenement_survit_a_la_serialisation_et_a_la_relecture() {
    Property.forAll(GenerateursEvenements.evenement())
        .check(
            evenement -> {
              // WHEN
              SerializedEvent stocke = serializer.serialize(evenement);
              Evenement relu = serializer.deserialize(stocke);

              // THEN
              assertThat(relu).isEqualTo(evenement);
              assertThat(stocke.type()).isEqualTo(TypeRegistry.idOf(evenement.getClass()));
              assertThat(stocke.schemaVersion())
                  .isEqualTo(TypeRegistry.byType(evenement.getClass()).orElseThrow().currentVersion());
            });
  }

  @Test
  void la_serialisation_d_un_evenement_est_deterministe() {
    Property.forAll(GenerateursEvenements.evenement())
        .check(
            evenement -> {
              // WHEN
              String document = serializer.serialize(evenement).document();
              String apresRelecture = serializer.serialize(serializer.deserialize(serializer.serialize(evenement))).document();

              // THEN
              assertThat(apresRelecture).isEqualTo(document);
            });
  }

  @Test
  void tout_contenu_de_demande_survit_a_l_ecriture_et_a_la_lecture() {
    Property.forAll(GenerateursEvenements.contenu())
        .check(
            contenu -> {
              // WHEN
              String json = mapper.writeValueAsString(contenu);

              // THEN
              assertThat(mapper.readValue(json, ContenuDemande.class)).isEqualTo(contenu);
              assertThat(json).doesNotContainPattern("\"(mensuel|montant|loyerMensuel)\":[0-9]");
            });
  }

  @Test
  void toute_decision_de_cal_survit_a_l_ecriture_et_a_la_lecture() {
    Property.forAll(GenerateursEvenements.decisionCal())
        .check(
            decision -> {
              // WHEN
              String json = mapper.writeValueAsString(decision);

              // THEN
              assertThat(mapper.readValue(json, DecisionCal.class)).isEqualTo(decision);
              assertThat(mapper.readTree(json).get("type").stringValue())
                  .isEqualTo(TypeRegistry.idOf(decision.getClass()));
            });
  }
}
