package org.sne4j.territoire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Arrêté du 29 juillet 1987 art. 1 : zones des plafonds de ressources")
class ZonagePlafondsTest {

  private final ZonagePlafonds zonage = ZonagePlafonds.parDefaut();

  /** The 29 bordering communes, typed here independently of the shipped list. */
  @ParameterizedTest(name = "{1} ({0})")
  @CsvSource({
    "92012, Boulogne-Billancourt",
    "92024, Clichy",
    "92040, Issy-les-Moulineaux",
    "92044, Levallois-Perret",
    "92046, Malakoff",
    "92049, Montrouge",
    "92051, Neuilly-sur-Seine",
    "92062, Puteaux",
    "92064, Saint-Cloud",
    "92073, Suresnes",
    "92075, Vanves",
    "93001, Aubervilliers",
    "93006, Bagnolet",
    "93045, Les Lilas",
    "93048, Montreuil",
    "93055, Pantin",
    "93061, Le Pré-Saint-Gervais",
    "93066, Saint-Denis",
    "93070, Saint-Ouen-sur-Seine",
    "94018, Charenton-le-Pont",
    "94033, Fontenay-sous-Bois",
    "94037, Gentilly",
    "94041, Ivry-sur-Seine",
    "94042, Joinville-le-Pont",
    "94043, Le Kremlin-Bicêtre",
    "94052, Nogent-sur-Marne",
    "94067, Saint-Mandé",
    "94069, Saint-Maurice",
    "94080, Vincennes"
  })
  void chaque_commune_limitrophe_est_en_zone_paris_et_communes_limitrophes(
      String code, String nom) {
    // GIVEN
    CodeInsee commune = new CodeInsee(code);
    // WHEN
    Optional<ZonePlafonds> zone = zonage.zone(commune);
    // THEN
    assertThat(zone).contains(ZonePlafonds.PARIS_ET_COMMUNES_LIMITROPHES);
    assertThat(zonage.explication(commune)).startsWith(nom + " (" + code + "), commune limitrophe");
  }

  @Test
  void la_liste_livree_compte_vingt_neuf_communes_limitrophes() {
    assertThat(zonage.communesLimitrophes()).hasSize(29);
  }

  static Stream<String> codesDeParis() {
    return Stream.concat(
        Stream.of("75056"),
        Stream.iterate(75101, c -> c <= 75120, c -> c + 1).map(String::valueOf));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codesDeParis")
  void paris_et_ses_arrondissements_sont_en_zone_paris_et_communes_limitrophes(String code) {
    // GIVEN
    CodeInsee commune = new CodeInsee(code);
    // WHEN
    Optional<ZonePlafonds> zone = zonage.zone(commune);
    // THEN
    assertThat(zone).contains(ZonePlafonds.PARIS_ET_COMMUNES_LIMITROPHES);
    assertThat(ZonagePlafonds.codesParis()).contains(commune);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "92002, ILE_DE_FRANCE_HORS_PARIS_ET_COMMUNES_LIMITROPHES", // Antony: 92 but not bordering
    "93059, ILE_DE_FRANCE_HORS_PARIS_ET_COMMUNES_LIMITROPHES", // Pierrefitte's former code
    "77284, ILE_DE_FRANCE_HORS_PARIS_ET_COMMUNES_LIMITROPHES", // Meaux
    "95585, ILE_DE_FRANCE_HORS_PARIS_ET_COMMUNES_LIMITROPHES", // Sarcelles
    "59350, AUTRES_REGIONS", // Lille
    "2A004, AUTRES_REGIONS", // Ajaccio
    "2B033, AUTRES_REGIONS", // Bastia
    "69123, AUTRES_REGIONS" // Lyon
  })
  void les_autres_communes_de_metropole_selon_leur_region(String code, ZonePlafonds attendue) {
    // GIVEN
    CodeInsee commune = new CodeInsee(code);
    // WHEN
    Optional<ZonePlafonds> zone = zonage.zone(commune);
    // THEN
    assertThat(zone).contains(attendue);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"97105", "97209", "97302", "97411", "97611"})
  void l_outre_mer_n_est_pas_couvert_et_le_dit(String code) {
    // GIVEN
    CodeInsee commune = new CodeInsee(code);
    // WHEN
    Optional<ZonePlafonds> zone = zonage.zone(commune);
    // THEN
    assertThat(zone).isEmpty();
    assertThat(zonage.couvre(commune)).isFalse();
    assertThat(zonage.explication(commune)).contains("outre-mer").contains("arrêtés distincts");
  }

  @Test
  void l_application_peut_fournir_sa_propre_liste_de_communes_limitrophes() {
    // GIVEN a list that also counts Pierrefitte's former code as bordering
    ZonagePlafonds local =
        ZonagePlafonds.de(
            Map.of(new CodeInsee("93066"), "Saint-Denis", new CodeInsee("93059"), "Pierrefitte"),
            "Décision locale d'essai",
            LocalDate.of(2025, 1, 1),
            Optional.empty());
    // WHEN
    Optional<ZonePlafonds> zone = local.zone(new CodeInsee("93059"));
    // THEN
    assertThat(zone).contains(ZonePlafonds.PARIS_ET_COMMUNES_LIMITROPHES);
    assertThat(local.zone(new CodeInsee("92012")))
        .contains(ZonePlafonds.ILE_DE_FRANCE_HORS_PARIS_ET_COMMUNES_LIMITROPHES);
  }

  @Test
  void une_commune_limitrophe_hors_ile_de_france_est_refusee() {
    assertThatThrownBy(
            () ->
                ZonagePlafonds.de(
                    Map.of(new CodeInsee("59350"), "Lille"),
                    "essai",
                    LocalDate.of(2025, 1, 1),
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("59350");
  }

  @Test
  void le_zonage_est_date() {
    // GIVEN
    ZonagePlafonds borne =
        zonage.avecValidite(LocalDate.of(2024, 1, 1), Optional.of(LocalDate.of(2024, 12, 31)));
    // THEN
    assertThat(zonage.estValableLe(LocalDate.of(2030, 6, 1))).isTrue();
    assertThat(zonage.estValableLe(LocalDate.of(2023, 12, 31))).isFalse();
    assertThat(borne.estValableLe(LocalDate.of(2024, 12, 31))).isTrue();
    assertThat(borne.estValableLe(LocalDate.of(2025, 1, 1))).isFalse();
    assertThat(zonage.source()).contains("Pierrefitte");
  }

  @Test
  void les_codes_de_zone_se_relisent() {
    for (ZonePlafonds zone : ZonePlafonds.values()) {
      assertThat(ZonePlafonds.parCode(zone.code())).isEqualTo(zone);
    }
    assertThatThrownBy(() -> ZonePlafonds.parCode("A_BIS"))
        .hasMessageContaining("A_BIS")
        .hasMessageContaining("PARIS_LIMITROPHES");
  }
}
