package org.sne4j.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sne4j.attribution.EnregistrementAttribution;
import org.sne4j.attribution.IdentifiantVacance;

/**
 * The port to the read model of the attributions followed by a lease: one {@link
 * EnregistrementAttribution} per signed lease, recorded when the lease is signed (computed from
 * the vacancy and the signer's demand as they stood then) and rebuildable from the events. The
 * annual reports (R441-2-9, the bilan of the CIA, the 25 % obligations) read it instead of
 * replaying the store. The in-memory implementation is the default; {@code sne-jdbc} keeps it in a
 * table written in the append's transaction.
 *
 * <p>An implementation must guarantee: {@link #enregistrer} is idempotent (a vacancy has at most
 * one lease, so a record is identified by its vacancy: recording it again changes nothing);
 * {@link #signesEntre} answers in lease-date order, then vacancy order; thread safety.
 */
public interface RegistreAttributions {

  /** Records the attribution of a signed lease (nothing changes if its vacancy is recorded already). */
  void enregistrer(EnregistrementAttribution enregistrement);

  /** The record of the lease of {@code vacance}, if signed. */
  Optional<EnregistrementAttribution> attribution(IdentifiantVacance vacance);

  /** The records of the leases signed from {@code du} to {@code au}, both inclusive. */
  List<EnregistrementAttribution> signesEntre(LocalDate du, LocalDate au);

  /** How many records are held. */
  long nombre();

  /**
   * Forgets every record (before a rebuild from the events). Named apart from {@link
   * IndexDemandes#vider()} so that a store implementing both ports empties one at a time.
   */
  void viderRegistre();
}
