package org.sne4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published schemas are exactly what {@link GenerateurSchemas} derives from the core's
 * records today. After a change of the model, regenerate them with {@code
 * -Dsne.json.regenerer-schemas=true} (from the module directory) and review the diff.
 */
class SchemasPubliesTest {

  @Test
  void le_schema_des_evenements_publie_est_a_jour() throws IOException {
    verifier("evenement-demande.schema.json", GenerateurSchemas.evenements(), JsonValidator.SCHEMA_EVENEMENT);
  }

  @Test
  void le_schema_des_evenements_de_vacance_publie_est_a_jour() throws IOException {
    verifier("evenement-vacance.schema.json", GenerateurSchemas.evenementsVacance(), JsonValidator.SCHEMA_EVENEMENT_VACANCE);
  }

  @Test
  void le_schema_du_formulaire_publie_est_a_jour() throws IOException {
    verifier("formulaire-demande.schema.json", GenerateurSchemas.formulaire(), JsonValidator.SCHEMA_FORMULAIRE);
  }

  private static void verifier(String fichier, ObjectNode genere, String ressource) throws IOException {
    String attendu = SneJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(genere) + "\n";
    if (Boolean.getBoolean("sne.json.regenerer-schemas")) {
      Path cible = Path.of("src/main/resources/org/sne4j/json/schema", fichier);
      Files.writeString(cible, attendu, StandardCharsets.UTF_8);
    }
    // THEN
    assertThat(JsonValidator.schema(ressource)).isEqualTo(attendu);
  }
}
