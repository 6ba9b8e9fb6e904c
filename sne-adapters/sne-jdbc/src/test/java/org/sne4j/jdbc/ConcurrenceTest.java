package org.sne4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sne4j.spi.Outbox;
import org.sne4j.echanges.PolitiqueOutbox;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.api.Sne;
import org.sne4j.commun.IdentifiantCommande;
import org.sne4j.demande.CommandeDemande;
import org.sne4j.demande.Demande;
import org.sne4j.demande.EvenementDemande;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.memoire.IdentifiantsSequentiels;
import org.sne4j.spi.ConflictException;
import org.sne4j.spi.InfrastructureException;
import org.sne4j.spi.StoredEvent;
import org.sne4j.spi.StreamId;
import org.sne4j.testkit.generateurs.GenerateursDemande;

/**
 * Two application nodes (two stores, each with its own cache) and four threads, each on its own
 * pooled connection, run commands on one shared demand and on their own demands.
 */
@DisplayName("PostgresEventStore — écritures concurrentes sur des connexions distinctes")
class ConcurrenceTest {

  static final String SCHEMA = "sne_test_concurrence";

  @Test
  void aucun_evenement_perdu_ni_double_et_chaque_conflit_est_l_erreur_typee_du_coeur() throws Exception {
    // GIVEN two nodes on one database, five demands (one shared, one per thread)
    DataSource ds = BaseDeTest.schemaVide(SCHEMA);
    PostgresEventStore noeudA = PostgresEventStore.builder(ds, new SerialiseurDeTest()).schema(SCHEMA).build();
    PostgresEventStore noeudB = PostgresEventStore.builder(ds, new SerialiseurDeTest()).schema(SCHEMA).build();
    Scenario a = new Scenario(1, noeudA, noeudA);
    Sne sneB = Sne.builder().horloge(a.horloge).eventStore(noeudB).index(noeudB)
        .identifiants(new IdentifiantsSequentiels("b-")).build();
    List<NumeroUnique> demandes = new ArrayList<>();
    GenerateursDemande.contenu(Scenario.DEBUT).sample(1, 5).forEach(c ->
        demandes.add(a.sne.demandes().enregistrerContenu(Scenario.MAIRIE, new CodeGuichet("G0042"), Scenario.DEBUT, c).numero()));
    NumeroUnique partagee = demandes.get(0);
    int fils = 4;
    int parFil = 15;
    AtomicInteger conflits = new AtomicInteger();
    AtomicInteger retries = new AtomicInteger();
    List<Throwable> autres = new ArrayList<>();
    CountDownLatch depart = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(fils);
    try {
      // WHEN each thread records local events, half on the shared demand, retrying on conflicts
      List<Future<?>> travaux = new ArrayList<>();
      for (int f = 0; f < fils; f++) {
        int fil = f;
        Sne sne = f % 2 == 0 ? a.sne : sneB;
        Sne autreNoeud = f % 2 == 0 ? sneB : a.sne;
        travaux.add(pool.submit(() -> {
          depart.await();
          for (int i = 0; i < parFil; i++) {
            NumeroUnique cible = i % 2 == 0 ? partagee : demandes.get(1 + fil);
            CommandeDemande c = new CommandeDemande.EnregistrerEvenementLocal(cible, Scenario.MAIRIE, "ENTRETIEN",
                "fil " + fil + " n " + i);
            IdentifiantCommande id = IdentifiantCommande.de("fil-" + fil + "-" + i);
            while (true) {
              try {
                Demande premier = sne.demandes().executer(id, c);
                if (i % 3 == 0) {
                  // The desk retries (its answer was lost), on the other node: nothing more is recorded.
                  Demande repete = autreNoeud.demandes().executer(id, c);
                  assertThat(repete).as("a retry gives back the first result").isEqualTo(premier);
                  retries.incrementAndGet();
                }
                break;
              } catch (ConflictException e) {
                assertThat(e.isRetryable()).isTrue();
                assertThat(e.code()).isEqualTo("SNE-CONFLIT");
                assertThat(e.stream()).isEqualTo(new StreamId("demande", cible.valeur()));
                conflits.incrementAndGet();
              } catch (InfrastructureException e) {
                synchronized (autres) {
                  autres.add(e);
                }
                throw e;
              }
            }
          }
          return null;
        }));
      }
      depart.countDown();
      for (Future<?> t : travaux) {
        t.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }

    // THEN every command is recorded once, versions are contiguous, the summaries follow
    assertThat(autres).isEmpty();
    List<StoredEvent> tous = noeudA.readAll(0, 10_000);
    Set<String> libelles = new HashSet<>();
    for (StoredEvent e : tous) {
      if (e.event() instanceof EvenementDemande.EvenementLocal l) {
        assertThat(libelles.add(l.libelle())).as("recorded once: %s", l.libelle()).isTrue();
      }
    }
    assertThat(libelles).hasSize(fils * parFil);
    assertThat(tous).hasSize(5 + fils * parFil);
    for (NumeroUnique n : demandes) {
      List<StoredEvent> h = noeudB.readStream(new StreamId("demande", n.valeur()));
      for (int i = 0; i < h.size(); i++) {
        assertThat(h.get(i).version()).isEqualTo(i + 1L);
      }
      assertThat(noeudA.fiche(n).orElseThrow().version()).isEqualTo(h.size());
    }
    assertThat(ProjectionsEtOutboxTest.lignes(noeudA)).isEqualTo(ProjectionsEtOutboxTest.plis(noeudA, demandes));
    assertThat(noeudA.outbox().nombreATraiter(Outbox.REGISTRE_NATIONAL)).isEqualTo(5);
    assertThat(retries.get()).isEqualTo(fils * ((parFil + 2) / 3));
    System.out.println("[concurrence] " + conflits.get() + " conflicts surfaced as ConflictException and retried; "
        + retries.get() + " commands sent twice under one identifier, recorded once");
  }
}
