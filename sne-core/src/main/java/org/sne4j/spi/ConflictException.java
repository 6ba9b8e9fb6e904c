package org.sne4j.spi;

/**
 * Another writer changed the stream since it was read: the append was refused and nothing was
 * written. Retryable: read the stream again, decide again, append again. Code {@code
 * SNE-CONFLIT}.
 */
public final class ConflictException extends InfrastructureException {

  private static final long serialVersionUID = 1L;

  /** The code of this failure. */
  public static final String CODE = "SNE-CONFLIT";

  private final StreamId stream;
  private final long expectedVersion;
  private final long actualVersion;

  public ConflictException(StreamId stream, long expectedVersion, long actualVersion) {
    super(
        CODE,
        "stream " + stream + " is at version " + actualVersion + ", not " + expectedVersion
            + " as expected: another writer changed it",
        null);
    this.stream = stream;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /** The stream concerned. */
  public StreamId stream() {
    return stream;
  }

  /** The version the writer expected. */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** The version found, or -1 when the store could not tell. */
  public long actualVersion() {
    return actualVersion;
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
