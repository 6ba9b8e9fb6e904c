package org.sne4j.demande;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a decision needs besides the command and the state: the day (from the application's
 * clock), the lifecycle's timers and the local rule of diffusion to applicants.
 *
 * @param aujourdhui the day the command is decided
 * @param delais the timers
 * @param diffusion which events the applicant sees
 */
public record ContexteDecision(LocalDate aujourdhui, DelaisReglementaires delais, PolitiqueDiffusion diffusion) {

  public ContexteDecision {
    Objects.requireNonNull(aujourdhui, "aujourdhui");
    Objects.requireNonNull(delais, "delais");
    Objects.requireNonNull(diffusion, "diffusion");
  }

  /** A context with the default timers and diffusion rule. */
  public static ContexteDecision le(LocalDate aujourdhui) {
    return new ContexteDecision(aujourdhui, DelaisReglementaires.parDefaut(), PolitiqueDiffusion.parDefaut());
  }
}
