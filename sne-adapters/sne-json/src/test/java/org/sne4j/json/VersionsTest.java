package org.sne4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sne4j.spi.SerializedEvent;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stored histories written by an earlier release still load: documents of version 1 (amounts of
 * the demand content as integers of cents), checked in as fixtures, are upcast to the current
 * version 2.
 */
class VersionsTest {

  private final JacksonEventSerializer serializer = new JacksonEventSerializer();

  @Test
  void une_inscription_de_version_1_se_relit_avec_ses_montants_en_euros() {
    // GIVEN
    SerializedEvent v1 =
        new SerializedEvent("demande.enregistree", 1, Ressources.lire("v1/demande.enregistree.v1.json"));

    // WHEN / THEN
    assertThat(serializer.deserialize(v1)).isEqualTo(Exemples.inscription());
  }

  @Test
  void un_renouvellement_de_version_1_se_relit() {
    // GIVEN
    SerializedEvent v1 =
        new SerializedEvent("demande.renouvelee", 1, Ressources.lire("v1/demande.renouvelee.v1.json"));

    // WHEN / THEN
    assertThat(serializer.deserialize(v1)).isEqualTo(Exemples.renouvellement());
  }

  @Test
  void une_relecture_de_version_1_puis_une_ecriture_donnent_la_version_courante() {
    // GIVEN
    SerializedEvent v1 =
        new SerializedEvent("demande.enregistree", 1, Ressources.lire("v1/demande.enregistree.v1.json"));

    // WHEN
    SerializedEvent reecrit = serializer.serialize(serializer.deserialize(v1));

    // THEN
    assertThat(reecrit.schemaVersion()).isEqualTo(2);
    assertThat(reecrit.document()).isEqualTo(serializer.serialize(Exemples.inscription()).document());
  }

  @Test
  void un_document_de_version_2_n_est_pas_relu_comme_une_version_1() {
    // GIVEN: amounts already strings of euros, declared version 1: the upcaster leaves them
    SerializedEvent courant = serializer.serialize(Exemples.inscription());
    SerializedEvent declareV1 = new SerializedEvent(courant.type(), 1, courant.document());

    // WHEN / THEN
    assertThat(serializer.deserialize(declareV1)).isEqualTo(Exemples.inscription());
  }

  @Test
  void une_version_future_est_refusee_en_nommant_le_type_et_la_version() {
    // GIVEN
    SerializedEvent futur = new SerializedEvent("demande.radiee", 7, Ressources.lire("golden/demande.radiee.v1.json"));

    // WHEN / THEN
    assertThatThrownBy(() -> serializer.deserialize(futur))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("demande.radiee")
        .hasMessageContaining("version 7")
        .hasMessageContaining("newer release");
  }

  @Test
  void un_type_inconnu_est_refuse_en_nommant_le_type() {
    // GIVEN
    SerializedEvent inconnu = new SerializedEvent("demande.vacance-declaree", 1, "{\"type\":\"demande.vacance-declaree\"}");

    // WHEN / THEN
    assertThatThrownBy(() -> serializer.deserialize(inconnu))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unknown event type 'demande.vacance-declaree'")
        .hasMessageContaining("version 1");
  }

  @Test
  void une_decision_de_cal_n_est_pas_un_evenement_stockable() {
    // GIVEN
    SerializedEvent decision = new SerializedEvent("cal.decision.attribution", 1, "{\"type\":\"cal.decision.attribution\"}");

    // WHEN / THEN
    assertThatThrownBy(() -> serializer.deserialize(decision))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unknown event type 'cal.decision.attribution'");
  }

