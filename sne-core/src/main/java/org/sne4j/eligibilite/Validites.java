package org.sne4j.eligibilite;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Checks of the validity periods (valable du … au …) of the local parameters. */
final class Validites {

  private Validites() {}

  /** Checks that a period is well formed. */
  static void verifierPeriode(LocalDate du, Optional<LocalDate> au) {
    Objects.requireNonNull(du, "valableDu");
    Objects.requireNonNull(au, "valableAu");
    au.ifPresent(
        fin -> checkArgument(!fin.isBefore(du), "Validity ends (%s) before it starts (%s)", fin, du));
  }

  static boolean contient(LocalDate du, Optional<LocalDate> au, LocalDate date) {
    return !date.isBefore(du) && au.map(fin -> !date.isAfter(fin)).orElse(true);
  }

  /**
   * Checks that a parameter applies on {@code date}: using a parameter outside its period is a
   * caller mistake (pick the one in force).
   */
  static void exigerValable(String parametre, LocalDate du, Optional<LocalDate> au, LocalDate date) {
    Objects.requireNonNull(date, "date");
    checkArgument(
        contient(du, au, date),
        "%s is valid from %s%s, not on %s",
        parametre,
        du,
        au.map(fin -> " to " + fin).orElse(""),
        date);
  }

  static void exigerSource(String source) {
    checkArgument(source != null && !source.isBlank(), "A local parameter needs its source");
  }
}
