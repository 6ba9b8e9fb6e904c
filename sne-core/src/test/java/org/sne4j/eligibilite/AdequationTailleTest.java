package org.sne4j.eligibilite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sne4j.eligibilite.AdequationTaille.PlagePieces;
import org.sne4j.logement.Financement;

@DisplayName("Paramètre local — USH Repères n°47 ; CCH L621-2 : adéquation de la taille du logement")
class AdequationTailleTest {

  private static final LocalDate DATE = LocalDate.of(2025, 6, 15);
  private final AdequationTaille defaut = AdequationTaille.parDefaut();

  @ParameterizedTest(name = "{0} personne(s), {1} pièce(s) → {2}")
  @CsvSource({
    "1, 1, true",
    "1, 2, true",
    "1, 3, false",
    "2, 1, true",
    "2, 3, true",
    "2, 4, false",
    "3, 1, false",
    "3, 2, true",
    "3, 4, true",
    "4, 2, false",
    "4, 3, true",
    "4, 5, true",
    "4, 6, false",
    "9, 10, true",
    "9, 11, false",
    "11, 9, false",
    "11, 10, true",
    "11, 12, true",
    "11, 13, false"
  })
  @DisplayName("Paramètre local (USH Repères n°47) : par défaut, de personnes − 1 à personnes + 1 pièces")
  void par_defaut_de_personnes_moins_une_a_personnes_plus_une_pieces(
      int personnes, int pieces, boolean attendu) {
    // GIVEN the default grid
    // WHEN
    VerificationAdequation verification = defaut.verifier(personnes, pieces, DATE);
    // THEN
    assertThat(verification.conforme()).isEqualTo(attendu);
    assertThat(verification.regle()).isEqualTo(RegleEligibilite.ADEQUATION_TAILLE);
  }

  @Test
  void l_explication_dit_la_plage_admise_et_le_sens_de_l_ecart() {
    assertThat(defaut.verifier(2, 3, DATE).explication())
        .isEqualTo("Logement de 3 pièces adapté à un ménage de 2 personnes : la grille locale admet de 1 à 3 pièces.");
    assertThat(defaut.verifier(1, 3, DATE).explication())
        .isEqualTo("Logement de 3 pièces non adapté à un ménage de 1 personne : la grille locale admet de 1 à 2 pièces (sous-occupation).");
    assertThat(defaut.verifier(4, 2, DATE).explication()).endsWith("de 3 à 5 pièces (sur-occupation).");
  }

  @Test
  void la_grille_locale_remplace_la_grille_par_defaut() {
    // GIVEN a stricter local grid: T1 for 1, T2 for 2, T2–T3 for 3, T3–T4 for 4
    AdequationTaille locale =
        new AdequationTaille(
            List.of(new PlagePieces(1, 1), new PlagePieces(2, 2), new PlagePieces(2, 3), new PlagePieces(3, 4)),
            "Convention intercommunale d'attribution d'essai",
            LocalDate.of(2025, 1, 1),
            Optional.of(LocalDate.of(2027, 12, 31)));
    // WHEN / THEN
    assertThat(locale.verifier(1, 2, DATE).conforme()).isFalse();
    assertThat(locale.verifier(2, 2, DATE).explication()).contains("admet 2 pièces.");
    assertThat(locale.verifier(6, 5, DATE).conforme()).as("beyond the grid, shifted by a room per person").isTrue();
    assertThat(locale.plagePour(6)).isEqualTo(new PlagePieces(5, 6));
  }

  @Test
  void le_menage_et_le_logement_fournissent_personnes_et_pieces() {
    // GIVEN a single parent with two children (3 persons) and a T2
    var menage = Menages.parentIsoleAvec(2, 2023, 20000, 1500);
    var t2 = Logements.unLogement("59350", Financement.PLUS, 2).build();
    // WHEN
    VerificationAdequation verification = defaut.verifier(menage, t2, DATE);
    // THEN
    assertThat(verification.personnes()).isEqualTo(3);
    assertThat(verification.pieces()).isEqualTo(2);
    assertThat(verification.conforme()).isTrue();
  }

  @Test
  void une_grille_hors_de_sa_periode_ne_s_applique_pas() {
    AdequationTaille ancienne =
        new AdequationTaille(defaut.plages(), "ancienne", LocalDate.of(2020, 1, 1), Optional.of(LocalDate.of(2024, 12, 31)));
    assertThatThrownBy(() -> ancienne.verifier(1, 1, DATE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Adequacy grid is valid from 2020-01-01 to 2024-12-31, not on 2025-06-15");
    assertThat(ancienne.estValableLe(LocalDate.of(2024, 12, 31))).isTrue();
  }

  @Test
  void une_grille_qui_se_resserre_quand_le_menage_grandit_est_refusee() {
    assertThatThrownBy(
            () ->
                new AdequationTaille(
                    List.of(new PlagePieces(1, 3), new PlagePieces(1, 2)), "essai", DATE, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not shrink");
    assertThatThrownBy(() -> new PlagePieces(3, 2)).hasMessageContaining("inverted");
    assertThatThrownBy(() -> new AdequationTaille(List.of(), "essai", DATE, Optional.empty()))
        .hasMessageContaining("one person");
  }
}
