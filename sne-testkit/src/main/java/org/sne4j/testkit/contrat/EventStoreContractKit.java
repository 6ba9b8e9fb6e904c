package org.sne4j.testkit.contrat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sne4j.commun.Evenement;
import org.sne4j.spi.CommandeEnregistree;
import org.sne4j.spi.ConflictException;
import org.sne4j.spi.Ecriture;
import org.sne4j.spi.EventMetadata;
import org.sne4j.spi.EventStore;
import org.sne4j.spi.MiseAJourProjections;
import org.sne4j.spi.StoredEvent;
import org.sne4j.spi.StreamAppend;
import org.sne4j.spi.StreamId;
import org.sne4j.testkit.property.Action;
import org.sne4j.testkit.property.Gen;
import org.sne4j.testkit.property.StatefulProperty;
import org.sne4j.testkit.property.Statistics;

/**
 * The contract of {@link EventStore}, as an abstract JUnit 5 class: extend it, supply a fresh
 * store and an event type of yours, and every guarantee of the port's Javadoc is checked —
 * ordering, atomic batches, optimistic concurrency, commands recorded once, reading from a
 * position, idempotent re-reads,
 * large payloads, Unicode, empty and absent streams, argument errors, thread safety — plus a
 * model-based property: random sequences of appends and reads on several streams, applied to the
 * store and to a reference model, compared after every step and shrunk on failure.
 *
 * <pre>{@code
 * class MyStoreContractTest extends EventStoreContractKit {
 *   protected EventStore newStore() { return new MyStore(emptyDatabase()); }
 *   protected Evenement eventWithText(String text) { return new MyEvent(text); }
 * }
 * }</pre>
 *
 * <p>The recipe, step by step, is in the testkit's README ("Contract kits"). A store that keeps
 * instants must keep at least milliseconds: the kit records instants of whole milliseconds.
 */
public abstract class EventStoreContractKit {

  /** One megabyte of text, the size of the large payloads. */
  public static final int UN_MEGAOCTET = 1 << 20;

  /** Texts across Unicode: every plane, combining marks, emoji sequences, right-to-left scripts. */
  public static final List<String> TEXTES_UNICODE =
      List.of(
          "Hélène Œuvre — « logement social » ß ñ Ç ÿ",
          "e\u0301 (décomposé) ≠ é (précomposé)",
          "Ångström A\u030A, ñ n\u0303, q\u0323\u0307, Z\u0335\u0327a\u0336l\u0337g\u0338o",
          "🏠 👨‍👩‍👧‍👦 🇫🇷 👋🏽 🏳️‍🌈 ❤️",
          "سكن اجتماعي \u200F(مرحبا)\u200F",
          "דיור ציבורי \u202Bמשפט\u202C",
          "𝔸𝕓𝕔 𐍈 𓀀 𝄞",
          "𠀀 𪚥 𫝀 𰀀",
          "tags \uDB40\uDC41\uDB40\uDC7F, private use \uDB80\uDC00 \uDBFF\uDFFD",
          "住宅 — 社会住宅 — 주택 — жильё — κατοικία — บ้าน — घर",
          "quotes \" ' ` and \\ backslashes \\\\ \\u0041 {\"json\": [1, 2]} </script>",
          "controls \t \n \r \u0001 \u001F \u007F, separators \u2028 \u2029, BOM \uFEFF, \uFFFD");

  /** One character of each of the 17 planes (U+x0041), as a string. */
  public static String unCaractereParPlan() {
    StringBuilder s = new StringBuilder();
    for (int plan = 0; plan <= 16; plan++) {
      s.appendCodePoint((plan << 16) | 0x41);
    }
    return s.toString();
  }

  /** The store under test in the current test; a fresh one for each test. */
  protected EventStore store;

  private final AtomicInteger compteur = new AtomicInteger();

  // ---------------------------------------------------------------------------------------------
  // What an implementation supplies

  /**
   * A new, empty store. Called before each test and for every sequence (and shrink attempt) of the
   * model-based property, so it must be cheap (truncate tables rather than create a database).
   * Only one store returned by this method is in use at a time.
   */
  protected abstract EventStore newStore();

  /**
   * An event of the implementation's own type that carries {@code text} (any Unicode text without
   * U+0000, up to {@link #UN_MEGAOCTET} characters): two events are equal if and only if their texts
   * are.
   */
  protected abstract Evenement eventWithText(String text);

  /** Releases a store after use (default: nothing). */
  protected void release(EventStore store) throws Exception {}

  /** The category of the streams the kit writes (default {@code contrat}). */
  protected String streamCategory() {
    return "contrat";
  }

  /** The partition key recorded with the events of {@code stream} (default {@code 59}). */
  protected String partitionKey(StreamId stream) {
    return "59";
  }

