package org.sne4j.attribution;

import java.util.Objects;
import org.sne4j.demande.ContexteDecision;
import org.sne4j.eligibilite.ControlePlafonds;

/**
 * What a vacancy decision needs besides the command and the states: the demand's context (day,
 * timers, diffusion), the local rules of the attribution process and the resource ceilings.
 *
 * @param demande the context of the demands' decisions (its day is the day of the command)
 * @param regles the local rules
 * @param plafonds the resource ceilings and zones
 */
public record ContexteAttribution(ContexteDecision demande, ReglesLocalesAttribution regles, ControlePlafonds plafonds) {

  public ContexteAttribution {
    Objects.requireNonNull(demande, "demande");
    Objects.requireNonNull(regles, "regles");
    Objects.requireNonNull(plafonds, "plafonds");
  }

  /** The day of the command. */
  public java.time.LocalDate aujourdhui() {
    return demande.aujourdhui();
  }
}
