package org.sne4j.demande.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sne4j.Banc;
import org.sne4j.Contenus;
import org.sne4j.acteur.Acteur;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.api.Sne;
import org.sne4j.commun.Evenement;
import org.sne4j.commun.IdentifiantCommande;
import org.sne4j.commun.IdentifiantCommandeReutiliseException;
import org.sne4j.demande.CommandeDemande;
import org.sne4j.demande.Demande;
import org.sne4j.demande.MotifRadiation;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.spi.CommandeEnregistree;
import org.sne4j.spi.DemandeAEnregistrer;
import org.sne4j.spi.Ecriture;
import org.sne4j.spi.EventMetadata;
import org.sne4j.spi.EventStore;
import org.sne4j.spi.RegistreNational;
import org.sne4j.spi.StoredEvent;
import org.sne4j.spi.StreamId;
import org.sne4j.spi.UnavailableException;

/**
 * A desk's retry after a time-out never creates a second demand nor a second event (DESIGN §6:
 * commands are idempotent; CCH L441-2-1: one number per demand).
 */
@DisplayName("Commandes idempotentes : une reprise après délai dépassé n'enregistre rien de plus")
class IdempotenceTest {

  static final CodeGuichet GUICHET = new CodeGuichet("G0042");
  static final Acteur DESK = Acteur.guichet(GUICHET, "Mairie de Lille");
  static final LocalDate DEPOT = LocalDate.of(2025, 3, 15);
  static final IdentifiantCommande ID = IdentifiantCommande.de("guichet-G0042:req-7f3a");

  final Banc banc = new Banc("idem");

  @Test
  void une_reprise_apres_une_reponse_perdue_du_registre_donne_un_numero_et_un_flux() {
    // GIVEN a registry that allocates the number, then loses its answer once (time-out on the desk's side)
    AtomicInteger appels = new AtomicInteger();
    RegistreNational perdReponse = d -> {
      NumeroUnique n = banc.registre.attribuerNumero(d);
      if (appels.incrementAndGet() == 1) {
        throw new UnavailableException("answer lost after allocating " + n, null);
      }
      return n;
    };
    Sne sne = banc.builder(DEPOT).registreNational(perdReponse).build();
    // WHEN the desk registers, fails, and retries under the same identifier
    assertThatThrownBy(() -> sne.demandes().enregistrerContenu(ID, DESK, GUICHET, DEPOT, Contenus.personneSeuleALille()))
        .isInstanceOf(UnavailableException.class);
    Demande d = sne.demandes().enregistrerContenu(ID, DESK, GUICHET, DEPOT, Contenus.personneSeuleALille());
    // THEN one number (the registry's key is the command's identifier), one stream of one event
    assertThat(banc.registre.doublons(Contenus.personneSeuleALille())).extracting(x -> x.numero()).containsExactly(d.numero());
    assertThat(banc.store.readAll(0, 100)).singleElement()
        .satisfies(e -> assertThat(e.stream()).isEqualTo(StreamId.demande(d.numero())));
  }

  @Test
  void une_reprise_apres_l_ecriture_rend_la_premiere_demande_sans_rien_ecrire_meme_apres_redemarrage() {
    // GIVEN a store that commits the registration, then the connection drops before the answer
    AtomicBoolean couper = new AtomicBoolean(true);
    EventStore coupeApres = new Delegue(banc.store) {
      @Override
      public void enregistrer(Ecriture e) {
        banc.store.enregistrer(e);
        if (couper.getAndSet(false)) {
          throw new UnavailableException("connection lost after commit", null);
        }
      }
    };
    Sne sne = banc.builder(DEPOT).eventStore(coupeApres).build();
    assertThatThrownBy(() -> sne.demandes().enregistrerContenu(ID, DESK, GUICHET, DEPOT, Contenus.personneSeuleALille()))
        .isInstanceOf(UnavailableException.class);
    // WHEN the desk retries, on a library restarted over the same store
    Demande d = banc.le(DEPOT).demandes().enregistrerContenu(ID, DESK, GUICHET, DEPOT, Contenus.personneSeuleALille());
    Demande encore = banc.le(DEPOT.plusDays(1)).demandes().enregistrerContenu(ID, DESK, GUICHET, DEPOT,
        Contenus.personneSeuleALille());
    // THEN the demand first registered, one event, one number
    assertThat(encore).isEqualTo(d);
    assertThat(banc.store.readAll(0, 100)).hasSize(1);
    assertThat(banc.registre.doublons(Contenus.personneSeuleALille())).hasSize(1);
  }

  @Test
  void une_commande_repetee_rend_l_etat_qu_elle_a_produit_et_n_ajoute_aucun_evenement() {
    Demande d = banc.le(DEPOT).demandes().enregistrerContenu(DESK, GUICHET, DEPOT, Contenus.personneSeuleALille());
    CommandeDemande avertir = new CommandeDemande.AvertirAbsenceDeReponse(d.numero(), DESK);
    IdentifiantCommande id = IdentifiantCommande.de("avertir-1");

    Demande apres = banc.le(DEPOT).demandes().executer(id, avertir);
    banc.le(DEPOT.plusDays(2)).demandes().executer(new CommandeDemande.Radier(d.numero(), DESK, MotifRadiation.RENONCIATION));
    Demande repete = banc.le(DEPOT.plusDays(3)).demandes().executer(id, avertir);

    assertThat(repete).as("the state the first run produced, not today's").isEqualTo(apres);
    assertThat(repete.avertissement()).isPresent();
    assertThat(banc.store.readStream(StreamId.demande(d.numero()))).hasSize(3);
  }

  @Test
  void le_meme_identifiant_pour_une_autre_commande_est_refuse_et_n_ecrit_rien() {
    Demande d = banc.le(DEPOT).demandes().enregistrerContenu(ID, DESK, GUICHET, DEPOT, Contenus.personneSeuleALille());
    List<StoredEvent> avant = banc.store.readAll(0, 100);

    assertThatThrownBy(() -> banc.le(DEPOT).demandes().executer(ID, new CommandeDemande.AvertirAbsenceDeReponse(d.numero(), DESK)))
        .isInstanceOfSatisfying(IdentifiantCommandeReutiliseException.class, e -> {
          assertThat(e.code()).isEqualTo("SNE-IDENTIFIANT-REUTILISE");
          assertThat(e.identifiant()).isEqualTo(ID);
        });
    assertThatThrownBy(() -> banc.le(DEPOT).demandes().enregistrerContenu(ID, DESK, GUICHET, DEPOT, Contenus.coupleAvecDeuxEnfants()))
        .isInstanceOf(IdentifiantCommandeReutiliseException.class);
    assertThat(banc.store.readAll(0, 100)).isEqualTo(avant);
  }

  /** A store that passes everything to another; tests override what they break. */
  static class Delegue implements EventStore {
    final EventStore cible;

    Delegue(EventStore cible) {
      this.cible = cible;
    }

    @Override
    public long append(StreamId s, long v, List<? extends Evenement> e, EventMetadata m) {
      return cible.append(s, v, e, m);
    }

    @Override
    public void enregistrer(Ecriture e) {
      cible.enregistrer(e);
    }

    @Override
    public Optional<CommandeEnregistree> commande(String identifiant) {
      return cible.commande(identifiant);
    }

    @Override
    public List<StoredEvent> readStream(StreamId s) {
      return cible.readStream(s);
    }

    @Override
    public List<StoredEvent> readAll(long p, int n) {
      return cible.readAll(p, n);
    }
  }
}