  /** How many random sequences the model-based property runs (default 50). */
  protected int modelSequences() {
    return 50;
  }

  /** How many threads the thread-safety tests run (default 4). */
  protected int threads() {
    return 4;
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers for the tests (and for subclasses that add their own)

  @BeforeEach
  void nouveauStore() {
    store = newStore();
  }

  @AfterEach
  void libererStore() throws Exception {
    if (store != null) {
      release(store);
    }
  }

  /** A stream of the kit's category. */
  protected StreamId stream(String id) {
    return new StreamId(streamCategory(), id);
  }

  /** Metadata for {@code stream}: a new correlation id and an instant of whole milliseconds. */
  protected EventMetadata metadata(StreamId stream) {
    int n = compteur.incrementAndGet();
    return new EventMetadata(Instant.parse("2025-01-06T08:00:00Z").plusMillis(1_000L * n + n % 997), "corr-" + n,
        partitionKey(stream));
  }

  /** {@code n} distinct events whose texts start with {@code prefix}. */
  protected List<Evenement> events(String prefix, int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> eventWithText(prefix + " #" + i)).toList();
  }

  /** Appends {@code events} expecting {@code expected}, with fresh metadata. */
  protected long append(StreamId stream, long expected, List<Evenement> events) {
    return store.append(stream, expected, events, metadata(stream));
  }

  /** Every event of the store, read in pages. */
  protected List<StoredEvent> all() {
    return all(store);
  }

  private static List<StoredEvent> all(EventStore store) {
    List<StoredEvent> tous = new ArrayList<>();
    long position = 0;
    List<StoredEvent> page;
    do {
      page = store.readAll(position, 500);
      tous.addAll(page);
      if (!page.isEmpty()) {
        position = page.get(page.size() - 1).position();
      }
    } while (!page.isEmpty());
    return tous;
  }

  private static List<Evenement> contenus(List<StoredEvent> lus) {
    return lus.stream().map(StoredEvent::event).toList();
  }

  private static void positionsCroissantes(List<StoredEvent> lus) {
    for (int i = 1; i < lus.size(); i++) {
      assertTrue(
          lus.get(i).position() > lus.get(i - 1).position(),
          "positions must increase: " + lus.get(i - 1).position() + " then " + lus.get(i).position());
    }
  }

  private static void versionsContigues(StreamId stream, List<StoredEvent> lus) {
    for (int i = 0; i < lus.size(); i++) {
      assertEquals(stream, lus.get(i).stream(), "stream of event " + (i + 1));
      assertEquals(i + 1L, lus.get(i).version(), "versions of " + stream + " are 1, 2, 3… without gaps");
    }
  }

  // ---------------------------------------------------------------------------------------------

  @Nested
  @DisplayName("Ordering: a stream reads in version order, all events in commit order")
  class Ordering {

    @Test
    void a_stream_reads_back_in_version_order() {
      StreamId s = stream("ordre-1");
      append(s, 0, events("a", 2));
      append(s, 2, events("b", 1));
      append(s, 3, events("c", 3));

      List<StoredEvent> lus = store.readStream(s);

      versionsContigues(s, lus);
      List<Evenement> attendus = new ArrayList<>(events("a", 2));
      attendus.addAll(events("b", 1));
      attendus.addAll(events("c", 3));
      assertEquals(attendus, contenus(lus));
    }

    @Test
    void all_events_read_in_the_order_they_were_committed_across_streams() {
      StreamId a = stream("ordre-a");
      StreamId b = stream("ordre-b");
      append(a, 0, events("a1", 1));
      append(b, 0, events("b1", 1));
      append(a, 1, events("a2", 2));
      append(b, 1, events("b2", 1));

      List<StoredEvent> lus = all();

      positionsCroissantes(lus);
      assertEquals(
          List.of(eventWithText("a1 #1"), eventWithText("b1 #1"), eventWithText("a2 #1"), eventWithText("a2 #2"),
              eventWithText("b2 #1")),
          contenus(lus));
      assertEquals(List.of(a, b, a, a, b), lus.stream().map(StoredEvent::stream).toList());
    }

    @Test
    void an_event_read_from_its_stream_and_from_all_is_the_same() {
      StreamId s = stream("ordre-meme");
      append(s, 0, events("x", 3));

      assertEquals(store.readStream(s), all());
    }

    @Test
    void the_metadata_reads_back_as_recorded() {
      StreamId s = stream("ordre-meta");
      EventMetadata m = metadata(s);
      store.append(s, 0, events("m", 2), m);

      for (StoredEvent e : store.readStream(s)) {
        assertEquals(m, e.metadata());
      }
    }
  }

