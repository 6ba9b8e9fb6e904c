package org.sne4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sne4j.demande.EvenementDemande;
import org.sne4j.spi.SerializedEvent;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Golden files: the JSON the library writes today for three events, checked in. A change of the
 * format (a name, an order, the form of an amount, a code) fails here on purpose: raise the
 * event's version in {@link TypeRegistry}, add an upcaster, keep the old document as a fixture of
 * the previous version, and only then regenerate the golden file.
 */
class FormatFigeTest {

  private final JacksonEventSerializer serializer = new JacksonEventSerializer();

  static Stream<Arguments> fichiers() {
    return Stream.of(
        Arguments.of("golden/demande.enregistree.v2.json", Exemples.inscription()),
        Arguments.of("golden/demande.radiee.v1.json", Exemples.radiationPourAttribution()),
        Arguments.of("golden/demande.decision-cal-rendue.v1.json", Exemples.decisionCal()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fichiers")
  void le_document_ecrit_est_celui_du_fichier_de_reference(String fichier, EvenementDemande evenement) {
    // GIVEN
    String reference = compact(Ressources.lire(fichier));

    // WHEN
    SerializedEvent ecrit = serializer.serialize(evenement);

    // THEN
    assertThat(ecrit.document()).isEqualTo(reference);
    assertThat(fichier).endsWith(ecrit.type() + ".v" + ecrit.schemaVersion() + ".json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fichiers")
  void le_fichier_de_reference_se_relit_en_l_evenement(String fichier, EvenementDemande evenement) {
    // GIVEN
    SerializedEvent stocke =
        new SerializedEvent(
            TypeRegistry.idOf(evenement.getClass()),
            TypeRegistry.byType(evenement.getClass()).orElseThrow().currentVersion(),
            Ressources.lire(fichier));

    // WHEN / THEN
    assertThat(serializer.deserialize(stocke)).isEqualTo(evenement);
  }

  @Test
  void les_montants_sont_des_chaines_d_euros_a_deux_decimales_et_les_listes_fermees_des_codes_sne() {
    // WHEN
    String document = serializer.serialize(Exemples.inscription()).document();

    // THEN
    assertThat(document)
        .contains("\"mensuel\":\"1654.37\"", "\"montant\":\"17640.00\"", "\"loyerMensuel\":\"250.00\"")
        .contains("\"civilite\":\"2\"", "\"motifs\":[\"07\",\"12\",\"23\"]", "\"typologies\":[\"T3\",\"T4\"]")
        .contains("\"dateNaissance\":\"1991-04-12\"", "\"nir\":\"291045935012370\"")
        .doesNotContain("centimes");
  }

  private static String compact(String json) {
    return SneJson.mapper().writeValueAsString(SneJson.mapper().readTree(json));
  }
}
