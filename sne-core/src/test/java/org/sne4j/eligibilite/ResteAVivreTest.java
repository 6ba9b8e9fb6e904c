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

@DisplayName("Paramètre local — USH Repères n°47 : reste à vivre par unité de consommation")
class ResteAVivreTest {

  private static final LocalDate DATE = LocalDate.of(2025, 6, 15);
  private final ResteAVivre defaut = ResteAVivre.parDefaut();

  @Test
  void un_reste_a_vivre_egal_au_seuil_est_accepte() {
    // GIVEN 830 € − 450 € − 80 € = 300 € a month for 1 UC: 10 € a day over 30 days
    // WHEN
    VerificationResteAVivre verification =
        defaut.verifier(Montant.euros(830), Montant.euros(450), Montant.euros(80), Optional.empty(), BigDecimal.ONE, DATE);
    // THEN
    assertThat(verification.conforme()).isTrue();
    assertThat(verification.resteParUnite()).isEqualTo(Montant.euros(10));
    assertThat(Textes.normaliser(verification.explication()))
        .isEqualTo(
            "Reste à vivre de 10 € par jour et par unité de consommation (ressources 830 € − loyer"
                + " 450 € − charges 80 € = 300 € par mois, pour 1 UC sur 30 jours) : au moins égal"
                + " au seuil de 10 € fixé localement.");
  }

  @Test
  void un_centime_de_moins_est_sous_le_seuil_et_l_affiche() {
    // GIVEN 299.99 € a month for 1 UC
    // WHEN
    VerificationResteAVivre verification =
        defaut.verifier(Montant.centimes(82999), Montant.euros(450), Montant.euros(80), Optional.empty(), BigDecimal.ONE, DATE);
    // THEN
    assertThat(verification.conforme()).isFalse();
    assertThat(verification.resteParUnite()).isEqualTo(Montant.centimes(999));
    assertThat(Textes.normaliser(verification.explication()))
        .startsWith("Reste à vivre de 9,99 € par jour")
        .endsWith("inférieur au seuil de 10 € fixé localement.");
  }

  @Test
  void les_unites_de_consommation_et_l_aide_au_logement_comptent() {
    // GIVEN 1 000 € + 150 € − 600 € − 100 € = 450 € for 1.5 UC: 10 € a day
    // WHEN
    VerificationResteAVivre verification =
        defaut.verifier(
            Montant.euros(1000), Montant.euros(600), Montant.euros(100), Optional.of(Montant.euros(150)),
            new BigDecimal("1.5"), DATE);
    // THEN
    assertThat(verification.conforme()).isTrue();
    assertThat(verification.resteMensuel()).isEqualTo(Montant.euros(450));
    assertThat(Textes.normaliser(verification.explication()))
        .contains("+ aide au logement estimée 150 €")
        .contains("pour 1,5 UC sur 30 jours");
  }

  @Test
  void un_seuil_mensuel_local_remplace_le_seuil_par_defaut() {
    // GIVEN 400 € a month per UC
    ResteAVivre mensuel =
        new ResteAVivre(Montant.euros(400), ResteAVivre.Unite.PAR_MOIS, 30, "Accord collectif d'essai",
            LocalDate.of(2025, 1, 1), Optional.empty());
    // WHEN 830 − 530 = 300 € for 1 UC
    VerificationResteAVivre verification =
        mensuel.verifier(Montant.euros(830), Montant.euros(450), Montant.euros(80), Optional.empty(), BigDecimal.ONE, DATE);
    // THEN
    assertThat(verification.conforme()).isFalse();
    assertThat(Textes.normaliser(verification.explication()))
        .startsWith("Reste à vivre de 300 € par mois et par unité de consommation")
        .contains("pour 1 UC)")
        .endsWith("inférieur au seuil de 400 € fixé localement.");
  }

  @Test
  void un_reste_negatif_est_sous_le_seuil() {
    VerificationResteAVivre verification =
        defaut.verifier(Montant.euros(400), Montant.euros(450), Montant.euros(80), Optional.empty(), BigDecimal.ONE, DATE);
    assertThat(verification.conforme()).isFalse();
    assertThat(verification.resteMensuel()).isEqualTo(Montant.euros(-130));
    assertThat(verification.resteParUnite()).isEqualTo(Montant.centimes(-434));
  }

  @Test
  @DisplayName("Paramètre local (USH Repères n°47) : le reste à vivre par unité de consommation se calcule du ménage et du logement")
  void le_menage_et_le_logement_fournissent_ressources_et_unites() {
    // GIVEN one person (1 UC) earning 1 800 €, a dwelling at 450 € + 80 €
    var menage = Menages.personneSeuleAvecRfr2023(20000);
    var logement = Logements.unLogement("59350", Financement.PLUS, 2).build();
    // WHEN
    VerificationResteAVivre verification = defaut.verifier(menage, logement, Optional.empty(), DATE);
    // THEN 1 270 € / 30 = 42.33 €
    assertThat(verification.unitesConsommation()).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(verification.resteParUnite()).isEqualTo(Montant.centimes(4233));
    assertThat(verification.conforme()).isTrue();
    assertThat(verification.regle()).isEqualTo(RegleEligibilite.RESTE_A_VIVRE);
  }

  @Test
  void les_parametres_invalides_ou_hors_periode_sont_refuses() {
    assertThatThrownBy(
            () -> new ResteAVivre(Montant.euros(-1), ResteAVivre.Unite.PAR_JOUR, 30, "s", DATE, Optional.empty()))
        .hasMessageContaining("negative");
    assertThatThrownBy(
            () -> new ResteAVivre(Montant.euros(10), ResteAVivre.Unite.PAR_JOUR, 27, "s", DATE, Optional.empty()))
        .hasMessageContaining("27");
    assertThatThrownBy(
            () -> new ResteAVivre(Montant.euros(10), ResteAVivre.Unite.PAR_JOUR, 30, "s", DATE, Optional.of(DATE.minusDays(1))))
        .hasMessageContaining("before it starts");
    assertThatThrownBy(
            () -> defaut.verifier(Montant.euros(1), Montant.ZERO, Montant.ZERO, Optional.empty(), BigDecimal.ZERO, DATE))
        .hasMessageContaining("Consumption units");
  }
}