  @Nested
  @DisplayName("Atomic batch: the events of one append are all recorded, consecutively, or none")
  class AtomicBatch {

    @Test
    void a_batch_gets_consecutive_versions_and_returns_the_new_version() {
      StreamId s = stream("lot-1");
      assertEquals(1, append(s, 0, events("un", 1)));

      assertEquals(6, append(s, 1, events("lot", 5)));

      versionsContigues(s, store.readStream(s));
    }

    @Test
    void a_batch_reads_back_in_its_order_with_increasing_positions() {
      StreamId s = stream("lot-2");
      List<Evenement> lot = events("lot", 20);
      append(s, 0, lot);

      List<StoredEvent> lus = all();

      assertEquals(lot, contenus(lus));
      positionsCroissantes(lus);
    }

    @Test
    void a_refused_batch_leaves_no_event_behind() {
      StreamId s = stream("lot-3");
      append(s, 0, events("premier", 2));
      List<StoredEvent> avant = all();

      assertThrows(ConflictException.class, () -> append(s, 1, events("refusé", 10)));

      assertEquals(avant, all());
      assertEquals(avant, store.readStream(s));
    }
  }

  @Nested
  @DisplayName("Commands: a command identifier is recorded once, with the streams and versions it wrote")
  class Commands {

    private StreamAppend part(StreamId s, long expected, List<Evenement> events) {
      return new StreamAppend(s, expected, events, metadata(s));
    }

    private Ecriture ecriture(String identifiant, String empreinte, StreamAppend... parts) {
      return new Ecriture(List.of(parts), MiseAJourProjections.AUCUNE, Optional.of(new Ecriture.Commande(identifiant, empreinte)));
    }

    @Test
    void a_write_records_its_command_with_each_stream_s_new_version() {
      StreamId a = stream("cmd-a");
      StreamId b = stream("cmd-b");
      append(a, 0, events("a", 2));

      store.enregistrer(ecriture("commande-1", "empreinte-1", part(a, 2, events("a+", 1)), part(b, 0, events("b", 2))));

      CommandeEnregistree c = store.commande("commande-1").orElseThrow(() -> new AssertionError("command not recorded"));
      assertEquals("empreinte-1", c.empreinte());
      assertEquals(List.of(new CommandeEnregistree.Version(a, 3), new CommandeEnregistree.Version(b, 2)), c.flux());
      assertTrue(store.commande("commande-2").isEmpty(), "an identifier never written has no command");
    }

    @Test
    void the_same_identifier_twice_is_a_conflict_and_writes_nothing_even_on_other_streams() {
      StreamId a = stream("cmd-c");
      StreamId b = stream("cmd-d");
      store.enregistrer(ecriture("commande-x", "e", part(a, 0, events("a", 1))));
      List<StoredEvent> avant = all();

      assertThrows(ConflictException.class, () -> store.enregistrer(ecriture("commande-x", "e", part(a, 1, events("a", 1)))));
      assertThrows(ConflictException.class, () -> store.enregistrer(ecriture("commande-x", "autre", part(b, 0, events("b", 1)))));

      assertEquals(avant, all());
      assertEquals("e", store.commande("commande-x").orElseThrow().empreinte());
    }

    @Test
    void a_write_refused_for_its_versions_records_no_command() {
      StreamId a = stream("cmd-e");
      append(a, 0, events("a", 1));

      assertThrows(ConflictException.class, () -> store.enregistrer(ecriture("commande-y", "e", part(a, 0, events("a", 1)))));

      assertTrue(store.commande("commande-y").isEmpty(), "a refused write records no command");
      store.enregistrer(ecriture("commande-y", "e", part(a, 1, events("a", 1))));
      assertEquals(2, store.readStream(a).size());
    }

    @Test
    void of_concurrent_writes_of_one_identifier_exactly_one_is_recorded() throws Exception {
      int n = threads();
      ExecutorService pool = Executors.newFixedThreadPool(n);
      CountDownLatch depart = new CountDownLatch(1);
      AtomicInteger reussies = new AtomicInteger();
      try {
        List<Future<?>> taches = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          StreamId s = stream("cmd-par-" + i);
          taches.add(pool.submit(() -> {
            depart.await();
            try {
              store.enregistrer(ecriture("commande-concurrente", "e", part(s, 0, events("x", 1))));
              reussies.incrementAndGet();
            } catch (ConflictException attendu) {
              // another writer recorded the identifier first
            }
            return null;
          }));
        }
        depart.countDown();
        for (Future<?> t : taches) {
          t.get(60, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }
      assertEquals(1, reussies.get(), "one write of the identifier succeeds");
      assertEquals(1, all().size(), "and only its events are stored");
      StreamId ecrit = store.commande("commande-concurrente").orElseThrow().flux().get(0).stream();
      assertEquals(1, store.readStream(ecrit).size());
    }
  }

