package org.sne4j.information;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The délai anormalement long of a territory (CCH L441-1-4): the wait after which an applicant
 * without a suitable offer may seize the COMED. Fixed by each préfet's arrêté, with no national
 * value (values ranged from 6 to 36 months): a local parameter with the date it applies from.
 *
 * @param delai the wait from the filing
 * @param valableDu the first day it applies (date of the préfectoral arrêté)
 */
public record DelaiAnormalementLong(Period delai, LocalDate valableDu) {

  public DelaiAnormalementLong {
    Objects.requireNonNull(delai, "delai");
    Objects.requireNonNull(valableDu, "valableDu");
    if (delai.isNegative() || delai.isZero()) {
      throw new IllegalArgumentException("A délai anormalement long is positive: " + delai);
    }
  }
}
