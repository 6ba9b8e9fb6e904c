package org.sne4j.spi;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.sne4j.commun.Evenement;

/**
 * One stream's part of an atomic append to several streams ({@link EventStore#appendAll}).
 *
 * @param stream the stream
 * @param expectedVersion the version the caller last read (0: the stream must not exist)
 * @param events at least one event
 * @param metadata what is recorded with them
 */
public record StreamAppend(StreamId stream, long expectedVersion, List<Evenement> events, EventMetadata metadata) {

  public StreamAppend {
    Objects.requireNonNull(stream, "stream");
    checkArgument(expectedVersion >= 0, "Negative expected version: %s", expectedVersion);
    events = ImmutableList.copyOf(events);
    checkArgument(!events.isEmpty(), "Append at least one event to %s", stream);
    Objects.requireNonNull(metadata, "metadata");
  }
}