  @Nested
  @DisplayName("Atomic across streams: appendAll records every stream's events, or none")
  class AtomicAcrossStreams {

    private StreamAppend part(StreamId s, long expected, List<Evenement> events) {
      return new StreamAppend(s, expected, events, metadata(s));
    }

    @Test
    void every_stream_of_an_atomic_append_is_recorded_with_its_versions() {
      StreamId a = stream("multi-a");
      StreamId b = stream("multi-b");
      StreamId c = stream("multi-c");
      append(a, 0, events("a", 2));

      store.appendAll(List.of(part(a, 2, events("a+", 1)), part(b, 0, events("b", 3)), part(c, 0, events("c", 1))));

      versionsContigues(a, store.readStream(a));
      assertEquals(3, store.readStream(a).size());
      assertEquals(events("b", 3), contenus(store.readStream(b)));
      assertEquals(1, store.readStream(c).size());
      positionsCroissantes(all());
      assertEquals(7, all().size());
    }

    @Test
    void a_conflict_on_one_stream_writes_nothing_on_any() {
      StreamId a = stream("multi-d");
      StreamId b = stream("multi-e");
      append(a, 0, events("a", 2));
      List<StoredEvent> avant = all();

      assertThrows(ConflictException.class,
          () -> store.appendAll(List.of(part(b, 0, events("b", 2)), part(a, 1, events("a-en-retard", 1)))));

      assertEquals(avant, all());
      assertTrue(store.readStream(b).isEmpty(), "the new stream of a refused atomic append does not exist");
    }

    @Test
    void a_stream_appears_once_in_an_atomic_append() {
      StreamId a = stream("multi-f");
      assertThrows(IllegalArgumentException.class,
          () -> store.appendAll(List.of(part(a, 0, events("x", 1)), part(a, 1, events("y", 1)))));
      assertTrue(store.readStream(a).isEmpty());
    }
  }

  @Nested
  @DisplayName("Optimistic concurrency: an append succeeds only at the expected version")
  class OptimisticConcurrency {

    @Test
    void a_new_stream_is_expected_at_version_0() {
      StreamId s = stream("oc-nouveau");

      assertEquals(1, append(s, 0, events("e", 1)));
    }

    @Test
    void expecting_0_on_an_existing_stream_is_a_conflict_with_both_versions() {
      StreamId s = stream("oc-existe");
      append(s, 0, events("e", 3));

      ConflictException e = assertThrows(ConflictException.class, () -> append(s, 0, events("f", 1)));

      assertEquals(s, e.stream());
      assertEquals(0, e.expectedVersion());
      assertEquals(3, e.actualVersion());
      assertTrue(e.isRetryable(), "a conflict is retryable");
      assertEquals(ConflictException.CODE, e.code());
    }

    @Test
    void a_stale_expected_version_is_a_conflict() {
      StreamId s = stream("oc-perime");
      append(s, 0, events("e", 2));
      append(s, 2, events("f", 1));

      ConflictException e = assertThrows(ConflictException.class, () -> append(s, 2, events("g", 1)));

      assertEquals(2, e.expectedVersion());
      assertEquals(3, e.actualVersion());
    }

    @Test
    void an_expected_version_ahead_of_the_stream_is_a_conflict_and_leaves_no_gap() {
      StreamId s = stream("oc-avance");
      append(s, 0, events("e", 2));

      ConflictException e = assertThrows(ConflictException.class, () -> append(s, 5, events("g", 1)));

      assertEquals(5, e.expectedVersion());
      assertEquals(2, e.actualVersion());
      versionsContigues(s, store.readStream(s));
      assertEquals(2, store.readStream(s).size());
    }

    @Test
    void an_expected_version_on_an_absent_stream_is_a_conflict() {
      StreamId s = stream("oc-absent");

      ConflictException e = assertThrows(ConflictException.class, () -> append(s, 1, events("g", 1)));

      assertEquals(0, e.actualVersion());
      assertTrue(store.readStream(s).isEmpty());
    }

    @Test
    void after_a_conflict_the_writer_reads_again_and_succeeds() {
      StreamId s = stream("oc-reprise");
      append(s, 0, events("e", 1));
      append(s, 1, events("autre", 1));
      assertThrows(ConflictException.class, () -> append(s, 1, events("moi", 1)));

      long lue = store.readStream(s).size();
      long nouvelle = append(s, lue, events("moi", 1));

      assertEquals(3, nouvelle);
      assertEquals(eventWithText("moi #1"), store.readStream(s).get(2).event());
    }

