package org.sne4j.eligibilite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sne4j.commun.Montant;
import org.sne4j.logement.Financement;

@DisplayName("Paramètre local — USH Repères n°47 : taux d'effort")
class TauxEffortTest {

  private static final LocalDate DATE = LocalDate.of(2025, 6, 15);
  private final TauxEffort defaut = TauxEffort.parDefaut();

  @Test
  void un_taux_egal_au_seuil_est_accepte() {
    // GIVEN 250 € + 80 € for 1 000 € of resources: 33 %
    // WHEN
    VerificationTauxEffort verification =
        defaut.verifier(Montant.euros(250), Montant.euros(80), Optional.empty(), Montant.euros(1000), DATE);
    // THEN
    assertThat(verification.conforme()).isTrue();
    assertThat(verification.taux()).contains(new BigDecimal("33.00"));
    assertThat(Textes.normaliser(verification.explication()))
        .isEqualTo(
            "Taux d'effort de 33 % (loyer 250 € + charges 80 € = 330 € pour 1 000 € de ressources"
                + " mensuelles) : inférieur ou égal au seuil de 33 % fixé localement.");
  }

  @Test
  void un_centime_de_plus_depasse_le_seuil() {
    // GIVEN 330.01 € for 1 000 €
    // WHEN
    VerificationTauxEffort verification =
        defaut.verifier(Montant.centimes(25001), Montant.euros(80), Optional.empty(), Montant.euros(1000), DATE);
    // THEN
    assertThat(verification.conforme()).isFalse();
    assertThat(Textes.normaliser(verification.explication()))
        .startsWith("Taux d'effort de 33,01 %")
        .endsWith("supérieur au seuil de 33 % fixé localement.");
  }

  @Test
  void l_aide_au_logement_estimee_diminue_la_depense() {
    // GIVEN 450 € + 80 € − 200 € = 330 € for 1 000 €
    // WHEN
    VerificationTauxEffort verification =
        defaut.verifier(Montant.euros(450), Montant.euros(80), Optional.of(Montant.euros(200)), Montant.euros(1000), DATE);
    // THEN
    assertThat(verification.conforme()).isTrue();
    assertThat(verification.depenseNette()).isEqualTo(Montant.euros(330));
    assertThat(Textes.normaliser(verification.explication())).contains("− aide au logement estimée 200 € = 330 €");
  }

  @Test
  void le_seuil_local_remplace_le_seuil_par_defaut() {
    // GIVEN a 30 % threshold
    TauxEffort trenteParCent =
        new TauxEffort(BigDecimal.valueOf(30), "Charte d'attribution d'essai", LocalDate.of(2025, 1, 1), Optional.empty());
    // WHEN
    VerificationTauxEffort verification =
        trenteParCent.verifier(Montant.euros(250), Montant.euros(80), Optional.empty(), Montant.euros(1000), DATE);
    // THEN
    assertThat(verification.conforme()).isFalse();
    assertThat(verification.parametre().source()).isEqualTo("Charte d'attribution d'essai");
    assertThat(Textes.normaliser(verification.explication())).endsWith("supérieur au seuil de 30 % fixé localement.");
  }

  @Test
  void le_taux_affiche_est_arrondi_vers_le_haut_pour_ne_jamais_contredire_le_resultat() {
    // GIVEN 100 € for 300 €: 33.333… %
    TauxEffort seuil3333 =
        new TauxEffort(new BigDecimal("33.33"), "essai", LocalDate.of(2025, 1, 1), Optional.empty());
    TauxEffort seuil3334 =
        new TauxEffort(new BigDecimal("33.34"), "essai", LocalDate.of(2025, 1, 1), Optional.empty());
    // WHEN
    VerificationTauxEffort audessus =
        seuil3333.verifier(Montant.euros(100), Montant.ZERO, Optional.empty(), Montant.euros(300), DATE);
    VerificationTauxEffort endessous =
        seuil3334.verifier(Montant.euros(100), Montant.ZERO, Optional.empty(), Montant.euros(300), DATE);
    // THEN
    assertThat(audessus.conforme()).isFalse();
    assertThat(endessous.conforme()).isTrue();
    assertThat(audessus.taux()).contains(new BigDecimal("33.34"));
  }

  @Test
  void sans_ressources_le_taux_n_est_pas_calculable() {
    VerificationTauxEffort verification =
        defaut.verifier(Montant.euros(300), Montant.euros(50), Optional.empty(), Montant.ZERO, DATE);
    assertThat(verification.conforme()).isFalse();
    assertThat(verification.taux()).isEmpty();
    assertThat(verification.explication()).startsWith("Taux d'effort non calculable");

    VerificationTauxEffort couvert =
        defaut.verifier(Montant.euros(300), Montant.euros(50), Optional.of(Montant.euros(350)), Montant.ZERO, DATE);
    assertThat(couvert.conforme()).isTrue();
  }

  @Test
  @DisplayName("Paramètre local (USH Repères n°47) : le taux d'effort se calcule des ressources du ménage et du loyer du logement")
  void le_menage_et_le_logement_fournissent_les_montants() {
    // GIVEN one person earning 1 800 € a month, a dwelling at 450 € + 80 €
    var menage = Menages.personneSeuleAvecRfr2023(20000);
    var logement = Logements.unLogement("59350", Financement.PLUS, 2).build();
    // WHEN
    VerificationTauxEffort verification = defaut.verifier(menage, logement, Optional.empty(), DATE);
    // THEN 530 / 1 800 = 29.44… %
    assertThat(verification.ressourcesMensuelles()).isEqualTo(Montant.euros(1800));
    assertThat(verification.taux()).contains(new BigDecimal("29.45"));
    assertThat(verification.conforme()).isTrue();
    assertThat(verification.regle()).isEqualTo(RegleEligibilite.TAUX_EFFORT);
  }

  @Test
  void les_parametres_invalides_ou_hors_periode_sont_refuses() {
    assertThatThrownBy(() -> new TauxEffort(BigDecimal.ZERO, "s", DATE, Optional.empty()))
        .hasMessageContaining("above 0");
    assertThatThrownBy(() -> new TauxEffort(new BigDecimal("33.333"), "s", DATE, Optional.empty()))
        .hasMessageContaining("two decimals");
    assertThatThrownBy(() -> new TauxEffort(BigDecimal.TEN, " ", DATE, Optional.empty()))
        .hasMessageContaining("source");
    assertThatThrownBy(
            () -> defaut.verifier(Montant.euros(1), Montant.ZERO, Optional.empty(), Montant.euros(10), LocalDate.of(2023, 12, 31)))
        .hasMessage("Effort-rate threshold is valid from 2024-01-01, not on 2023-12-31");
  }
}
