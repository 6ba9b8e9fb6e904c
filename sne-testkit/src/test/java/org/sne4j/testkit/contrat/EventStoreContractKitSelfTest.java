package org.sne4j.testkit.contrat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.sne4j.commun.Evenement;
import org.sne4j.memoire.InMemoryEventStore;
import org.sne4j.spi.EventMetadata;
import org.sne4j.spi.EventStore;
import org.sne4j.spi.StoredEvent;
import org.sne4j.spi.StreamId;

/**
 * The kit fails the stores it should fail: run through the JUnit platform against deliberately
 * broken stores, the groups of the broken guarantee fail, model-based part included.
 */
@DisplayName("Le kit de contrat de l'EventStore détecte les stores défaillants")
class EventStoreContractKitSelfTest {

  /** Appends at the stream's end whatever version the caller expected: no optimistic concurrency. */
  static final class SansConcurrence implements EventStore {
    private final InMemoryEventStore delegue = new InMemoryEventStore();

    @Override
    public synchronized long append(StreamId s, long expected, List<? extends Evenement> events, EventMetadata m) {
      if (expected < 0) {
        throw new IllegalArgumentException("negative");
      }
      return delegue.append(s, delegue.readStream(s).size(), events, m);
    }

    @Override
    public synchronized void enregistrer(org.sne4j.spi.Ecriture e) {
      e.flux().forEach(a -> append(a.stream(), a.expectedVersion(), a.events(), a.metadata()));
    }

    @Override
    public java.util.Optional<org.sne4j.spi.CommandeEnregistree> commande(String identifiant) {
      return delegue.commande(identifiant);
    }

    @Override
    public List<StoredEvent> readStream(StreamId s) {
      return delegue.readStream(s);
    }

    @Override
    public List<StoredEvent> readAll(long after, int max) {
      return delegue.readAll(after, max);
    }
  }

  /** Reads all events but forgets the last one of each page of more than one: a lossy reader. */
  static final class LecturePerdue implements EventStore {
    private final InMemoryEventStore delegue = new InMemoryEventStore();

    @Override
    public long append(StreamId s, long expected, List<? extends Evenement> events, EventMetadata m) {
      return delegue.append(s, expected, events, m);
    }

    @Override
    public void enregistrer(org.sne4j.spi.Ecriture e) {
      delegue.enregistrer(e);
    }

    @Override
    public java.util.Optional<org.sne4j.spi.CommandeEnregistree> commande(String identifiant) {
      return delegue.commande(identifiant);
    }

    @Override
    public List<StoredEvent> readStream(StreamId s) {
      return delegue.readStream(s);
    }

    @Override
    public List<StoredEvent> readAll(long after, int max) {
      List<StoredEvent> page = new ArrayList<>(delegue.readAll(after, max));
      if (page.size() > 2) {
        page.remove(1);
      }
      return page;
    }
  }

  /** Writes the events of a command but forgets its identifier: no idempotency. */
  static final class Oublieuse implements EventStore {
    private final InMemoryEventStore delegue = new InMemoryEventStore();

    @Override
    public long append(StreamId s, long expected, List<? extends Evenement> events, EventMetadata m) {
      return delegue.append(s, expected, events, m);
    }

    @Override
    public void enregistrer(org.sne4j.spi.Ecriture e) {
      delegue.enregistrer(org.sne4j.spi.Ecriture.de(e.flux()));
    }

    @Override
    public java.util.Optional<org.sne4j.spi.CommandeEnregistree> commande(String identifiant) {
      return java.util.Optional.empty();
    }

    @Override
    public List<StoredEvent> readStream(StreamId s) {
      return delegue.readStream(s);
    }

    @Override
    public List<StoredEvent> readAll(long after, int max) {
      return delegue.readAll(after, max);
    }
  }

  static class KitOublieuse extends InMemoryEventStoreContractTest {
    @Override
    protected EventStore newStore() {
      return new Oublieuse();
    }

    @Override
    protected int modelSequences() {
      return 10;
    }
  }

  static class KitSansConcurrence extends InMemoryEventStoreContractTest {
    @Override
    protected EventStore newStore() {
      return new SansConcurrence();
    }

    @Override
    protected int modelSequences() {
      return 100;
    }
  }

  static class KitLecturePerdue extends InMemoryEventStoreContractTest {
    @Override
    protected EventStore newStore() {
      return new LecturePerdue();
    }

    @Override
    protected int modelSequences() {
      return 100;
    }
  }

  private static Set<String> echecs(Class<?> kit) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(kit)).execute().testEvents().failed().stream()
        .map(Event::getTestDescriptor).map(TestDescriptor::getDisplayName).collect(Collectors.toSet());
  }

  @Test
  void un_store_sans_controle_de_version_echoue_a_la_concurrence_optimiste_et_au_modele() {
    Set<String> echecs = echecs(KitSansConcurrence.class);

    assertThat(echecs).contains("expecting_0_on_an_existing_stream_is_a_conflict_with_both_versions()",
        "a_stale_expected_version_is_a_conflict()", "a_refused_batch_leaves_no_event_behind()",
        "random_sequences_of_appends_and_reads_match_the_model()");
  }

  @Test
  void un_store_qui_oublie_les_commandes_echoue_au_groupe_des_commandes() {
    Set<String> echecs = echecs(KitOublieuse.class);

    assertThat(echecs).contains("a_write_records_its_command_with_each_stream_s_new_version()",
        "the_same_identifier_twice_is_a_conflict_and_writes_nothing_even_on_other_streams()",
        "of_concurrent_writes_of_one_identifier_exactly_one_is_recorded()");
  }

  @Test
  void un_store_qui_perd_des_evenements_a_la_lecture_echoue_a_la_lecture_depuis_une_position_et_au_modele() {
    Set<String> echecs = echecs(KitLecturePerdue.class);

    assertThat(echecs).contains("pages_of_every_size_add_up_to_all_events()",
        "a_reader_following_all_events_during_concurrent_appends_misses_none()",
        "random_sequences_of_appends_and_reads_match_the_model()");
  }
}