    @Test
    void a_conflict_on_one_stream_does_not_touch_another() {
      StreamId a = stream("oc-a");
      StreamId b = stream("oc-b");
      append(a, 0, events("a", 1));
      append(b, 0, events("b", 1));

      assertThrows(ConflictException.class, () -> append(a, 0, events("x", 1)));

      assertEquals(2, append(b, 1, events("b2", 1)));
      assertEquals(1, store.readStream(a).size());
    }
  }

  @Nested
  @DisplayName("Reading from a position: only later events, at most the count asked")
  class ReadFromPosition {

    @Test
    void reading_after_a_position_returns_only_later_events() {
      append(stream("pos-a"), 0, events("a", 3));
      append(stream("pos-b"), 0, events("b", 3));
      List<StoredEvent> tous = all();
      long troisieme = tous.get(2).position();

      List<StoredEvent> suite = store.readAll(troisieme, 100);

      assertEquals(tous.subList(3, 6), suite);
    }

    @Test
    void at_most_max_count_events_are_returned_from_the_start() {
      append(stream("pos-max"), 0, events("a", 7));

      List<StoredEvent> trois = store.readAll(0, 3);

      assertEquals(all().subList(0, 3), trois);
    }

    @Test
    void pages_of_every_size_add_up_to_all_events() {
      append(stream("pos-p1"), 0, events("a", 5));
      append(stream("pos-p2"), 0, events("b", 4));
      append(stream("pos-p1"), 5, events("c", 3));
      List<StoredEvent> tous = store.readAll(0, 1_000);
      assertEquals(12, tous.size());

      for (int taille = 1; taille <= 13; taille++) {
        List<StoredEvent> lus = new ArrayList<>();
        long position = 0;
        List<StoredEvent> page;
        while (!(page = store.readAll(position, taille)).isEmpty()) {
          assertTrue(page.size() <= taille, "at most " + taille);
          lus.addAll(page);
          position = page.get(page.size() - 1).position();
        }
        assertEquals(tous, lus, "pages of " + taille);
      }
    }

    @Test
    void reading_after_the_last_position_returns_nothing() {
      append(stream("pos-fin"), 0, events("a", 2));
      long derniere = all().get(1).position();

      assertTrue(store.readAll(derniere, 10).isEmpty());
      assertTrue(store.readAll(Long.MAX_VALUE - 1, 10).isEmpty());
    }
  }

  @Nested
  @DisplayName("Idempotent re-reads: reading again returns the same events")
  class IdempotentRereads {

    @Test
    void reading_a_stream_twice_returns_equal_events() {
      StreamId s = stream("relire-1");
      append(s, 0, events("a", 4));

      assertEquals(store.readStream(s), store.readStream(s));
    }

    @Test
    void reading_from_a_position_again_returns_the_same_events_then_the_new_ones() {
      StreamId s = stream("relire-2");
      append(s, 0, events("a", 3));
      List<StoredEvent> premiere = store.readAll(0, 100);
      assertEquals(premiere, store.readAll(0, 100));

      append(s, 3, events("b", 2));
      append(stream("relire-3"), 0, events("c", 1));
      List<StoredEvent> seconde = store.readAll(0, 100);

      assertEquals(premiere, seconde.subList(0, 3));
      assertEquals(List.of(eventWithText("b #1"), eventWithText("b #2"), eventWithText("c #1")),
          contenus(seconde.subList(3, 6)));
    }

    @Test
    void a_reader_resuming_from_its_last_position_sees_each_event_once() {
      StreamId s = stream("relire-4");
      long curseur = 0;
      List<StoredEvent> vus = new ArrayList<>();
      for (int tour = 0; tour < 5; tour++) {
        append(s, tour * 2L, events("tour" + tour, 2));
        List<StoredEvent> lus = store.readAll(curseur, 100);
        vus.addAll(lus);
        curseur = lus.get(lus.size() - 1).position();
      }

      assertEquals(all(), vus);
    }
  }

  @Nested
  @DisplayName("Large payloads: events of a megabyte read back equal")
  class LargePayloads {

    private String texteDe(int taille, char graine) {
      StringBuilder s = new StringBuilder(taille);
      int i = 0;
      while (s.length() < taille) {
        String fragment = TEXTES_UNICODE.get(i++ % TEXTES_UNICODE.size());
        s.append(graine).append(i).append(' ').append(fragment).append('\n');
      }
      s.setLength(taille);
      if (Character.isHighSurrogate(s.charAt(taille - 1))) {
        s.setCharAt(taille - 1, 'z');
      }
      return s.toString();
    }

    @Test
    void an_event_of_one_megabyte_reads_back_equal() {
      StreamId s = stream("gros-1");
      Evenement gros = eventWithText(texteDe(UN_MEGAOCTET, 'a'));

      append(s, 0, List.of(gros));

      assertEquals(gros, store.readStream(s).get(0).event());
      assertEquals(gros, store.readAll(0, 1).get(0).event());
    }