  @Test
  void la_chaine_exige_un_upcaster_pour_chaque_version_anterieure() {
    // WHEN / THEN
    assertThatThrownBy(() -> new UpcasterChain(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Missing upcasters")
        .hasMessageContaining("demande.enregistree v1 → v2");
  }

  @Test
  void la_chaine_refuse_deux_upcasters_pour_la_meme_etape() {
    // GIVEN
    List<Upcaster> doublon = new java.util.ArrayList<>(LibraryUpcasters.all());
    doublon.add(Upcaster.of("demande.enregistree", 1, d -> d));

    // WHEN / THEN
    assertThatThrownBy(() -> new UpcasterChain(doublon))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Two upcasters for the same step");
  }

  @Test
  void la_chaine_refuse_un_upcaster_au_dela_de_la_version_courante() {
    // GIVEN
    List<Upcaster> auDela = new java.util.ArrayList<>(LibraryUpcasters.all());
    auDela.add(Upcaster.of("demande.radiee", 1, d -> d));

    // WHEN / THEN
    assertThatThrownBy(() -> new UpcasterChain(auDela))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("beyond the current version");
  }

  @Test
  void l_upcaster_de_version_1_convertit_chaque_montant_du_contenu_et_rien_d_autre() {
    // GIVEN
    ObjectNode v1 = (ObjectNode) SneJson.mapper().readTree(Ressources.lire("v1/demande.enregistree.v1.json"));
    String avantHorsContenu = v1.deepCopy().without("contenu").toString();

    // WHEN
    ObjectNode v2 = LibraryUpcasters.montantsDuContenuEnEuros(v1);

    // THEN
    assertThat(v2.toString()).doesNotContainPattern("\"(mensuel|montant|loyerMensuel)\":[0-9]");
    assertThat(v2.deepCopy().without("contenu").toString()).isEqualTo(avantHorsContenu);
    assertThat(v2.at("/contenu/menage/cotitulaires/0/personne/ressources/1/mensuel").stringValue()).isEqualTo("0.99");
  }

  @Test
  void un_label_de_priorite_ecrit_en_version_1_se_lit_avec_le_code_qui_dit_ce_qu_il_couvre() {
    SerializedEvent v1 = new SerializedEvent("demande.priorite-reconnue", 1,
        Ressources.lire("v1/demande.priorite-reconnue.v1.json"));

    org.sne4j.commun.Evenement lu = new JacksonEventSerializer().deserialize(v1);

    assertThat(lu).isInstanceOfSatisfying(org.sne4j.demande.EvenementDemande.PrioriteReconnue.class, p -> {
      assertThat(p.publicPrioritaire()).isEqualTo(org.sne4j.priorite.PublicPrioritaire.SORTIE_AIDE_SOCIALE_A_L_ENFANCE);
      assertThat(p.reference()).contains("COMED-59-2025-118");
    });
  }

  @Test
  void chaque_code_de_version_1_devient_un_public_de_la_version_2() {
    String document = Ressources.lire("v1/demande.priorite-reconnue.v1.json");
    for (var e : LibraryUpcasters.CODES_PRIORITE_V1.entrySet()) {
      SerializedEvent v1 = new SerializedEvent("demande.priorite-reconnue", 1,
          document.replace("\"PRIO_L\"", "\"" + e.getKey() + "\""));
      var lu = (org.sne4j.demande.EvenementDemande.PrioriteReconnue) new JacksonEventSerializer().deserialize(v1);
      assertThat(lu.publicPrioritaire().code()).as(e.getKey()).isEqualTo(e.getValue());
    }
    assertThat(LibraryUpcasters.CODES_PRIORITE_V1.values()).as("every public but DALO had a letter code")
        .containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(org.sne4j.priorite.PublicPrioritaire.values())
            .filter(p -> p != org.sne4j.priorite.PublicPrioritaire.DALO).map(org.sne4j.priorite.PublicPrioritaire::code).toList());
  }

  @Test
  void un_avertissement_ecrit_en_version_1_se_lit_sans_preuve_d_envoi() {
    String v1 = "{\"type\":\"demande.avertissement-envoye\",\"numero\":\"0590325000001G0042\",\"date\":\"2025-06-10\","
        + "\"auteur\":{\"type\":\"GUICHET\",\"identifiant\":\"G0042\",\"nom\":\"Mairie de Lille\"},\"visibleDuDemandeur\":true,"
        + "\"motif\":\"ABSENCE_DE_REPONSE\",\"radiationPossibleLe\":\"2025-08-10\",\"sousMotif\":null}";

    org.sne4j.commun.Evenement lu = new JacksonEventSerializer().deserialize(new SerializedEvent("demande.avertissement-envoye", 1, v1));

    assertThat(lu).isInstanceOfSatisfying(org.sne4j.demande.EvenementDemande.AvertissementEnvoye.class, a -> {
      assertThat(a.preuveEnvoi()).isEmpty();
      assertThat(a.radiationPossibleLe()).isEqualTo(java.time.LocalDate.of(2025, 8, 10));
    });
  }
}
