package org.sne4j.spi;

/**
 * The root of the failures of the infrastructure behind the SPI (a store, a connector). Each
 * subclass has a stable {@link #code()} (documented in sne-core's README) and says whether the
 * operation may be retried as it is.
 */
public abstract class InfrastructureException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;

  protected InfrastructureException(String code, String message, Throwable cause) {
    super(code + ": " + message, cause);
    this.code = code;
  }

  /** The stable code of the failure, e.g. {@code SNE-CONFLIT}. */
  public String code() {
    return code;
  }

  /** Whether the same operation may succeed if retried (after re-reading, for a conflict). */
  public abstract boolean isRetryable();
}
