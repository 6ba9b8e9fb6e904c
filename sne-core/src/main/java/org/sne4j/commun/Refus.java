package org.sne4j.commun;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;

/**
 * A business refusal: the domain declines a command because a rule is not met. It is a value,
 * returned by the pure {@code decide} functions; the application API turns it into {@code
 * RefusException}.
 *
 * @param regle the rule that is not met (its {@link Regle#id() id} is the refusal's stable code)
 * @param message a French sentence for end users, saying what is refused and why
 * @param donnees the data concerned (e.g. the date of radiation, the deadline), for programs
 */
public record Refus(Regle regle, String message, Map<String, String> donnees) {

  public Refus {
    Objects.requireNonNull(regle, "regle");
    checkArgument(message != null && !message.isBlank(), "A refusal needs a message");
    donnees = ImmutableMap.copyOf(donnees);
  }

  /** A refusal with no data. */
  public static Refus de(Regle regle, String message) {
    return new Refus(regle, message, Map.of());
  }

  /** A refusal with data. */
  public static Refus de(Regle regle, String message, Map<String, String> donnees) {
    return new Refus(regle, message, donnees);
  }

  /** The stable code of the refusal: the rule's identifier. */
  public String code() {
    return regle.id();
  }

  @Override
  public String toString() {
    return code() + " (" + regle.source() + "): " + message + (donnees.isEmpty() ? "" : " " + donnees);
  }
}
