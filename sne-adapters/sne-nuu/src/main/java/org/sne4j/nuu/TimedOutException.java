package org.sne4j.nuu;

import org.sne4j.spi.InfrastructureException;

/**
 * The SNE did not answer in time. The call may or may not have been processed: retryable, but a
 * creation is retried only after a duplicate search (see {@link SneConnector}). Code {@value
 * #CODE}.
 */
public final class TimedOutException extends InfrastructureException {

  private static final long serialVersionUID = 1L;

  /** The code of this failure. */
  public static final String CODE = "SNE-DELAI";

  public TimedOutException(String message, Throwable cause) {
    super(CODE, message, cause);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
