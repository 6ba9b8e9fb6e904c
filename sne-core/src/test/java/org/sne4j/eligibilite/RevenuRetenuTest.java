package org.sne4j.eligibilite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sne4j.commun.Montant;

@DisplayName("Arrêté du 29 juillet 1987 art. 4 : ressources comparées au plafond")
class RevenuRetenuTest {

  private static final Montant N2 = Montant.euros(24000);

  @Test
  @DisplayName("Arrêté du 29 juillet 1987 art. 4 : le revenu fiscal de référence N-2 est retenu par défaut")
  void le_revenu_fiscal_de_reference_n_moins_2_est_retenu_par_defaut() {
    // GIVEN a lease signed in 2025 and the household's 2023 RFR
    // WHEN
    RevenuRetenu revenu = RevenuRetenu.determiner(2025, N2, RevenusInvoques.AUCUN);
    // THEN
    assertThat(revenu.base()).isEqualTo(RevenuRetenu.Base.REVENU_FISCAL_N_MOINS_2);
    assertThat(revenu.montant()).isEqualTo(N2);
    assertThat(revenu.anneeDesRevenus()).isEqualTo(OptionalInt.of(2023));
    assertThat(revenu.regle()).isEqualTo(RegleEligibilite.REVENU_N_MOINS_2);
    assertThat(Textes.normaliser(revenu.explication()))
        .isEqualTo(
            "Ressources retenues : revenu fiscal de référence 2023 du ménage (année N-2 pour 2025),"
                + " 24 000 €.");
  }

  @Test
  @DisplayName("Arrêté du 29 juillet 1987 art. 4 : les revenus N-1 sont retenus s'ils sont inférieurs d'au moins 10 %")
  void les_revenus_n_moins_1_sont_retenus_s_ils_sont_inferieurs_d_au_moins_10_pour_cent() {
    // GIVEN 2024 income exactly 10 % lower than the 2023 RFR
    RevenusInvoques invoques = RevenusInvoques.anneeN1(Montant.euros(21600));
    // WHEN
    RevenuRetenu revenu = RevenuRetenu.determiner(2025, N2, invoques);
    // THEN
    assertThat(revenu.base()).isEqualTo(RevenuRetenu.Base.REVENUS_N_MOINS_1);
    assertThat(revenu.montant()).isEqualTo(Montant.euros(21600));
    assertThat(revenu.anneeDesRevenus()).isEqualTo(OptionalInt.of(2024));
    assertThat(revenu.regle()).isEqualTo(RegleEligibilite.REVENU_RECENT);
    assertThat(Textes.normaliser(revenu.explication()))
        .isEqualTo(
            "Ressources retenues : revenus 2024 (année N-1), 21 600 €, à la demande du ménage :"
                + " inférieurs de 10 %, soit d'au moins 10 %, au revenu fiscal de référence 2023"
                + " (24 000 €).");
  }

  @Test
  void des_revenus_n_moins_1_inferieurs_de_9_virgule_9_pour_cent_ne_sont_pas_retenus() {
    // GIVEN 2024 income 9.9 % lower (24 000 × 0.901 = 21 624)
    RevenusInvoques invoques = RevenusInvoques.anneeN1(Montant.euros(21624));
    // WHEN
    RevenuRetenu revenu = RevenuRetenu.determiner(2025, N2, invoques);
    // THEN
    assertThat(revenu.base()).isEqualTo(RevenuRetenu.Base.REVENU_FISCAL_N_MOINS_2);
    assertThat(revenu.montant()).isEqualTo(N2);
    assertThat(Textes.normaliser(revenu.explication()))
        .endsWith(
            "Revenus 2024 invoqués (21 624 €) non retenus : inférieurs de 9,9 % seulement au"
                + " revenu fiscal de référence N-2 (24 000 €), moins de 10 %.");
  }

  @Test
  void un_centime_au_dessus_de_90_pour_cent_ne_suffit_pas() {
    assertThat(RevenuRetenu.auMoinsDixPourCentInferieur(Montant.centimes(2_160_000), N2)).isTrue();
    assertThat(RevenuRetenu.auMoinsDixPourCentInferieur(Montant.centimes(2_160_001), N2)).isFalse();
  }

  @Test
  void les_revenus_des_douze_derniers_mois_suivent_la_meme_regle() {
    // GIVEN
    RevenusInvoques invoques = RevenusInvoques.douzeDerniersMois(Montant.euros(18000));
    // WHEN
    RevenuRetenu revenu = RevenuRetenu.determiner(2025, N2, invoques);
    // THEN
    assertThat(revenu.base()).isEqualTo(RevenuRetenu.Base.DOUZE_DERNIERS_MOIS);
    assertThat(revenu.anneeDesRevenus()).isEmpty();
    assertThat(Textes.normaliser(revenu.libelle())).isEqualTo("revenus des douze derniers mois, 18 000 €");
  }

  @Test
  void si_les_deux_revenus_recents_sont_assez_bas_le_plus_bas_est_retenu() {
    // GIVEN
    RevenusInvoques invoques =
        RevenusInvoques.anneeN1(Montant.euros(21000)).avecDouzeDerniersMois(Montant.euros(19000));
    // WHEN
    RevenuRetenu revenu = RevenuRetenu.determiner(2025, N2, invoques);
    // THEN
    assertThat(revenu.montant()).isEqualTo(Montant.euros(19000));
    assertThat(Textes.normaliser(revenu.explication()))
        .contains("Revenus 2024 invoqués (21 000 €) non retenus : les revenus des douze derniers mois sont plus bas");
  }

  @Test
  void a_montants_egaux_les_revenus_n_moins_1_restent_retenus() {
    RevenuRetenu revenu =
        RevenuRetenu.determiner(
            2025, N2, RevenusInvoques.anneeN1(Montant.euros(20000)).avecDouzeDerniersMois(Montant.euros(20000)));
    assertThat(revenu.base()).isEqualTo(RevenuRetenu.Base.REVENUS_N_MOINS_1);
    assertThat(Textes.normaliser(revenu.explication()))
        .endsWith("Revenus des douze derniers mois invoqués (20 000 €) non retenus : les revenus 2024 retenus ne sont pas plus élevés.");
  }

  @Test
  void des_revenus_recents_plus_eleves_ne_sont_pas_retenus() {
    RevenuRetenu revenu =
        RevenuRetenu.determiner(2025, N2, RevenusInvoques.anneeN1(Montant.euros(30000)));
    assertThat(revenu.montant()).isEqualTo(N2);
    assertThat(revenu.explication()).contains("ne sont pas inférieurs");
  }
}
