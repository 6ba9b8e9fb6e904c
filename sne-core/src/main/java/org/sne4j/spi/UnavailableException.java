package org.sne4j.spi;

/**
 * The store or the remote system could not be reached or did not answer in time; nothing is known
 * to have been written. Retryable. Code {@code SNE-INDISPONIBLE}.
 */
public final class UnavailableException extends InfrastructureException {

  private static final long serialVersionUID = 1L;

  /** The code of this failure. */
  public static final String CODE = "SNE-INDISPONIBLE";

  public UnavailableException(String message, Throwable cause) {
    super(CODE, message, cause);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
