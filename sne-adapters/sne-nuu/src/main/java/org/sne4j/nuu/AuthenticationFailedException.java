package org.sne4j.nuu;

import org.sne4j.spi.InfrastructureException;

/**
 * The TLS handshake failed or the SNE refused the client certificate (HTTP 401/403): the
 * certificate, its key, the trust store or the SNE's authorisation of the desk must be fixed.
 * Not retryable. Code {@value #CODE}.
 */
public final class AuthenticationFailedException extends InfrastructureException {

  private static final long serialVersionUID = 1L;

  /** The code of this failure. */
  public static final String CODE = "SNE-AUTHENTIFICATION";

  public AuthenticationFailedException(String message, Throwable cause) {
    super(CODE, message, cause);
  }

  @Override
  public boolean isRetryable() {
    return false;
  }
}
