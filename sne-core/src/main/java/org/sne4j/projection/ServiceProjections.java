package org.sne4j.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sne4j.attribution.EnregistrementAttribution;
import org.sne4j.attribution.EvenementVacance;
import org.sne4j.attribution.IdentifiantVacance;
import org.sne4j.attribution.Vacance;
import org.sne4j.demande.DelaisReglementaires;
import org.sne4j.demande.Demande;
import org.sne4j.demande.EvenementDemande;
import org.sne4j.demande.FicheDemande;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.internal.Abonne;
import org.sne4j.internal.Journal;
import org.sne4j.spi.CritereRecherche;
import org.sne4j.spi.IndexDemandes;
import org.sne4j.spi.RegistreAttributions;
import org.sne4j.spi.StoredEvent;

/**
 * The read models' service: rebuilds the index of demand summaries and the attribution records
 * from the events, with the same pure functions the services use at each append ({@link
 * FicheDemande#de}, {@link EnregistrementAttribution#de}) and the timers wired once on {@code
 * Sne.builder()}. Obtained from {@code sne.projections()}.
 *
 * <p>Rebuild after a crash of a store that keeps no read model, after the timers changed, or to
 * move to another store. {@code Sne} rebuilds on its own, when it is built, the read models that
 * the store does not keep in its transaction and that are empty while the store is not (an
 * in-memory index beside a persistent store). Appends may go on meanwhile: a summary is never
 * replaced by an older version, a record is recorded once.
 *
 * <p>The in-memory read models fed after each write ({@link Abonne}) are rebuilt at the same
 * time, from the states of every aggregate.
 *
 * <p>The rebuild reads the store once, in position order, and holds the folded state of every
 * aggregate until the end (memory in proportion to the number of demands).
 */
public final class ServiceProjections {

  /**
   * What a rebuild did.
   *
   * @param evenements events read
   * @param fiches demand summaries written
   * @param attributions attribution records written
   */
  public record Reconstruction(long evenements, long fiches, long attributions) {}

  private static final int LOT = 1_000;

  private final Journal journal;
  private final DelaisReglementaires delais;

  /** Built by {@code Sne}; applications call {@code sne.projections()}. */
  public ServiceProjections(Journal journal, DelaisReglementaires delais) {
    this.journal = Objects.requireNonNull(journal, "journal");
    this.delais = Objects.requireNonNull(delais, "delais");
  }

  /** Rebuilds every read model from the events. */
  public Reconstruction reconstruire() {
    return reconstruire(true, true);
  }

  /**
   * Rebuilds the read models the store does not keep in its transaction when they are empty and
   * the store is not (called when {@code Sne} is built).
   *
   * @return what was rebuilt (zeros when nothing needed it)
   */
  public Reconstruction reconstruireSiVides() {
    if (journal.store().readAll(0, 1).isEmpty()) {
      return new Reconstruction(0, 0, 0);
    }
    boolean index = !journal.tenuParLeStore(IndexDemandes.class)
        && journal.index().rechercher(CritereRecherche.toutes(1)).isEmpty();
    boolean attributions = !journal.tenuParLeStore(RegistreAttributions.class) && journal.attributions().nombre() == 0;
    boolean abonnes = !journal.abonnes().isEmpty();
    return index || attributions || abonnes ? reconstruire(index, attributions) : new Reconstruction(0, 0, 0);
  }

  private Reconstruction reconstruire(boolean index, boolean attributions) {
    if (index) {
      journal.index().vider();
    }
    if (attributions) {
      journal.attributions().viderRegistre();
    }
    Map<NumeroUnique, Demande> demandes = new LinkedHashMap<>();
    Map<IdentifiantVacance, Vacance> vacances = new HashMap<>();
    Map<NumeroUnique, IdentifiantVacance> bauxEnCours = new HashMap<>();
    List<EnregistrementAttribution> baux = new ArrayList<>();
    long evenements = 0;
    long enregistrements = 0;
    long position = 0;
    List<StoredEvent> lot;
    do {
      lot = journal.store().readAll(position, LOT);
      for (StoredEvent s : lot) {
        position = s.position();
        evenements++;
        if (s.event() instanceof EvenementVacance e) {
          IdentifiantVacance id = e.vacance();
          vacances.put(id, Vacance.evolve(vacances.get(id), e));
          if (e instanceof EvenementVacance.BailSigne b) {
            bauxEnCours.put(b.candidat(), id);
          }
        } else if (s.event() instanceof EvenementDemande e) {
          Demande d = Demande.evolve(demandes.get(e.numero()), e);
          demandes.put(e.numero(), d);
          // The vacancy's lease precedes the signer's in the same atomic append.
          IdentifiantVacance vacance = bauxEnCours.get(e.numero());
          if (e instanceof EvenementDemande.BailSigne && vacance != null) {
            bauxEnCours.remove(e.numero());
            EnregistrementAttribution bail = EnregistrementAttribution.de(vacances.get(vacance), d);
            baux.add(bail);
            if (attributions) {
              journal.attributions().enregistrer(bail);
              enregistrements++;
            }
          }
        }
      }
    } while (!lot.isEmpty());
    if (!journal.abonnes().isEmpty()) {
      // The in-memory read models fed after each write get every aggregate's state, once.
      Abonne.Changements tout = new Abonne.Changements(List.copyOf(demandes.values()), List.copyOf(vacances.values()), baux);
      for (Abonne a : journal.abonnes()) {
        a.vider();
        a.apresEcriture(tout);
      }
    }
    if (index) {
      List<FicheDemande> fiches = new ArrayList<>(LOT);
      for (Demande d : demandes.values()) {
        fiches.add(FicheDemande.de(d, delais));
        if (fiches.size() == LOT) {
          journal.index().indexerTout(fiches);
          fiches.clear();
        }
      }
      journal.index().indexerTout(fiches);
    }
    return new Reconstruction(evenements, index ? demandes.size() : 0, enregistrements);
  }
}
