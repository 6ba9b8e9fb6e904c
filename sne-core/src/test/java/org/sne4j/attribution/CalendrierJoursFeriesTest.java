package org.sne4j.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sne4j.territoire.Departement;

@DisplayName("Délai de réponse d'une offre — CCH R441-10 ; code de procédure civile art. 641-642")
class CalendrierJoursFeriesTest {

  static final Departement NORD = Departement.parse("59");

  @ParameterizedTest
  @CsvSource({"2024,2024-03-31", "2025,2025-04-20", "2026,2026-04-05", "2027,2027-03-28", "2038,2038-04-25"})
  void le_dimanche_de_paques(int annee, LocalDate paques) {
    assertThat(CalendrierJoursFeries.dimancheDePaques(annee)).isEqualTo(paques);
  }

  @Test
  void les_onze_jours_feries_nationaux() {
    assertThat(CalendrierJoursFeries.joursFeries(2026, NORD)).containsExactlyInAnyOrder(
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 8),
        LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 7, 14), LocalDate.of(2026, 8, 15),
        LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 11), LocalDate.of(2026, 12, 25));
  }

  @Test
  void l_alsace_moselle_et_l_outre_mer_ont_leurs_jours() {
    assertThat(CalendrierJoursFeries.joursFeries(2026, Departement.parse("67")))
        .contains(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 12, 26)).hasSize(13);
    assertThat(CalendrierJoursFeries.joursFeries(2026, Departement.parse("974"))).contains(LocalDate.of(2026, 12, 20));
    assertThat(CalendrierJoursFeries.joursFeries(2026, Departement.parse("976"))).contains(LocalDate.of(2026, 4, 27));
  }

  @Test
  void le_jour_de_la_notification_ne_compte_pas() {
    // USH example: notified on 2 February, the ten days run from 3 February and end on 12 February
    assertThat(CalendrierJoursFeries.finDeDelai(LocalDate.of(2026, 2, 2), 10, NORD)).isEqualTo(LocalDate.of(2026, 2, 12));
  }

  @Test
  void un_delai_qui_finit_un_samedi_un_dimanche_ou_un_jour_ferie_est_prorogé() {
    assertThat(CalendrierJoursFeries.finDeDelai(LocalDate.of(2025, 11, 5), 10, NORD)).isEqualTo(LocalDate.of(2025, 11, 17));
    // ends on Friday 1 May 2026 (holiday), then the weekend: Monday 4 May
    assertThat(CalendrierJoursFeries.finDeDelai(LocalDate.of(2026, 4, 21), 10, NORD)).isEqualTo(LocalDate.of(2026, 5, 4));
    // ends on Good Friday: a working day in the Nord, not in the Bas-Rhin
    assertThat(CalendrierJoursFeries.finDeDelai(LocalDate.of(2026, 3, 24), 10, NORD)).isEqualTo(LocalDate.of(2026, 4, 3));
    assertThat(CalendrierJoursFeries.finDeDelai(LocalDate.of(2026, 3, 24), 10, Departement.parse("67")))
        .isEqualTo(LocalDate.of(2026, 4, 7));
  }
}
