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

  /**
   * Checks the arguments of {@link EventStore#append} as this record does (a caller mistake is an
   * {@code IllegalArgumentException} or a {@code NullPointerException}), so that every store
   * refuses them alike.
   */
  public static StreamAppend of(
      StreamId stream, long expectedVersion, List<? extends Evenement> events, EventMetadata metadata) {
    checkArgument(events != null, "Append at least one event to %s", stream);
    return new StreamAppend(stream, expectedVersion, List.copyOf(events), metadata);
  }

  /**
   * Checks the argument of {@link EventStore#appendAll}: at least one part, each stream once.
   *
   * @return {@code appends}
   */
  public static List<StreamAppend> requireDistinctStreams(List<StreamAppend> appends) {
    checkArgument(appends != null && !appends.isEmpty(), "Append to at least one stream");
    checkArgument(
        appends.stream().map(StreamAppend::stream).distinct().count() == appends.size(),
        "Each stream appears once in an atomic append: %s",
        appends);
    return appends;
  }
}
