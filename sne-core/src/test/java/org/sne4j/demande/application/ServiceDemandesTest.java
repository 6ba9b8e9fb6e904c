package org.sne4j.demande.application;


import static org.assertj.core.api.Assertions.assertThat;
import static org.sne4j.Banc.DESK;
import static org.sne4j.Banc.GUICHET;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sne4j.Banc;
import org.sne4j.Contenus;
import org.sne4j.api.Sne;
import org.sne4j.commun.RefusException;
import org.sne4j.acteur.Acteur;
import org.sne4j.commun.Evenement;
import org.sne4j.contingent.ContingentEligible;
import org.sne4j.contingent.TypeReservataire;
import org.sne4j.demande.CommandeDemande;
import org.sne4j.demande.Demande;
import org.sne4j.demande.FicheDemande;
import org.sne4j.demande.MotifRadiation;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.information.AvisRenouvellement;
import org.sne4j.spi.ConflictException;
import org.sne4j.spi.DemandeAEnregistrer;
import org.sne4j.spi.EventMetadata;
import org.sne4j.spi.EventStore;
import org.sne4j.memoire.InMemoryEventStore;
import org.sne4j.spi.RegistreNational;
import org.sne4j.spi.StoredEvent;
import org.sne4j.spi.StreamId;
import org.sne4j.territoire.TerritoireEnregistrement;

@DisplayName("Service des demandes")
class ServiceDemandesTest {

  static final LocalDate DEPOT = LocalDate.of(2025, 3, 15);

  final Banc banc = new Banc("test");
  final InMemoryEventStore store = banc.store;

  /** The library on {@code jour}, over the same ports (a new clock each simulated day). */
  Sne le(LocalDate jour) {
    return banc.le(jour);
  }

  @Test
  void enregistrer_attribue_un_numero_du_territoire_et_enregistre_la_demande() {
    Demande d = le(DEPOT).demandes().enregistrerContenu(DESK, GUICHET, DEPOT, Contenus.personneSeuleALille());
    assertThat(d.numero().valeur()).isEqualTo("0590325000001G0042");
    assertThat(d.numero().territoire()).contains(TerritoireEnregistrement.de(Contenus.LILLE));
    assertThat(le(DEPOT).consultation().demande(DESK, d.numero())).contains(d);
    assertThat(store.readStream(new StreamId("demande", d.numero().valeur()))).singleElement()
        .satisfies(s -> assertThat(s.metadata().partitionKey()).isEqualTo("59"));
  }

  @Test
  void un_enregistrement_refuse_n_attribue_aucun_numero_et_n_ecrit_rien() {
    RegistreNational compteur = new RegistreNational() {
      int appels;

      @Override
      public NumeroUnique attribuerNumero(DemandeAEnregistrer demande) {
        appels++;
        throw new AssertionError("no number must be allocated, call " + appels);
      }
    };
    Sne sne = Sne.builder().horloge(Clock.fixed(DEPOT.atStartOfDay(ZoneId.of("Europe/Paris")).toInstant(), ZoneId.of("Europe/Paris")))
        .eventStore(store).index(banc.index).registreNational(compteur).build();
    assertThatThrownBy(() -> sne.demandes().enregistrerContenu(Acteur.commission("C", "COMED"), GUICHET, DEPOT, Contenus.personneSeuleALille()))
        .isInstanceOfSatisfying(RefusException.class, e -> assertThat(e.code()).isEqualTo("DEM-ENREGISTREMENT-AUTEUR"));
    assertThat(store.readAll(0, 10)).isEmpty();
  }

  @Test
  void une_commande_refusee_leve_refus_exception_et_n_ecrit_rien() {
    Demande d = le(DEPOT).demandes().enregistrerContenu(DESK, GUICHET, DEPOT, Contenus.personneSeuleALille());
    assertThatThrownBy(() -> le(DEPOT).demandes().executer(new CommandeDemande.Radier(d.numero(), DESK, MotifRadiation.ABSENCE_DE_REPONSE)))
        .isInstanceOfSatisfying(RefusException.class, e -> {
          assertThat(e.code()).isEqualTo("DEM-RADIATION-ABSENCE-REPONSE-SANS-AVERTISSEMENT");
          assertThat(e.messageUtilisateur()).contains("averti");
        });
    assertThat(store.readAll(0, 10)).hasSize(1);
  }