    @Test
    void a_batch_of_large_events_reads_back_equal() {
      StreamId s = stream("gros-2");
      List<Evenement> lot =
          List.of(eventWithText(texteDe(UN_MEGAOCTET / 2, 'b')), eventWithText("petit"),
              eventWithText(texteDe(UN_MEGAOCTET, 'c')));

      append(s, 0, lot);

      assertEquals(lot, contenus(store.readStream(s)));
    }
  }

  @Nested
  @DisplayName("Unicode: every plane, combining marks, emoji, right-to-left text read back unchanged")
  class Unicode {

    @Test
    void texts_across_unicode_read_back_unchanged_and_unnormalised() {
      StreamId s = stream("unicode-1");
      List<Evenement> textes = new ArrayList<>();
      TEXTES_UNICODE.forEach(t -> textes.add(eventWithText(t)));
      textes.add(eventWithText(unCaractereParPlan()));

      append(s, 0, textes);

      assertEquals(textes, contenus(store.readStream(s)));
      assertEquals(textes, contenus(all()));
      assertNotEquals(eventWithText("e\u0301"), eventWithText("é"), "the kit's own premise");
    }

    @Test
    void stream_ids_and_correlation_ids_may_be_any_text() {
      StreamId s = stream("dossier-é-🏠-سكن-" + unCaractereParPlan());
      EventMetadata m = new EventMetadata(Instant.parse("2025-03-01T10:15:30.123Z"), "corrélation-👋🏽-ש", partitionKey(s));

      store.append(s, 0, events("u", 2), m);

      List<StoredEvent> lus = store.readStream(s);
      assertEquals(2, lus.size());
      assertEquals(s, lus.get(0).stream());
      assertEquals(m, lus.get(1).metadata());
      assertTrue(store.readStream(stream("dossier-e\u0301-🏠")).isEmpty(), "ids are not normalised");
    }
  }

  @Nested
  @DisplayName("Empty and absent streams")
  class EmptyAndAbsent {

    @Test
    void an_absent_stream_reads_empty() {
      assertTrue(store.readStream(stream("jamais-ecrit")).isEmpty());
    }

    @Test
    void an_empty_store_reads_nothing() {
      assertTrue(store.readAll(0, 100).isEmpty());
    }

    @Test
    void streams_of_the_same_id_in_two_categories_are_two_streams() {
      StreamId a = new StreamId(streamCategory(), "meme-id");
      StreamId b = new StreamId(streamCategory() + "-autre", "meme-id");
      append(a, 0, events("a", 2));

      assertEquals(1, append(b, 0, events("b", 1)));

      assertEquals(2, store.readStream(a).size());
      assertEquals(List.of(eventWithText("b #1")), contenus(store.readStream(b)));
    }
  }

  @Nested
  @DisplayName("Argument errors: a caller mistake is refused and writes nothing")
  class ArgumentErrors {

    private void refuse(Runnable appel) {
      RuntimeException e = assertThrows(RuntimeException.class, appel::run);
      assertTrue(
          e instanceof IllegalArgumentException || e instanceof NullPointerException,
          "a caller mistake is an IllegalArgumentException or a NullPointerException, not " + e);
    }

    @Test
    void appends_with_bad_arguments_are_refused_and_write_nothing() {
      StreamId s = stream("args");
      append(s, 0, events("ok", 1));

      refuse(() -> store.append(null, 0, events("x", 1), metadata(s)));
      refuse(() -> store.append(s, 1, List.of(), metadata(s)));
      refuse(() -> store.append(s, 1, null, metadata(s)));
      refuse(() -> store.append(s, -1, events("x", 1), metadata(s)));
      refuse(() -> store.append(s, 1, events("x", 1), null));
      List<Evenement> avecNull = new ArrayList<>(events("x", 1));
      avecNull.add(null);
      refuse(() -> store.append(s, 1, avecNull, metadata(s)));

      assertEquals(1, all().size());
    }

    @Test
    void reads_with_bad_arguments_are_refused() {
      refuse(() -> store.readStream(null));
      refuse(() -> store.readAll(-1, 10));
      refuse(() -> store.readAll(0, 0));
      refuse(() -> store.readAll(0, -5));
    }
  }

  @Nested
  @DisplayName("Thread safety: concurrent writers lose nothing, duplicate nothing, conflicts are typed")
  class ThreadSafety {

