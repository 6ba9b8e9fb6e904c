package org.sne4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sne4j.formulaire.Violation;
import org.sne4j.spi.SerializedEvent;

/**
 * Malformed, truncated or hostile JSON gets the documented error — one violation for the
 * validator, an {@link IllegalArgumentException} for the serializer — and never a stack trace
 * from deep inside the parser, nor a partial value.
 */
class SaisiesHostilesTest {

  static final LocalDate JOUR = LocalDate.of(2026, 1, 15);
  static final String RADIATION = Ressources.lire("golden/demande.radiee.v1.json");

  private final JsonValidator validateur = new JsonValidator();
  private final JacksonEventSerializer serializer = new JacksonEventSerializer();

  @Test
  void une_imbrication_de_dix_mille_niveaux_est_trop_profonde() {
    // GIVEN
    String profond = "[".repeat(10_000) + "]".repeat(10_000);
    String objetProfond = "{\"demandeur\":" + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_001);

    // WHEN / THEN
    assertThat(validateur.validerFormulaire(profond, JOUR).codes()).containsExactly("json.trop-profond");
    assertThat(validateur.validerFormulaire(objetProfond, JOUR).codes()).containsExactly("json.trop-profond");
    assertThat(validateur.validerEvenement(objetProfond).violations())
        .singleElement().extracting(Violation::chemin).isEqualTo("");
    assertThatThrownBy(() -> serializer.deserialize(new SerializedEvent("demande.radiee", 1, objetProfond)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("demande.radiee")
        .hasMessageContaining("nesting depth");
  }

  @Test
  void une_chaine_de_cinquante_mega_octets_est_trop_grande() {
    // GIVEN
    String enorme = "{\"type\":\"demande.radiee\",\"numero\":\"" + "A".repeat(50_000_000) + "\"}";

    // WHEN / THEN
    assertThat(validateur.validerEvenement(enorme).codes()).containsExactly("json.trop-grand");
    assertThat(validateur.validerFormulaire(enorme, JOUR).codes()).containsExactly("json.trop-grand");
    assertThatThrownBy(() -> serializer.deserialize(new SerializedEvent("demande.radiee", 1, enorme)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("demande.radiee")
        .hasMessageContaining("malformed JSON");
  }

  @Test
  void une_chaine_au_dela_de_la_limite_dans_un_petit_document_est_trop_grande() {
    // GIVEN: 150 000 characters in one string, in a document under the size limit
    String longue = "{\"demandeur\":{\"nom\":\"" + "é".repeat(150_000) + "\"}}";

    // WHEN / THEN
    assertThat(validateur.validerFormulaire(longue, JOUR).codes()).containsExactly("json.trop-grand");
  }

  @Test
  void un_nombre_demesure_est_trop_grand() {
    // GIVEN
    String nombre = "{\"logementActuel\":{\"surface\":" + "9".repeat(5_000) + "}}";

    // WHEN / THEN
    assertThat(validateur.validerFormulaire(nombre, JOUR).codes()).containsExactly("json.trop-grand");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 10, 100, 500, 1_000})
  void un_document_tronque_est_mal_forme(int longueur) {
    // GIVEN
    String tronque = RADIATION.substring(0, Math.min(longueur, RADIATION.length() - 3));

    // WHEN / THEN
    assertThat(validateur.validerEvenement(tronque).codes()).containsExactly("json.mal-forme");
    assertThatThrownBy(() -> serializer.deserialize(new SerializedEvent("demande.radiee", 1, tronque)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Cannot read event 'demande.radiee' (schema version 1)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "{", "}", "{]", "nul", "{\"a\":1}{}", "{\"a\":1,\"a\":2}", "{'a':1}", "\u0000", "{\"a\":01}"})
  void un_texte_qui_n_est_pas_du_json_est_mal_forme(String texte) {
    // WHEN / THEN
    assertThat(validateur.validerEvenement(texte).codes()).containsExactly("json.mal-forme");
    assertThatThrownBy(() -> serializer.deserialize(new SerializedEvent("demande.radiee", 1, texte)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("demande.radiee");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "42", "\"texte\"", "true"})
  void un_document_qui_n_est_pas_un_objet_est_du_mauvais_type(String texte) {
    // WHEN / THEN
    assertThat(validateur.validerFormulaire(texte, JOUR).codes()).containsExactly("json.type-invalide");
    assertThatThrownBy(() -> serializer.deserialize(new SerializedEvent("demande.radiee", 1, texte)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a JSON object");
  }

  @Test
  void un_composant_nul_ou_du_mauvais_type_est_refuse_en_nommant_son_chemin() {
    // GIVEN
    String nul = RADIATION.replace("\"logement\" : \"59350-LMH-000417\"", "\"logement\" : null");
    String mauvaisType = RADIATION.replace("\"dalo\" : false", "\"dalo\" : \"non\"");
    String manquant = RADIATION.replace("\"motif\" : \"RADATT\",", "");

    // WHEN / THEN
    assertThatThrownBy(() -> serializer.deserialize(new SerializedEvent("demande.radiee", 1, nul)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("logement");
    assertThatThrownBy(() -> serializer.deserialize(new SerializedEvent("demande.radiee", 1, mauvaisType)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at attribution.dalo");
    assertThatThrownBy(() -> serializer.deserialize(new SerializedEvent("demande.radiee", 1, manquant)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at motif")
        .hasMessageContaining("Missing required creator property 'motif'");
    assertThat(validateur.validerEvenement(nul).violations()).extracting(Violation::chemin, Violation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("attribution.logement", "json.type-invalide"));
  }

  @Test
  void un_document_d_un_autre_type_que_celui_stocke_est_refuse() {
    // WHEN / THEN
    assertThatThrownBy(() -> serializer.deserialize(new SerializedEvent("demande.bail-signe", 1, RADIATION)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("demande.bail-signe")
        .hasMessageContaining("not the stored type");
  }

  @Test
  void un_nir_refuse_n_apparait_pas_dans_le_message() {
    // GIVEN: a NIR with a wrong key in a stored registration
    String inscription = Ressources.lire("golden/demande.enregistree.v2.json").replace("291045935012370", "291045935012399");

    // WHEN / THEN
    assertThatThrownBy(() -> serializer.deserialize(new SerializedEvent("demande.enregistree", 2, inscription)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contenu.menage.demandeur.nir")
        .hasMessageNotContaining("291045935012399");
  }

  @Test
  void un_evenement_d_une_classe_non_enregistree_ne_se_serialise_pas() {
    // GIVEN
    org.sne4j.commun.Evenement etranger = new org.sne4j.commun.Evenement() {
      @Override public LocalDate date() { return JOUR; }
      @Override public org.sne4j.acteur.Acteur auteur() { return org.sne4j.acteur.Acteur.gestionnaire(); }
      @Override public boolean visibleDuDemandeur() { return false; }
    };

    // WHEN / THEN
    assertThatThrownBy(() -> serializer.serialize(etranger))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No stable type identifier");
  }
}
