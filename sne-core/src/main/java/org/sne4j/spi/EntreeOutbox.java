package org.sne4j.spi;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;

/**
 * One event to deliver to one destination, as {@link Outbox#aTraiter} returns it.
 *
 * @param id the entry's identifier: increasing in commit order, so in version order within a stream
 * @param destination where to deliver it (e.g. {@link Outbox#REGISTRE_NATIONAL})
 * @param evenement the event, with its stream, version, position and metadata
 * @param tentatives how many delivery attempts have failed so far
 * @param derniereErreur the message of the last failed attempt, if any
 */
public record EntreeOutbox(
    long id, String destination, StoredEvent evenement, int tentatives, Optional<String> derniereErreur) {

  public EntreeOutbox {
    checkArgument(id >= 1, "Outbox ids start at 1: %s", id);
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(evenement, "evenement");
    checkArgument(tentatives >= 0, "Negative attempts: %s", tentatives);
    Objects.requireNonNull(derniereErreur, "derniereErreur");
  }
}
