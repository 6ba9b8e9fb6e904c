package org.sne4j.eligibilite;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * The answer to « which ceiling applies? »: either the ceiling, or a clear statement of what is
 * missing (a year or a table not loaded, the PLI's own ceilings). Never a guess.
 */
public sealed interface ReponsePlafond {

  /** Whether a ceiling was found. */
  boolean estDisponible();

  /**
   * The ceiling is known.
   *
   * @param plafond the ceiling, with its table, zone, year and category
   */
  record Disponible(PlafondApplique plafond) implements ReponsePlafond {
    public Disponible {
      Objects.requireNonNull(plafond, "plafond");
    }

    @Override
    public boolean estDisponible() {
      return true;
    }
  }

  /**
   * The ceiling cannot be given.
   *
   * @param manque what is missing, in French, e.g. « plafonds PLAI 2025, zone « Autres régions » »
   * @param message a French sentence for the CAL file or the applicant
   */
  record NonDisponible(String manque, String message) implements ReponsePlafond {
    public NonDisponible {
      checkArgument(manque != null && !manque.isBlank(), "Say what is missing");
      checkArgument(message != null && !message.isBlank(), "A missing ceiling needs a message");
    }

    @Override
    public boolean estDisponible() {
      return false;
    }
  }
}
