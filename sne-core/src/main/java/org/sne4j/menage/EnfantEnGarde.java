package org.sne4j.menage;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A child who lives part-time in the household: shared custody (garde alternée) or visiting and
 * accommodation rights (droit de visite et d'hébergement) (interfaceNuu {@code
 * listePersonneEnGarde}). Such a child counts among the persons living in the household
 * (arrêté du 29 juillet 1987 art. 1; CCH L442-12).
 *
 * @param prenom first name
 * @param dateNaissance birth date
 * @param modalite shared custody or visiting rights
 */
public record EnfantEnGarde(String prenom, LocalDate dateNaissance, Coparentalite modalite) {

  public EnfantEnGarde {
    checkArgument(prenom != null && !prenom.isBlank(), "A child needs a first name");
    Objects.requireNonNull(dateNaissance, "dateNaissance");
    Objects.requireNonNull(modalite, "modalite");
  }

  /** Age in whole years on {@code date}. */
  public int age(LocalDate date) {
    return Math.max(0, Period.between(dateNaissance, date).getYears());
  }
}
