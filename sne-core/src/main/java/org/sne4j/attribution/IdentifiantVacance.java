package org.sne4j.attribution;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.sne4j.logement.IdentifiantRpls;

/**
 * The identifier of a vacancy: one occasion on which a dwelling is offered for attribution. A
 * dwelling (one RPLS identifier) has a new vacancy each time it is freed.
 *
 * @param valeur 1 to 60 letters, digits, '-', '_' or '.'
 */
public record IdentifiantVacance(String valeur) {

  private static final Pattern FORMAT = Pattern.compile("[0-9A-Za-z_.-]{1,60}");

  public IdentifiantVacance {
    checkArgument(
        valeur != null && FORMAT.matcher(valeur).matches(),
        "Invalid vacancy identifier: '%s' (1 to 60 letters, digits, '-', '_' or '.')",
        valeur);
  }

  /** The usual identifier: the dwelling's RPLS identifier and the day it is freed. */
  public static IdentifiantVacance de(IdentifiantRpls logement, LocalDate dateLiberation) {
    return new IdentifiantVacance(logement.valeur() + "-" + dateLiberation);
  }

  @Override
  public String toString() {
    return valeur;
  }
}
