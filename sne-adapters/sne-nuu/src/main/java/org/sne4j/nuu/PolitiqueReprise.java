package org.sne4j.nuu;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.Objects;

/**
 * When to retry a call that failed transiently (transport, time-out, HTTP 5xx, the SNE's
 * « erreur inattendue »): at most {@code tentatives} attempts in all, waiting {@code
 * premiereAttente}, then twice as long each time, never more than {@code attenteMax}. Failures
 * that cannot succeed as they are (anomalies, authentication, unreadable answers) are never
 * retried.
 *
 * @param tentatives attempts in all, at least 1
 * @param premiereAttente the wait before the second attempt
 * @param attenteMax the longest wait
 */
public record PolitiqueReprise(int tentatives, Duration premiereAttente, Duration attenteMax) {

  public PolitiqueReprise {
    checkArgument(tentatives >= 1, "At least one attempt: %s", tentatives);
    Objects.requireNonNull(premiereAttente, "premiereAttente");
    Objects.requireNonNull(attenteMax, "attenteMax");
    checkArgument(!premiereAttente.isNegative() && premiereAttente.compareTo(attenteMax) <= 0,
        "0 <= first wait <= longest wait: %s, %s", premiereAttente, attenteMax);
  }

  /** 5 attempts, 1 s then 2, 4, 8 s (at most 30 s). */
  public static PolitiqueReprise parDefaut() {
    return new PolitiqueReprise(5, Duration.ofSeconds(1), Duration.ofSeconds(30));
  }

  /** No retry. */
  public static PolitiqueReprise aucune() {
    return new PolitiqueReprise(1, Duration.ZERO, Duration.ZERO);
  }

  /** The wait before attempt {@code tentative} (2 for the first retry): exponential, capped. */
  public Duration attenteAvant(int tentative) {
    checkArgument(tentative >= 2, "No wait before the first attempt: %s", tentative);
    Duration d = premiereAttente;
    for (int i = 2; i < tentative && d.compareTo(attenteMax) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(attenteMax) > 0 ? attenteMax : d;
  }
}
