package org.sne4j.spi;

import org.sne4j.demande.NumeroUnique;

/**
 * The port to the national registration system (SNE) or the departmental SPTA that allocates
 * numéros uniques (CCH L441-2-1: no demand without a number). The in-memory implementation
 * allocates valid, unique numbers locally; {@code sne-nuu} talks to the SNE's web services.
 *
 * <p>An implementation must guarantee: a number is never allocated twice; the same {@linkplain
 * DemandeAEnregistrer#cleIdempotence() idempotency key} always gets the same number (so a retry
 * after a timeout never creates a second demand); thread safety. Failures are {@link
 * UnavailableException} (retryable) or {@link RejectedException} (the registry refused the
 * demand).
 */
public interface RegistreNational {

  /** Allocates the numéro unique of a new demand. */
  NumeroUnique attribuerNumero(DemandeAEnregistrer demande);
}