    @Test
    void concurrent_appends_to_shared_and_own_streams_lose_and_duplicate_nothing() throws Exception {
      int fils = threads();
      int parFil = 20;
      StreamId partage = stream("concurrence-partage");
      AtomicInteger conflits = new AtomicInteger();
      CountDownLatch depart = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(fils);
      try {
        List<Future<Integer>> resultats = new ArrayList<>();
        for (int f = 0; f < fils; f++) {
          int fil = f;
          resultats.add(pool.submit(() -> {
            depart.await();
            StreamId propre = stream("concurrence-" + fil);
            int ecrits = 0;
            for (int i = 0; i < parFil; i++) {
              StreamId cible = i % 2 == 0 ? partage : propre;
              List<Evenement> lot = List.of(eventWithText("fil " + fil + " n " + i + " a"),
                  eventWithText("fil " + fil + " n " + i + " b"));
              while (true) {
                long version = store.readStream(cible).size();
                try {
                  store.append(cible, version, lot.subList(0, 1 + i % 2), metadata(cible));
                  ecrits += 1 + i % 2;
                  break;
                } catch (ConflictException e) {
                  assertEquals(cible, e.stream());
                  assertEquals(version, e.expectedVersion());
                  assertTrue(e.actualVersion() == -1 || e.actualVersion() > version,
                      "a conflict reports the version found: " + e.actualVersion());
                  conflits.incrementAndGet();
                }
              }
            }
            return ecrits;
          }));
        }
        depart.countDown();
        int ecrits = 0;
        for (Future<Integer> r : resultats) {
          ecrits += r.get(5, TimeUnit.MINUTES);
        }

        List<StoredEvent> tous = all();
        assertEquals(ecrits, tous.size(), "every successful append is recorded once");
        positionsCroissantes(tous);
        Set<Evenement> distincts = new HashSet<>(contenus(tous));
        assertEquals(tous.size(), distincts.size(), "no event is recorded twice");
        versionsContigues(partage, store.readStream(partage));
        for (int f = 0; f < fils; f++) {
          versionsContigues(stream("concurrence-" + f), store.readStream(stream("concurrence-" + f)));
        }
      } finally {
        pool.shutdownNow();
      }
    }

