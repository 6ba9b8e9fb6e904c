package org.sne4j.jdbc;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import org.sne4j.spi.StoredEvent;

/**
 * One event to deliver to one destination, as {@link Outbox#aTraiter} returns it.
 *
 * @param id the entry's identifier: increasing in commit order, so in version order within a stream
 * @param destination where to deliver it (see {@link PolitiqueOutbox})
 * @param evenement the event, with its stream, version, position and metadata (its partition key
 *     routes the entry's updates)
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

  /** The partition key of the entry (that of its event). */
  public String partitionKey() {
    return evenement.metadata().partitionKey();
  }
}