  @Test
  void deux_ecrivains_sur_une_demande_ne_perdent_aucun_evenement_le_second_recoit_un_conflit() throws Exception {
    // GIVEN a store that lets a second writer commit between the first writer's read and append
    Demande d = le(DEPOT).demandes().enregistrerContenu(DESK, GUICHET, DEPOT, Contenus.personneSeuleALille());
    CountDownLatch lu = new CountDownLatch(1);
    CountDownLatch ecrit = new CountDownLatch(1);
    AtomicBoolean premier = new AtomicBoolean(true);
    EventStore entrelace = new EventStore() {
      @Override
      public long append(StreamId s, long v, List<? extends Evenement> e, EventMetadata m) {
        return store.append(s, v, e, m);
      }

      @Override
      public void enregistrer(org.sne4j.spi.Ecriture e) {
        store.enregistrer(e);
      }

      @Override
      public Optional<org.sne4j.spi.CommandeEnregistree> commande(String identifiant) {
        return store.commande(identifiant);
      }

      @Override
      public List<StoredEvent> readStream(StreamId s) {
        List<StoredEvent> lus = store.readStream(s);
        if (premier.compareAndSet(true, false)) {
          lu.countDown();
          await(ecrit);
        }
        return lus;
      }

      @Override
      public List<StoredEvent> readAll(long p, int n) {
        return store.readAll(p, n);
      }
    };
    Sne lent = Sne.builder().horloge(Clock.fixed(DEPOT.atStartOfDay(ZoneId.of("Europe/Paris")).toInstant(), ZoneId.of("Europe/Paris")))
        .eventStore(entrelace).index(banc.index).registreNational(banc.registre).build();
    ContingentEligible als = new ContingentEligible(TypeReservataire.EMPLOYEURS_ACTION_LOGEMENT, "ALS");
    Acteur reservataire = Acteur.reservataire("ALS", "Action Logement Services");
    // WHEN the slow writer reads, the fast one writes, then the slow one appends
    Thread t = new Thread(() -> {
      await(lu);
      le(DEPOT).demandes().executer(new CommandeDemande.DeclarerContingent(d.numero(), reservataire, als));
      ecrit.countDown();
    });
    t.start();
    // THEN the slow writer gets a retryable conflict, and no event is lost
    assertThatThrownBy(() -> lent.demandes().executer(new CommandeDemande.AvertirAbsenceDeReponse(d.numero(), DESK)))
        .isInstanceOfSatisfying(ConflictException.class, e -> {
          assertThat(e.isRetryable()).isTrue();
          assertThat(e.code()).isEqualTo("SNE-CONFLIT");
          assertThat(e.expectedVersion()).isEqualTo(1);
          assertThat(e.actualVersion()).isEqualTo(2);
        });
    t.join();
    lent.demandes().executerAvecReprise(new CommandeDemande.AvertirAbsenceDeReponse(d.numero(), DESK), 2);
    assertThat(le(DEPOT).consultation().chronologie(DESK, d.numero()).entrees()).hasSize(3);
  }

  @Test
  void les_avis_dus_et_les_radiations_dues_sont_traites_par_le_gestionnaire() {
    Demande d = le(DEPOT).demandes().enregistrerContenu(DESK, GUICHET, DEPOT, Contenus.personneSeuleALille());
    assertThat(le(LocalDate.of(2026, 2, 14)).consultation().avisDus(DESK, LocalDate.of(2026, 2, 14))).isEmpty();
    List<AvisRenouvellement> avis = le(LocalDate.of(2026, 2, 15)).demandes().envoyerAvisDus();
    assertThat(avis).singleElement().satisfies(a -> {
      assertThat(a.numero()).isEqualTo(d.numero());
      assertThat(a.dateFinValidite()).isEqualTo(LocalDate.of(2026, 3, 15));
      assertThat(a.texte()).contains("15/03/2026").contains("radiée");
    });
    assertThat(le(LocalDate.of(2026, 2, 16)).demandes().envoyerAvisDus()).isEmpty();
    assertThat(le(LocalDate.of(2026, 4, 14)).demandes().radierDemandesNonRenouvelees()).isEmpty();
    assertThat(le(LocalDate.of(2026, 4, 15)).demandes().radierDemandesNonRenouvelees()).containsExactly(d.numero());
    assertThat(le(LocalDate.of(2027, 4, 14)).consultation().conservationsEchues(DESK, LocalDate.of(2027, 4, 14))).isEmpty();
    assertThat(le(LocalDate.of(2027, 4, 15)).consultation().conservationsEchues(DESK, LocalDate.of(2027, 4, 15)))
        .extracting(FicheDemande::numero).containsExactly(d.numero());
  }

  private static void await(CountDownLatch l) {
    try {
      l.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
