package org.sne4j.echanges;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
import org.sne4j.spi.StreamId;

/**
 * The outbox relay to the national system: reads the entries waiting for {@link
 * Outbox#REGISTRE_NATIONAL} and transmits creations ({@code CRE}), modifications and
 * rectifications ({@code MOD}), renewals ({@code REN}), radiations and reactivations ({@code RAD})
 * through {@link EchangesRegistreNational#transmettre}, each with the demand as it stood after its
 * event (folded from the store up to the entry's version). Which event becomes which file is the
 * domain's rule ({@link #transmission}); the transport (SOAP, REST, an SPTA's feed) is the
 * registry port's.
 *
 * <ul>
 *   <li><b>In order per demand</b>: a demand whose entry failed transiently is skipped for the
 *       rest of the run; its later entries wait for it.
 *   <li><b>At least once, exactly once in effect</b>: an entry is marked after the registry
 *       acknowledged it, so a relay that dies in between sends it again on the next run; the
 *       transmission carries the event's recording instant as its file date, so a repeat is the
 *       same file, which the registry applies once (the port's guarantee, keyed by stream and
 *       version through that date). Creations are numbered synchronously at registration; the
 *       relay sends them again with their number, which changes nothing where the registry holds
 *       them already.
 *   <li><b>Resumes where it stopped</b>: it keeps no state of its own; the outbox is the state.
 *   <li>A refusal ({@link org.sne4j.spi.RejectedException} or any other failure that is not
 *       retryable) marks the entry rejected, kept for an operator, and the demand goes on. A
 *       radiation for a merger, which the SNE has no code for, is marked done without sending.
 * </ul>
 *
 * <p>Not thread-safe: run one relay per outbox at a time.
 */
public final class RelaisRegistreNational {

  private final Outbox outbox;
  private final EventStore store;
  private final EchangesRegistreNational registre;
  private final int taillePage;

  /**
   * A relay from {@code outbox} (whose events live in {@code store}) to {@code registre}, reading
   * {@code taillePage} entries at a time.
   */
  public RelaisRegistreNational(Outbox outbox, EventStore store, EchangesRegistreNational registre, int taillePage) {
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
   * (every remaining one waits behind a transient failure of its demand, which is not tried again
   * in the same run). A page made only of waiting entries ends the run: the entries after them wait
   * for the next run, so size the page above the number of demands that may fail at once.
   */
  public BilanRelais relayer() {
    BilanRelais total = BilanRelais.VIDE;
    Set<StreamId> bloquees = new HashSet<>();
    while (true) {
      BilanRelais page = page(bloquees);
      total = total.plus(page);
      if (page.traitees() == 0) {
        return total;
      }
    }
  }

  /** Processes at most one page of pending entries. */
  public BilanRelais page() {
    return page(new HashSet<>());
  }

  /** One page; the demands in {@code bloquees} failed earlier in the run and wait (it is updated). */
  private BilanRelais page(Set<StreamId> bloquees) {
    List<EntreeOutbox> entrees = outbox.aTraiter(Outbox.REGISTRE_NATIONAL, taillePage);
    int transmises = 0;
    int sansEnvoi = 0;
    int echecs = 0;
    int rejetees = 0;
    for (EntreeOutbox e : entrees) {
      StreamId flux = e.evenement().stream();
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
          outbox.marquerRejetee(e, ex.getMessage());
          rejetees++;
        }
      }
    }
    return new BilanRelais(transmises, sansEnvoi, echecs, rejetees);
  }

  /**
   * The transmission of a stored event: its national file type and the demand as it stood after
   * it; empty when nothing is sent (not a demand event, an event the national system does not
   * keep, a merger).
   */
  public Optional<DemandeATransmettre> transmission(StoredEvent s) {
    if (!(s.event() instanceof EvenementDemande evenement)) {
      return Optional.empty();
    }
    Optional<TypeFichier> type = typeFichier(evenement);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    List<EvenementDemande> historique = store.readStream(s.stream()).stream()
        .filter(x -> x.version() <= s.version())
        .map(x -> (EvenementDemande) x.event())
        .toList();
    Demande d = Demande.rejouer(historique).orElseThrow();
    Optional<RadiationNationale> radiation = evenement instanceof EvenementDemande.DemandeRadiee r
        ? Optional.of(new RadiationNationale(r.numero(), r.motif(), r.sousMotif(), r.date(), r.attribution()))
        : Optional.empty();
    DemandeNationale demande =
        new DemandeNationale(d.numero(), d.guichet(), d.dateDepot(), d.contenu(), radiation, Optional.empty());
    return Optional.of(new DemandeATransmettre(type.get(), s.metadata().recordedAt(), demande, Optional.of(s.version())));
  }

  /**
   * The national file type of a demand event (arrêté du 23 mars 2015 annexe §8: creations,
   * modifications, renewals and radiations go to the SNE); empty when nothing is sent.
   */
  public static Optional<TypeFichier> typeFichier(EvenementDemande evenement) {
    if (evenement instanceof EvenementDemande.DemandeEnregistree) {
      return Optional.of(TypeFichier.CREATION);
    } else if (evenement instanceof EvenementDemande.DemandeModifiee || evenement instanceof EvenementDemande.DemandeCorrigee) {
      return Optional.of(TypeFichier.MODIFICATION);
    } else if (evenement instanceof EvenementDemande.DemandeRenouvelee) {
      return Optional.of(TypeFichier.RENOUVELLEMENT);
    } else if (evenement instanceof EvenementDemande.DemandeRadiee r) {
      return r.motif() == MotifRadiation.FUSION ? Optional.empty() : Optional.of(TypeFichier.RADIATION);
    } else if (evenement instanceof EvenementDemande.DemandeReactivee) {
      return Optional.of(TypeFichier.RADIATION); // « Déradiation »: a RAD file without a radiation ground
    }
    return Optional.empty();
  }
}
