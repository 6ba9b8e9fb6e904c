package org.sne4j.testkit.contrat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.sne4j.acteur.Acteur;
import org.sne4j.commun.Evenement;
import org.sne4j.memoire.InMemoryEventStore;
import org.sne4j.spi.EventStore;

/** The embedded default passes the event-store contract. */
@DisplayName("InMemoryEventStore — contrat de l'EventStore")
class InMemoryEventStoreContractTest extends EventStoreContractKit {

  /** The kit's events: a text, a date and an author. */
  record Note(String texte, LocalDate date, Acteur auteur) implements Evenement {
    @Override
    public boolean visibleDuDemandeur() {
      return false;
    }
  }

  @Override
  protected EventStore newStore() {
    return new InMemoryEventStore();
  }

  @Override
  protected Evenement eventWithText(String text) {
    return new Note(text, LocalDate.of(2025, 1, 6), Acteur.gestionnaire());
  }

  @Override
  protected int modelSequences() {
    return 200;
  }
}
