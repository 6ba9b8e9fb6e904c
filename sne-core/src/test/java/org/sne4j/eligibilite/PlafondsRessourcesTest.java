package org.sne4j.eligibilite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sne4j.commun.Montant;
import org.sne4j.logement.PlafondsApplicables;
import org.sne4j.menage.CategorieMenage;
import org.sne4j.territoire.ZonePlafonds;

class PlafondsRessourcesTest {

  private static final PlafondsRessources DEFAUT = PlafondsRessources.parDefaut();

  private static CategorieMenage categorie(int numero) {
    return new CategorieMenage(numero, 0, "ménage d'essai");
  }

  private static CategorieMenage categorie6Plus(int supplementaires) {
    return new CategorieMenage(6, supplementaires, (6 + supplementaires) + " personnes");
  }

  private static Montant euros(String publie) {
    return Montant.euros(Long.parseLong(publie.replace(" ", "")));
  }

  static PlafondApplique disponible(ReponsePlafond reponse) {
    assertThat(reponse).isInstanceOf(ReponsePlafond.Disponible.class);
    return ((ReponsePlafond.Disponible) reponse).plafond();
  }

  static ReponsePlafond.NonDisponible nonDisponible(ReponsePlafond reponse) {
    assertThat(reponse).isInstanceOf(ReponsePlafond.NonDisponible.class);
    return (ReponsePlafond.NonDisponible) reponse;
  }

  private static PlafondApplique plafond(
      PlafondsRessources plafonds, PlafondsApplicables regime, int annee, ZonePlafonds zone, CategorieMenage c) {
    return disponible(plafonds.plafond(regime, annee, zone, c));
  }

  /**
   * Every cell of docs/reglementation.md §9.3 (PLUS 2024–2026) and §9.4 (PLAI 2024), typed here as published,
   * independently of the bundled resource file.
   */
  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource({
    "PLUS, 2024, PARIS_ET_COMMUNES_LIMITROPHES, 26 044, 38 925, 51 025, 60 921, 72 482, 81 562, 9 089",
    "PLUS, 2024, ILE_DE_FRANCE_HORS_PARIS_ET_COMMUNES_LIMITROPHES, 26 044, 38 925, 46 789, 56 046, 66 347, 74 662, 8 319",
    "PLUS, 2024, AUTRES_REGIONS, 22 642, 30 238, 36 362, 43 899, 51 641, 58 200, 6 492",
    "PLUS, 2025, PARIS_ET_COMMUNES_LIMITROPHES, 26 687, 39 885, 52 284, 62 424, 74 271, 83 575, 9 313",
    "PLUS, 2025, ILE_DE_FRANCE_HORS_PARIS_ET_COMMUNES_LIMITROPHES, 26 687, 39 885, 47 944, 57 429, 67 984, 76 504, 8 524",
    "PLUS, 2025, AUTRES_REGIONS, 23 201, 30 984, 37 259, 44 982, 52 915, 59 636, 6 652",
    "PLUS, 2026, PARIS_ET_COMMUNES_LIMITROPHES, 26 920, 40 233, 52 740, 62 968, 74 919, 84 304, 9 394",
    "PLUS, 2026, ILE_DE_FRANCE_HORS_PARIS_ET_COMMUNES_LIMITROPHES, 26 920, 40 233, 48 362, 57 930, 68 577, 77 171, 8 598",
    "PLUS, 2026, AUTRES_REGIONS, 23 403, 31 254, 37 584, 45 374, 53 376, 60 156, 6 710",
    "PLAI, 2024, PARIS_ET_COMMUNES_LIMITROPHES, 14 329, 23 355, 30 614, 33 511, 39 863, 44 861, 4 998",
    "PLAI, 2024, ILE_DE_FRANCE_HORS_PARIS_ET_COMMUNES_LIMITROPHES, 14 329, 23 355, 28 074, 30 824, 36 493, 41 064, 4 573",
    "PLAI, 2024, AUTRES_REGIONS, 12 452, 18 143, 21 818, 24 276, 28 404, 32 010, 3 569"
  })
  @DisplayName("Arrêté du 29 juillet 1987 annexes I et II : chaque plafond livré est celui publié")
  void chaque_plafond_livre_est_celui_publie(
      PlafondsApplicables regime,
      int annee,
      ZonePlafonds zone,
      String c1,
      String c2,
      String c3,
      String c4,
      String c5,
      String c6,
      String parPersonne) {
    // GIVEN the published line
    List<String> publies = List.of(c1, c2, c3, c4, c5, c6);

    for (int numero = 1; numero <= 6; numero++) {
      // WHEN
      PlafondApplique plafond = plafond(DEFAUT, regime, annee, zone, categorie(numero));
      // THEN
      assertThat(plafond.montant()).as("catégorie %s", numero).isEqualTo(euros(publies.get(numero - 1)));
      assertThat(plafond.source()).contains("arrêté du 29 juillet 1987");
      assertThat(plafond.table().valableDu()).isEqualTo(LocalDate.of(annee, 1, 1));
      assertThat(plafond.table().valableAu()).isEqualTo(LocalDate.of(annee, 12, 31));
    }
    Montant septPersonnes = plafond(DEFAUT, regime, annee, zone, categorie6Plus(1)).montant();
    assertThat(septPersonnes.moins(euros(c6))).as("par personne supplémentaire").isEqualTo(euros(parPersonne));
  }

