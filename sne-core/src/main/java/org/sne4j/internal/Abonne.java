package org.sne4j.internal;

import java.util.List;
import java.util.Objects;
import org.sne4j.attribution.EnregistrementAttribution;
import org.sne4j.attribution.Vacance;
import org.sne4j.demande.Demande;

/**
 * An in-memory read model that the services feed after each write, with the new states of the
 * aggregates the write changed (for example an index of demands for matching, which needs more
 * than the summary). Registered once on the {@link Journal} by {@code Sne}; rebuilt from the events
 * when {@code Sne} is built and on {@code sne.projections().reconstruire()}, so it holds nothing a
 * restart would lose. Implementations must be thread-safe and fast (they run in the command's
 * thread, after the write committed).
 */
public interface Abonne {

  /**
   * What one write changed: the demands and vacancies at their new state, the leases it signed.
   *
   * @param demandes each demand the write changed, at its new state
   * @param vacances each vacancy it changed, at its new state
   * @param baux the attribution records of the leases it signed
   */
  record Changements(List<Demande> demandes, List<Vacance> vacances, List<EnregistrementAttribution> baux) {

    public Changements {
      demandes = List.copyOf(demandes);
      vacances = List.copyOf(vacances);
      baux = List.copyOf(baux);
    }

    /** One demand changed. */
    public static Changements de(Demande demande) {
      return new Changements(List.of(Objects.requireNonNull(demande, "demande")), List.of(), List.of());
    }
  }

  /** After a write committed: brings the read model up to date with what it changed. */
  void apresEcriture(Changements changements);

  /** Forgets everything, before a rebuild feeds it every aggregate's state with {@link #apresEcriture}. */
  void vider();
}
