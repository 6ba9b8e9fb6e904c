package org.sne4j.spi;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.Objects;

/**
 * What is recorded with a batch of events besides the events themselves.
 *
 * @param recordedAt when the events were recorded (from the application's clock): R441-2-15
 *     requires the date each item was entered
 * @param correlationId an identifier of the command that produced them, for tracing and
 *     idempotency
 * @param partitionKey the territorial key of the aggregate (for a demand, its registration
 *     territory: a département code or {@code 11} for Île-de-France), by which a store may
 *     partition its tables; every event of a stream has the same key
 */
public record EventMetadata(Instant recordedAt, String correlationId, String partitionKey) {

  public EventMetadata {
    Objects.requireNonNull(recordedAt, "recordedAt");
    checkArgument(
        correlationId != null && !correlationId.isBlank() && correlationId.length() <= 100,
        "Invalid correlation id: '%s'",
        correlationId);
    checkArgument(
        partitionKey != null && !partitionKey.isBlank() && partitionKey.length() <= 10,
        "Invalid partition key: '%s'",
        partitionKey);
  }
}
