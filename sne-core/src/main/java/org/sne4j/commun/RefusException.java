package org.sne4j.commun;

import java.util.Objects;
import org.sne4j.commun.Refus;

/**
 * A command was refused because a rule of the domain is not met. Carries the {@link Refus}: the
 * rule (whose identifier is the stable {@link #code()}), its source in the law, a French message
 * for the end user, and the data concerned. Not retryable as such: the situation must change
 * first.
 */
public final class RefusException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Refus refus;

  public RefusException(Refus refus) {
    super(Objects.requireNonNull(refus, "refus").toString());
    this.refus = refus;
  }

  /** The refusal. */
  public Refus refus() {
    return refus;
  }

  /** The stable code of the rule not met, e.g. {@code DEM-RADIEE}. */
  public String code() {
    return refus.code();
  }

  /** The French message for the end user. */
  public String messageUtilisateur() {
    return refus.message();
  }
}
