package org.sne4j.nuu;

import org.sne4j.spi.InfrastructureException;

/**
 * The SNE answered something the connector cannot read (not SOAP, no attachment, a document the
 * codec refuses, an unexpected number). Not retryable as is: the format may have changed. Code
 * {@value #CODE}.
 */
public final class MalformedResponseException extends InfrastructureException {

  private static final long serialVersionUID = 1L;

  /** The code of this failure. */
  public static final String CODE = "SNE-REPONSE-INVALIDE";

  public MalformedResponseException(String message, Throwable cause) {
    super(CODE, message, cause);
  }

  @Override
  public boolean isRetryable() {
    return false;
  }
}
