package org.sne4j.nuu;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sne4j.api.Sne;
import org.sne4j.demande.Demande;
import org.sne4j.demande.EvenementDemande;
import org.sne4j.demande.MotifRadiation;
import org.sne4j.demande.TypeFichier;
import org.sne4j.spi.DemandeATransmettre;
import org.sne4j.spi.DemandeNationale;
import org.sne4j.spi.EchangesRegistreNational;
import org.sne4j.spi.EntreeOutbox;
import org.sne4j.spi.EventStore;
import org.sne4j.spi.InfrastructureException;
import org.sne4j.spi.Outbox;
import org.sne4j.spi.RadiationNationale;
import org.sne4j.spi.StoredEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox relay: reads the events waiting for the national registry ({@link Outbox}, entry
 * {@link Outbox#REGISTRE_NATIONAL}) and transmits creations, modifications and rectifications
 * ({@code MOD}), renewals ({@code REN}), radiations and reactivations ({@code RAD}) through {@link
 * EchangesRegistreNational#transmettre}, each with the demand as it stood after its event (folded
 * from the store up to the entry's version).
 *
 * <ul>
 *   <li><b>In order per demand</b>: a demand whose entry failed transiently is skipped for the
 *       rest of the run; its later entries wait for it.
 *   <li><b>At least once, exactly once in effect</b>: an entry is marked after the registry
 *       acknowledged it, so a relay that dies in between sends it again on the next run; the
 *       transmission carries the event's recording instant as file date, so a repeat is the same
 *       file and the registry (the SNE, the fake SNE, the in-memory registry) applies it once.
 *       Creations are numbered synchronously ({@code getNumUnique} at registration, made
 *       idempotent by {@link SneConnector}); the relay sends them again with their number, which
 *       changes nothing where the registry already holds them.
 *   <li><b>Resumes where it stopped</b>: it keeps no state of its own; the outbox is the state.
 *   <li>A refusal ({@link org.sne4j.spi.RejectedException}, an unreadable answer, a document the
 *       codec refuses) marks the entry rejected, kept for an operator, and the demand goes on.
 *       A radiation for a merger, which the SNE has no code for, is marked done without sending.
 * </ul>
 *
 * <p>Run it as often as wanted (every minute, or once a day as an SPTA's daily feed): {@link
 * #relayer()} processes everything pending. Not thread-safe: run one relay per outbox at a time.
 */
public final class RegistreNationalRelay {

  private static final Logger LOG = LoggerFactory.getLogger(RegistreNationalRelay.class);

  /**
   * What a run did.
   *
   * @param transmises entries acknowledged by the registry
   * @param sansEnvoi entries with nothing to send (a merger)
   * @param echecs transient failures (the entries stay pending)
   * @param rejetees entries the registry refused for good
   */
  public record Bilan(int transmises, int sansEnvoi, int echecs, int rejetees) {

    /** The sum of two runs. */
    public Bilan plus(Bilan autre) {
      return new Bilan(transmises + autre.transmises, sansEnvoi + autre.sansEnvoi, echecs + autre.echecs, rejetees + autre.rejetees);
    }

    /** Nothing done. */
    public static final Bilan VIDE = new Bilan(0, 0, 0, 0);
  }

  private final Outbox outbox;
  private final EventStore store;
  private final EchangesRegistreNational registre;
  private final int taillePage;

  /**
   * A relay from {@code outbox} (whose events live in {@code store}) to {@code registre}, reading
   * {@code taillePage} entries at a time.
   */
  public RegistreNationalRelay(Outbox outbox, EventStore store, EchangesRegistreNational registre, int taillePage) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.store = Objects.requireNonNull(store, "store");
    this.registre = Objects.requireNonNull(registre, "registre");
    if (taillePage < 1) {
      throw new IllegalArgumentException("A page holds at least one entry: " + taillePage);
    }
    this.taillePage = taillePage;
  }

  /**
   * Processes the pending entries, page after page, until none is left that can be sent now
   * (every remaining one waits behind a transient failure of its demand).
   */
  public Bilan relayer() {
    Bilan total = Bilan.VIDE;
    while (true) {
      Bilan page = page();
      total = total.plus(page);
      if (page.transmises() + page.sansEnvoi() + page.rejetees() == 0) {
        return total;
      }
    }
  }

  /** Processes at most one page of pending entries. */
  public Bilan page() {
    List<EntreeOutbox> entrees = outbox.aTraiter(Outbox.REGISTRE_NATIONAL, taillePage);
    Set<String> bloquees = new HashSet<>();
    int transmises = 0;
    int sansEnvoi = 0;
    int echecs = 0;
    int rejetees = 0;
    for (EntreeOutbox e : entrees) {
      String flux = e.evenement().stream().toString();
      if (bloquees.contains(flux)) {
        continue;
      }
      try {
        Optional<DemandeATransmettre> t = transmission(e.evenement());
        if (t.isEmpty()) {
          outbox.marquerTraitee(e);
          sansEnvoi++;
          continue;
        }
        registre.transmettre(t.get());
        outbox.marquerTraitee(e);
        transmises++;
      } catch (InfrastructureException ex) {
        if (ex.isRetryable()) {
          outbox.marquerEchec(e, ex.getMessage());
          bloquees.add(flux);
          echecs++;
        } else {
          LOG.error("The national registry refused entry {} ({} v{}): {}", e.id(), flux, e.evenement().version(), ex.getMessage());
          outbox.marquerRejetee(e, ex.getMessage());
          rejetees++;
        }
      } catch (DocumentNuuException ex) {
        LOG.error("Entry {} ({} v{}) cannot be written for the SNE: {}", e.id(), flux, e.evenement().version(), ex.getMessage());
        outbox.marquerRejetee(e, ex.getMessage());
        rejetees++;
      }
    }
    return new Bilan(transmises, sansEnvoi, echecs, rejetees);
  }

  /** The transmission of an event: the demand as it stood after it; empty when nothing is sent. */
  Optional<DemandeATransmettre> transmission(StoredEvent s) {
    if (!(s.event() instanceof EvenementDemande evenement)) {
      return Optional.empty();
    }
    List<EvenementDemande> historique = store.readStream(s.stream()).stream()
        .filter(x -> x.version() <= s.version())
        .map(x -> (EvenementDemande) x.event())
        .toList();
    Demande d = Demande.rejouer(historique).orElseThrow();
    TypeFichier type;
    Optional<RadiationNationale> radiation = Optional.empty();
    if (evenement instanceof EvenementDemande.DemandeEnregistree) {
      type = TypeFichier.CREATION;
    } else if (evenement instanceof EvenementDemande.DemandeModifiee || evenement instanceof EvenementDemande.DemandeCorrigee) {
      type = TypeFichier.MODIFICATION;
    } else if (evenement instanceof EvenementDemande.DemandeRenouvelee) {
      type = TypeFichier.RENOUVELLEMENT;
    } else if (evenement instanceof EvenementDemande.DemandeRadiee r) {
      if (r.motif() == MotifRadiation.FUSION) {
        return Optional.empty();
      }
      type = TypeFichier.RADIATION;
      radiation = Optional.of(new RadiationNationale(r.numero(), r.motif(), r.sousMotif(), r.date(), r.attribution()));
    } else if (evenement instanceof EvenementDemande.DemandeReactivee) {
      type = TypeFichier.RADIATION; // « Déradiation »: a RAD file without a radiation ground
    } else {
      return Optional.empty();
    }
    DemandeNationale demande = new DemandeNationale(d.numero(), d.guichet(), d.dateDepot(), d.contenu(), radiation, Optional.empty());
    return Optional.of(new DemandeATransmettre(type, s.metadata().recordedAt(), demande));
  }

  /** The category of the demands' streams, for outboxes that carry other aggregates too. */
  static String categorie() {
    return Sne.CATEGORIE_DEMANDE;
  }
}