  @Test
  void les_tables_livrees_sont_plus_2024_a_2026_et_plai_2024() {
    assertThat(DEFAUT.tables()).hasSize(12);
    assertThat(DEFAUT.annees(BaremePlafonds.PLUS)).containsExactly(2024, 2025, 2026);
    assertThat(DEFAUT.annees(BaremePlafonds.PLAI)).containsExactly(2024);
  }

  @Nested
  @DisplayName("Arrêté du 29 juillet 1987 art. 1 : plafonds PLS = PLUS majorés de 30 %")
  class Pls {

    @ParameterizedTest(name = "{0} {1} catégorie {2} → {3}")
    @CsvSource({
      "2024, PARIS_ET_COMMUNES_LIMITROPHES, 1, 33 857",
      "2025, PARIS_ET_COMMUNES_LIMITROPHES, 1, 34 693",
      "2025, AUTRES_REGIONS, 1, 30 161"
    })
    void le_plafond_pls_est_le_plafond_plus_majore_de_30_pour_cent_arrondi_a_l_euro(
        int annee, ZonePlafonds zone, int numero, String attendu) {
      // GIVEN the bundled PLUS tables
      // WHEN
      PlafondApplique pls =
          plafond(DEFAUT, PlafondsApplicables.PLS, annee, zone, categorie(numero));
      // THEN
      assertThat(pls.montant()).isEqualTo(euros(attendu));
      assertThat(pls.table().bareme()).isEqualTo(BaremePlafonds.PLUS);
      assertThat(pls.explication()).contains("PLS").contains("majoré de 30 %");
    }

    private final PlafondsRessources tableAvec35135 =
        PlafondsRessources.vide()
            .avec(
                TablePlafonds.enEuros(
                    BaremePlafonds.PLUS,
                    2023,
                    ZonePlafonds.AUTRES_REGIONS,
                    List.of(21878L, 29217L, 35135L, 42417L, 49898L, 56000L),
                    6000L,
                    "Table d'essai : catégories 1 à 5 publiées pour 2023 (logementsocial69.fr),"
                        + " catégorie 6 et personne supplémentaire fictives"));

    @Test
    void une_demi_unite_s_arrondit_a_l_euro_superieur() {
      // GIVEN 35 135 € × 1,30 = 45 675,50 €
      // WHEN
      PlafondApplique pls =
          plafond(tableAvec35135, PlafondsApplicables.PLS, 2023, ZonePlafonds.AUTRES_REGIONS, categorie(3));
      // THEN
      assertThat(pls.montant()).isEqualTo(Montant.euros(45676));
      assertThat(Textes.normaliser(pls.calcul()))
          .isEqualTo("35 135 € × 1,30 = 45 675,5 €, arrondi à l'euro le plus proche");
    }

