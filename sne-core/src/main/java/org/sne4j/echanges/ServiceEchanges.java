package org.sne4j.echanges;

import java.time.Instant;
import java.util.Objects;
import org.sne4j.spi.EchangesRegistreNational;
import org.sne4j.spi.Outbox;

/**
 * The exchanges with the national registration system (the SNE, or the SPTA in its place),
 * beyond the numbering done at registration: the outbound relay of the outbox ({@link
 * RelaisRegistreNational}) and the inbound synchronisation of DALO decisions and radiations made
 * elsewhere ({@link SynchronisationRegistreNational}). Obtained from {@code sne.echanges()}, when
 * the registry wired on {@code Sne.builder()} offers these services ({@link
 * EchangesRegistreNational}). Technology-free: a SOAP, REST or file connector implements the
 * port and reuses them.
 */
public final class ServiceEchanges {

  private final Outbox outbox;
  private final EchangesRegistreNational registre;
  private final RelaisRegistreNational relais;
  private final SynchronisationRegistreNational synchronisation;

  /** Built by {@code Sne}; applications call {@code sne.echanges()}. */
  public ServiceEchanges(
      Outbox outbox,
      EchangesRegistreNational registre,
      RelaisRegistreNational relais,
      SynchronisationRegistreNational synchronisation) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.registre = Objects.requireNonNull(registre, "registre");
    this.relais = Objects.requireNonNull(relais, "relais");
    this.synchronisation = Objects.requireNonNull(synchronisation, "synchronisation");
  }

  /**
   * Sends everything pending in the outbox for the national system (see {@link
   * RelaisRegistreNational#relayer()}). Run one relay at a time per outbox.
   */
  public BilanRelais relayer() {
    return relais.relayer();
  }

  /**
   * Pulls and applies what the national system recorded since {@code depuis} (see {@link
   * SynchronisationRegistreNational#synchroniser(Instant)}); pass the result's {@link
   * BilanSynchronisation#prochainDepuis()} to the next run.
   */
  public BilanSynchronisation synchroniser(Instant depuis) {
    return synchronisation.synchroniser(depuis);
  }

  /** The outbox the relay reads. */
  public Outbox outbox() {
    return outbox;
  }

  /** The national registry's port. */
  public EchangesRegistreNational registre() {
    return registre;
  }
}
