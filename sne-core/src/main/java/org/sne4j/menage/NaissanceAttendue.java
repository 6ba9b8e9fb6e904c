package org.sne4j.menage;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Children expected (interfaceNuu {@code personneANaitre}): how many, and when.
 *
 * @param nombre number of children expected (1 to 9)
 * @param dateNaissancePrevue expected birth date
 */
public record NaissanceAttendue(int nombre, LocalDate dateNaissancePrevue) {

  public NaissanceAttendue {
    checkArgument(nombre >= 1 && nombre <= 9, "Number of expected children out of 1…9: %s", nombre);
    Objects.requireNonNull(dateNaissancePrevue, "dateNaissancePrevue");
  }
}