    @Test
    void la_regle_d_arrondi_du_pls_se_change() {
      // GIVEN
      PlafondsRessources arrondiInferieur = tableAvec35135.avecArrondiPls(RoundingMode.HALF_DOWN);
      // WHEN
      PlafondApplique pls =
          plafond(arrondiInferieur, PlafondsApplicables.PLS, 2023, ZonePlafonds.AUTRES_REGIONS, categorie(3));
      // THEN
      assertThat(pls.montant()).isEqualTo(Montant.euros(45675));
      assertThat(pls.calcul()).contains("HALF_DOWN");
      assertThat(tableAvec35135.arrondiPls()).isEqualTo(RoundingMode.HALF_UP);
    }

    @Test
    void au_dela_de_six_personnes_chaque_montant_plus_est_majore_puis_additionne() {
      // GIVEN 81 562 × 1,3 = 106 030,6 → 106 031 ; 9 089 × 1,3 = 11 815,7 → 11 816
      // WHEN
      PlafondApplique pls =
          plafond(DEFAUT, PlafondsApplicables.PLS, 2024, ZonePlafonds.PARIS_ET_COMMUNES_LIMITROPHES, categorie6Plus(2));
      // THEN
      assertThat(pls.montant()).isEqualTo(Montant.euros(106031 + 2 * 11816));
      assertThat(Textes.normaliser(pls.calcul())).startsWith("106 031 € + 2 × 11 816 €");
    }
  }

  @Test
  @DisplayName("Arrêté du 29 juillet 1987 art. 2 et annexes : catégorie 6 + n personnes")
  void au_dela_de_la_categorie_6_chaque_personne_ajoute_le_montant_par_personne() {
    // GIVEN a household of eight persons: category 6 + 2
    CategorieMenage huitPersonnes = categorie6Plus(2);
    // WHEN
    PlafondApplique plafond =
        plafond(DEFAUT, PlafondsApplicables.PLUS, 2024, ZonePlafonds.PARIS_ET_COMMUNES_LIMITROPHES, huitPersonnes);
    // THEN 81 562 + 2 × 9 089
    assertThat(plafond.montant()).isEqualTo(Montant.euros(99740));
    assertThat(Textes.normaliser(plafond.explication()))
        .isEqualTo(
            "Plafond PLUS 2024, zone « Paris et communes limitrophes », catégorie 6 + 2 personnes"
                + " supplémentaires (8 personnes) : 99 740 € (81 562 € + 2 × 9 089 €).");
  }

  @Nested
  class NonDisponible {

    @Test
    void plai_2025_n_est_pas_disponible_et_le_message_dit_ce_qui_manque() {
      // GIVEN the bundled tables (PLAI 2025 not published in a readable form)
      // WHEN
      ReponsePlafond reponse =
          DEFAUT.plafond(PlafondsApplicables.PLAI, 2025, ZonePlafonds.AUTRES_REGIONS, categorie(1));
      // THEN
      ReponsePlafond.NonDisponible non = nonDisponible(reponse);
      assertThat(non.estDisponible()).isFalse();
      assertThat(non.manque()).isEqualTo("plafonds PLAI 2025, zone « Autres régions »");
      assertThat(non.message())
          .contains("PLAI 2025")
          .contains("annexe II")
          .contains("n'a pas été chargé")
          .contains("disponibles : 2024");
    }

    @Test
    void un_plafond_pls_d_une_annee_absente_dit_qu_il_derive_du_plus() {
      ReponsePlafond reponse =
          DEFAUT.plafond(PlafondsApplicables.PLS, 2027, ZonePlafonds.AUTRES_REGIONS, categorie(1));
      assertThat(nonDisponible(reponse).message()).contains("PLUS 2027").contains("PLS en sont dérivés");
    }

