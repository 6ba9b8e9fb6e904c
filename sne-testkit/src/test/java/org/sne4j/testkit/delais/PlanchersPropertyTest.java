package org.sne4j.testkit.delais;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sne4j.demande.DelaisReglementaires;
import org.sne4j.testkit.property.Gen;
import org.sne4j.testkit.property.Property;

/**
 * The legal floors of the timers hold from every start date (CCH R441-2-7: notice « un mois au
 * moins avant »; R441-2-8 c, d: radiation « un mois après » the warning), whatever period a
 * territory configures: a period the builder accepts is at least a month from any day of any year.
 */
@DisplayName("R441-2-7, R441-2-8 c, d : les planchers d'un mois tiennent pour tout jour de départ (propriété)")
class PlanchersPropertyTest {

  static final Gen<Period> PERIODES = Gen.zip(Gen.ints(0, 3), Gen.ints(0, 45), (mois, jours) -> Period.of(0, mois, jours));
  static final Gen<LocalDate> JOURS = Gen.ints(0, 146_096 * 2).map(n -> LocalDate.of(1900, 1, 1).plusDays(n));

  @Test
  void un_delai_accepte_dure_au_moins_un_mois_pour_tout_jour_de_depart() {
    Property.forAll(PERIODES, JOURS).check((p, depart) -> {
      DelaisReglementaires d;
      try {
        d = DelaisReglementaires.builder().radiationAbsenceReponse(p).radiationIrrecevabilite(p).build();
      } catch (IllegalArgumentException refuse) {
        // refused below the floor: then some start date must show it is less than a month
        assertThat(existeUnJourOuMoinsDUnMois(p)).as("%s refused, so it is under a month from some day", p).isTrue();
        return;
      }
      assertThat(depart.plus(d.radiationAbsenceReponse())).as("%s from %s", p, depart)
          .isAfterOrEqualTo(depart.plusMonths(1));
      assertThat(d.radiationPossibleApresAbsenceDeReponse(depart)).as("the radiation comes after the month has run")
          .isAfter(depart.plusMonths(1));
      assertThat(d.radiationPossibleApresIrrecevabilite(depart)).isAfter(depart.plusMonths(1));
    });
  }

  @Test
  void le_jour_anniversaire_est_le_dernier_jour_de_validite_pour_tout_jour_de_depot() {
    Property.forAll(JOURS).check(depot -> {
      LocalDate fin = DelaisReglementaires.finDeValidite(depot);
      assertThat(fin).isEqualTo(depot.plusYears(1));
      assertThat(fin.getMonth()).isEqualTo(depot.getMonth());
      assertThat(fin.getDayOfMonth()).isEqualTo(Math.min(depot.getDayOfMonth(), fin.lengthOfMonth()));
    });
  }

  private static boolean existeUnJourOuMoinsDUnMois(Period p) {
    for (LocalDate d = LocalDate.of(2024, 1, 1); d.isBefore(LocalDate.of(2028, 1, 1)); d = d.plusDays(1)) {
      if (d.plus(p).isBefore(d.plusMonths(1))) {
        return true;
      }
    }
    return false;
  }
}
