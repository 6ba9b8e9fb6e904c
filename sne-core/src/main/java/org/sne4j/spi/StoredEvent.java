package org.sne4j.spi;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.sne4j.commun.Evenement;

/**
 * An event as the store returns it.
 *
 * @param stream the stream it belongs to
 * @param version its version in the stream: 1 for the first event, then 2, 3… without gaps
 * @param position its position in the store's global order: strictly increasing in the order of
 *     commits, possibly with gaps
 * @param event the event
 * @param metadata what was recorded with it
 */
public record StoredEvent(StreamId stream, long version, long position, Evenement event, EventMetadata metadata) {

  public StoredEvent {
    Objects.requireNonNull(stream, "stream");
    checkArgument(version >= 1, "Version starts at 1: %s", version);
    checkArgument(position >= 1, "Position starts at 1: %s", position);
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(metadata, "metadata");
  }
}