    @Test
    void les_plafonds_pli_ne_sont_pas_fournis() {
      ReponsePlafond reponse =
          DEFAUT.plafond(PlafondsApplicables.PLI, 2025, ZonePlafonds.AUTRES_REGIONS, categorie(1));
      assertThat(nonDisponible(reponse).message()).contains("PLI").contains("ne sont pas fournis");
    }

    @Test
    void demander_un_plafond_sans_plafond_est_une_erreur_d_appel() {
      assertThatThrownBy(
              () ->
                  DEFAUT.plafond(
                      PlafondsApplicables.AUCUN, 2025, ZonePlafonds.AUTRES_REGIONS, categorie(1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("AUCUN");
    }
  }

  @Nested
  @DisplayName("Chargement de barèmes par l'application")
  class Chargement {

    private static final String ENTETE =
        "bareme;annee;zone;categorie_1;categorie_2;categorie_3;categorie_4;categorie_5;categorie_6;"
            + "personne_supplementaire;valable_du;valable_au;source\n";

    @Test
    void une_annee_nouvelle_se_charge_depuis_un_texte() {
      // GIVEN a PLAI 2025 table supplied by the application (test values)
      String texte =
          "# barème fourni par l'application\n"
              + ENTETE
              + "PLAI;2025;AUTRES_REGIONS;12759;18600;22400;24900;29100;32800;3650;2025-01-01;2025-12-31;"
              + "Table d'essai ; valeurs fictives sauf la catégorie 1\n";
      // WHEN
      PlafondsRessources plafonds = DEFAUT.charger(texte);
      // THEN
      PlafondApplique plai =
          plafond(plafonds, PlafondsApplicables.PLAI, 2025, ZonePlafonds.AUTRES_REGIONS, categorie(1));
      assertThat(plai.montant()).isEqualTo(Montant.euros(12759));
      assertThat(plai.source()).isEqualTo("Table d'essai ; valeurs fictives sauf la catégorie 1");
      assertThat(plafonds.annees(BaremePlafonds.PLAI)).containsExactly(2024, 2025);
      assertThat(DEFAUT.annees(BaremePlafonds.PLAI)).as("unchanged").containsExactly(2024);
      assertThat(
              plafonds.plafond(
                  PlafondsApplicables.PLAI, 2025, ZonePlafonds.PARIS_ET_COMMUNES_LIMITROPHES, categorie(1)))
          .as("other zones of 2025 still missing")
          .isInstanceOf(ReponsePlafond.NonDisponible.class);
    }

    @Test
    void une_table_chargee_remplace_celle_de_meme_cle() {
      // GIVEN a corrected PLUS 2024 line for Paris (test values)
      String texte =
          ENTETE
              + "PLUS;2024;PARIS_LIMITROPHES;26045;38925;51025;60921;72482;81562;9089;2024-01-01;2024-12-31;Correction d'essai\n";
      // WHEN
      PlafondsRessources plafonds = DEFAUT.charger(texte);
      // THEN
      assertThat(plafond(plafonds, PlafondsApplicables.PLUS, 2024, ZonePlafonds.PARIS_ET_COMMUNES_LIMITROPHES, categorie(1)).montant())
          .isEqualTo(Montant.euros(26045));
      assertThat(plafonds.tables()).hasSize(12);
    }

    @Test
    void un_texte_invalide_est_refuse_avec_toutes_ses_erreurs_et_leurs_lignes() {
      // GIVEN
      String texte =
          ENTETE
              + "PLUS;2027;AUTRES_REGIONS;-23000;31000;37000;45000;53000;60000;6700;2027-01-01;2027-12-31;s\n"
              + "PLUS;2027;IDF_HORS_PARIS;27000;40000;39000;58000;68000;77000;8600;2027-01-01;2027-12-31;s\n"
              + "PLUS;2027;PARIS_LIMITROPHES;27000;40000;53000;63000;75000;85000;9400;2027-01-01;2027-12-31;s\n"
              + "PLUS;2027;PARIS_LIMITROPHES;27000;40000;53000;63000;75000;85000;9400;2027-01-01;2027-12-31;s\n"
              + "PLUS;2027;ZONE_A;27000;40000;53000;63000;75000;85000;9400;2027-01-01;2027-12-31;s\n"
              + "PLUS;2027;AUTRES_REGIONS;0;40000;53000;63000;75000;85000;9400;2027-01-01;2027-12-31;s\n"
              + "PLUS;2027;AUTRES_REGIONS;27000;40000;53000;63000;75000;85000;9400;2028-01-01;2028-12-31;s\n"
              + "PLUS;2027;AUTRES_REGIONS;27000;40000;53000;63000;75000;85000;9400;2027-01-01;2027-12-31;\n"
              + "PLUS;2027;AUTRES_REGIONS;27000;40000\n"
              + "PLS;2027;AUTRES_REGIONS;27000;40000;53000;63000;75000;85000;9400;2027-01-01;2027-12-31;s\n"
              + "PLUS;2027;AUTRES_REGIONS;27000;40000;53000;63000;75000;85000;9400;2027-13-01;2027-12-31;s\n";
      // WHEN / THEN
      assertThatThrownBy(() -> DEFAUT.charger(texte))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Invalid ceiling tables (10 errors)")
          .hasMessageContaining("line 2: amount of category 1 must be whole euros written with digits only: '-23000'")
          .hasMessageContaining("line 3: Ceilings must increase with the category: category 3 (39000.00 €)")
          .hasMessageContaining("line 5: duplicate table PLUS 2027 PARIS_LIMITROPHES (already on line 4)")
          .hasMessageContaining("line 6: Unknown ceiling zone 'ZONE_A'")
          .hasMessageContaining("line 7: Ceiling of category 1 must be a positive whole number of euros: 0.00 €")
          .hasMessageContaining("line 8: Ceilings of 2027 apply within 2027")
          .hasMessageContaining("line 9: A ceiling table needs its source")
          .hasMessageContaining("line 10: expected 13 fields")
          .hasMessageContaining("line 11: Unknown ceiling table 'PLS'")
          .hasMessageContaining("line 12: malformed date valable_du '2027-13-01'");
    }

    @Test
    void l_entete_est_exigee() {
      assertThatThrownBy(
              () -> DEFAUT.charger("PLUS;2027;AUTRES_REGIONS;1;2;3;4;5;6;1;2027-01-01;2027-12-31;s\n"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("line 1: expected the header line");
      assertThatThrownBy(() -> DEFAUT.charger("# rien\n"))
          .hasMessageContaining("no header line");
      assertThatThrownBy(() -> DEFAUT.charger(ENTETE)).hasMessageContaining("no table after the header");
    }

    @Test
    void deux_tables_de_meme_cle_ne_forment_pas_un_ensemble() {
      TablePlafonds table =
          TablePlafonds.enEuros(
              BaremePlafonds.PLAI, 2030, ZonePlafonds.AUTRES_REGIONS,
              List.of(1L, 2L, 3L, 4L, 5L, 6L), 1L, "essai");
      assertThatThrownBy(() -> PlafondsRessources.de(List.of(table, table)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Duplicate ceiling table: plafonds PLAI 2030");
    }

    @Test
    void les_erreurs_d_une_table_construite_en_code_sont_explicites() {
      assertThatThrownBy(
              () ->
                  TablePlafonds.enEuros(
                      BaremePlafonds.PLAI, 2030, ZonePlafonds.AUTRES_REGIONS,
                      List.of(1L, 2L, 3L, 4L, 5L), 1L, "essai"))
          .hasMessageContaining("one amount per category 1 to 6, not 5");
      assertThatThrownBy(
              () ->
                  TablePlafonds.enEuros(
                      BaremePlafonds.PLAI, 2030, ZonePlafonds.AUTRES_REGIONS,
                      List.of(1L, 2L, 3L, 4L, 5L, 6L), 0L, "essai"))
          .hasMessageContaining("additional person");
    }
  }
}
