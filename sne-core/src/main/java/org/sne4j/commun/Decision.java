package org.sne4j.commun;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * What a pure {@code decide} function answers: the events a command produces, or the refusal
 * naming the rule it breaks.
 *
 * @param <E> the events of the aggregate
 */
public sealed interface Decision<E extends Evenement> {

  /** The command is accepted and produces these events, at least one. */
  record Acceptee<E extends Evenement>(List<E> evenements) implements Decision<E> {
    public Acceptee {
      evenements = ImmutableList.copyOf(evenements);
      if (evenements.isEmpty()) {
        throw new IllegalArgumentException("An accepted command produces at least one event");
      }
    }
  }

  /** The command is refused. */
  record Refusee<E extends Evenement>(Refus refus) implements Decision<E> {
    public Refusee {
      Objects.requireNonNull(refus, "refus");
    }
  }

  /** Accepts with the given events. */
  @SafeVarargs
  static <E extends Evenement> Decision<E> accepter(E... evenements) {
    return new Acceptee<>(List.of(evenements));
  }

  /** Refuses for the given rule. */
  static <E extends Evenement> Decision<E> refuser(Refus refus) {
    return new Refusee<>(refus);
  }
}
