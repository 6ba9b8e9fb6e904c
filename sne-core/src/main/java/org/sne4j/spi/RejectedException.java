package org.sne4j.spi;

import java.util.List;

/**
 * The national registration system (or another partner) rejected the request: retrying it
 * unchanged would fail again. Carries the anomalies it returned (code and message each). Code
 * {@code SNE-REJET}.
 */
public final class RejectedException extends InfrastructureException {

  private static final long serialVersionUID = 1L;

  /** The code of this failure. */
  public static final String CODE = "SNE-REJET";

  /**
   * An anomaly returned by the remote system.
   *
   * @param code its code
   * @param message its message
   */
  public record Anomalie(String code, String message) {}

  private final List<Anomalie> anomalies;

  public RejectedException(String message, List<Anomalie> anomalies) {
    super(CODE, message + (anomalies.isEmpty() ? "" : " " + anomalies), null);
    this.anomalies = List.copyOf(anomalies);
  }

  /** The anomalies returned. */
  public List<Anomalie> anomalies() {
    return anomalies;
  }

  @Override
  public boolean isRetryable() {
    return false;
  }
}