    @Test
    void a_reader_following_all_events_during_concurrent_appends_misses_none() throws Exception {
      int fils = threads();
      int parFil = 25;
      AtomicBoolean ecrivainsTermines = new AtomicBoolean();
      CountDownLatch depart = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(fils + 1);
      try {
        List<Future<?>> ecrivains = new ArrayList<>();
        for (int f = 0; f < fils; f++) {
          int fil = f;
          ecrivains.add(pool.submit(() -> {
            depart.await();
            StreamId s = stream("suivi-" + fil);
            for (int i = 0; i < parFil; i++) {
              store.append(s, i, List.of(eventWithText("suivi " + fil + "/" + i)), metadata(s));
            }
            return null;
          }));
        }
        Future<List<StoredEvent>> lecteur = pool.submit(() -> {
          depart.await();
          List<StoredEvent> vus = new ArrayList<>();
          long curseur = 0;
          while (true) {
            boolean fini = ecrivainsTermines.get();
            List<StoredEvent> page = store.readAll(curseur, 7);
            vus.addAll(page);
            if (!page.isEmpty()) {
              curseur = page.get(page.size() - 1).position();
            } else if (fini) {
              return vus;
            }
          }
        });
        depart.countDown();
        for (Future<?> e : ecrivains) {
          e.get(5, TimeUnit.MINUTES);
        }
        ecrivainsTermines.set(true);
        List<StoredEvent> vus = lecteur.get(5, TimeUnit.MINUTES);

        positionsCroissantes(vus);
        assertEquals(all(), vus, "the follower saw every event, once, in position order: no late commit was skipped");
        assertEquals(fils * parFil, vus.size());
      } finally {
        pool.shutdownNow();
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Model-based part

  /** What the store should hold: every event appended, in order, with its stream and metadata. */
  record Modele(List<Attendu> tous) {
    List<Attendu> du(StreamId s) {
      return tous.stream().filter(a -> a.stream().equals(s)).toList();
    }

    long version(StreamId s) {
      return du(s).size();
    }

    Modele plus(List<Attendu> nouveaux) {
      List<Attendu> l = new ArrayList<>(tous);
      l.addAll(nouveaux);
      return new Modele(List.copyOf(l));
    }

    @Override
    public String toString() {
      Map<StreamId, Long> versions = new LinkedHashMap<>();
      tous.forEach(a -> versions.merge(a.stream(), 1L, Long::sum));
      return "versions " + versions;
    }
  }

  /** One expected event. */
  record Attendu(StreamId stream, long version, Evenement event, EventMetadata metadata) {}

  private static final List<String> FRAGMENTS =
      List.of("a", "demande", "é", "e\u0301", "🏠", "👨‍👩‍👧", "سكن", "𠀀", " ", "\"", "\\", "\n", "Œ", "\uDBFF\uDFFD");

  private Gen<Action<Modele, EventStore>> actions(Modele modele) {
    List<StreamId> flux = List.of(stream("m-1"), stream("m-2"), stream("m-ü-🏠"));
    Gen<StreamId> unFlux = Gen.elements(flux);
    Gen<String> texte = Gen.elements(FRAGMENTS).list(0, 6).map(l -> String.join("", l));
    Gen<Action<Modele, EventStore>> ajouter =
        Gen.zip(unFlux, texte.list(1, 4), (s, textes) -> Action.of(
            "append(" + s.id() + ", expected " + "current" + ", " + textes.size() + " events " + textes + ")",
            (Modele m, EventStore sut) -> {
              long v = m.version(s);
              EventMetadata md = metadata(s);
              List<Evenement> evs = textes.stream().map(this::eventWithText).toList();
              assertEquals(v + evs.size(), sut.append(s, v, evs, md), "new version");
              List<Attendu> nouveaux = new ArrayList<>();
              for (int i = 0; i < evs.size(); i++) {
                nouveaux.add(new Attendu(s, v + i + 1, evs.get(i), md));
              }
              Statistics.label("append");
              return m.plus(nouveaux);
            }));
    Gen<Action<Modele, EventStore>> conflit =
        Gen.zip(unFlux, Gen.ints(-3, 3).filter(d -> d != 0), (s, ecart) -> Action.of(
            "append(" + s.id() + ", expected current" + (ecart > 0 ? "+" : "") + ecart + ") -> conflict",
            m -> m.version(s) + ecart >= 0,
            (Modele m, EventStore sut) -> {
              long v = m.version(s);
              ConflictException e = assertThrows(ConflictException.class,
                  () -> sut.append(s, v + ecart, List.of(eventWithText("perdu")), metadata(s)));
              assertEquals(v + ecart, e.expectedVersion());
              assertTrue(e.actualVersion() == v || e.actualVersion() == -1, "actual version " + e.actualVersion());
              Statistics.label("conflict");
              return m;
            }));
    Gen<Action<Modele, EventStore>> lireFlux =
        unFlux.map(s -> Action.of("readStream(" + s.id() + ")", (Modele m, EventStore sut) -> {
          List<StoredEvent> lus = sut.readStream(s);
          assertEquals(m.du(s).size(), lus.size(), "events of " + s);
          for (int i = 0; i < lus.size(); i++) {
            Attendu a = m.du(s).get(i);
            StoredEvent e = lus.get(i);
            assertEquals(a, new Attendu(e.stream(), e.version(), e.event(), e.metadata()), "event " + (i + 1) + " of " + s);
          }
          return m;
        }));
    Gen<Action<Modele, EventStore>> lireDepuis =
        Gen.zip(Gen.ints(0, 30), Gen.ints(1, 10), (depuis, max) -> Action.of(
            "readAll(after the " + depuis + "th event, " + max + ")",
            m -> depuis <= m.tous().size(),
            (Modele m, EventStore sut) -> {
              List<StoredEvent> tous = all(sut);
              long position = depuis == 0 ? 0 : tous.get(depuis - 1).position();
              List<StoredEvent> lus = sut.readAll(position, max);
              assertEquals(tous.subList(depuis, Math.min(tous.size(), depuis + max)), lus);
              return m;
            }));
    return Gen.frequency(
        Gen.weighted(5, ajouter), Gen.weighted(2, conflit), Gen.weighted(2, lireFlux), Gen.weighted(2, lireDepuis));
  }

  @Nested
  @DisplayName("Model-based: random appends and reads on several streams behave like the reference model")
  class ModelBased {

    @Test
    void random_sequences_of_appends_and_reads_match_the_model() {
      StatefulProperty.of(() -> new Modele(List.of()), EventStoreContractKit.this::newStore,
              EventStoreContractKit.this::actions)
          .invariant((m, sut) -> {
            List<StoredEvent> tous = all(sut);
            positionsCroissantes(tous);
            List<Attendu> lus =
                tous.stream().map(e -> new Attendu(e.stream(), e.version(), e.event(), e.metadata())).toList();
            if (!lus.equals(m.tous())) {
              fail("the store holds " + lus.stream().map(a -> a.stream().id() + "@" + a.version())
                  .collect(Collectors.joining(", ")) + " but the model " + m.tous().stream()
                  .map(a -> a.stream().id() + "@" + a.version()).collect(Collectors.joining(", ")));
            }
          })
          .teardown(EventStoreContractKit.this::release)
          .sequences(modelSequences())
          .maxLength(30)
          .check();
    }
  }
}
