package org.sne4j.memoire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sne4j.Contenus;
import org.sne4j.acteur.Acteur;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.demande.CanalDepot;
import org.sne4j.demande.EvenementDemande;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.demande.OrigineModification;
import org.sne4j.spi.EntreeOutbox;
import org.sne4j.spi.EventMetadata;
import org.sne4j.spi.Outbox;
import org.sne4j.spi.StreamId;
import org.sne4j.territoire.TerritoireEnregistrement;

class InMemoryOutboxTest {

  private static final LocalDate JOUR = LocalDate.of(2025, 3, 10);
  private static final CodeGuichet GUICHET = new CodeGuichet("G0042");
  private static final Acteur DESK = Acteur.guichet(GUICHET, "Mairie de Lille");

  private final InMemoryEventStore store = new InMemoryEventStore();
  private final InMemoryOutbox outbox = InMemoryOutbox.registreNational(store);

  private void enregistrer(NumeroUnique numero) {
    store.append(new StreamId("demande", numero.valeur()), 0, List.of(
        new EvenementDemande.DemandeEnregistree(numero, JOUR, DESK, true, TerritoireEnregistrement.de(Contenus.LILLE),
            GUICHET, CanalDepot.GUICHET, JOUR, Contenus.personneSeuleALille())), meta());
  }

  private void modifier(NumeroUnique numero, long version) {
    store.append(new StreamId("demande", numero.valeur()), version, List.of(
        new EvenementDemande.DemandeModifiee(numero, JOUR, DESK, true, Contenus.coupleAvecDeuxEnfants(),
            OrigineModification.DEMANDE_DU_DEMANDEUR)), meta());
  }

  private static EventMetadata meta() {
    return new EventMetadata(Instant.parse("2025-03-10T09:00:00Z"), "test", "59");
  }

  @Test
  void les_entrees_sont_rendues_dans_l_ordre_des_commits_et_restent_a_traiter_jusqu_a_leur_marque() {
    NumeroUnique a = NumeroUnique.parse("0590325000001G0042");
    NumeroUnique b = NumeroUnique.parse("0590325000002G0042");
    enregistrer(a);
    enregistrer(b);
    modifier(a, 1);

    List<EntreeOutbox> premieres = outbox.aTraiter(Outbox.REGISTRE_NATIONAL, 10);
    outbox.marquerEchec(premieres.get(0), "délai dépassé");
    List<EntreeOutbox> apresEchec = outbox.aTraiter(Outbox.REGISTRE_NATIONAL, 10);

    assertThat(premieres).extracting(e -> e.evenement().stream().id() + "@" + e.evenement().version())
        .containsExactly(a.valeur() + "@1", b.valeur() + "@1", a.valeur() + "@2");
    assertThat(apresEchec.get(0).tentatives()).isEqualTo(1);
    assertThat(apresEchec.get(0).derniereErreur()).contains("délai dépassé");
    assertThat(apresEchec).hasSize(3);
  }

  @Test
  void une_entree_traitee_ou_rejetee_ne_revient_plus_et_marquer_deux_fois_ne_change_rien() {
    NumeroUnique a = NumeroUnique.parse("0590325000001G0042");
    enregistrer(a);
    modifier(a, 1);
    List<EntreeOutbox> entrees = outbox.aTraiter(Outbox.REGISTRE_NATIONAL, 10);

    outbox.marquerTraitee(entrees.get(0));
    outbox.marquerTraitee(entrees.get(0));
    outbox.marquerRejetee(entrees.get(1), "anomalie");
    outbox.marquerEchec(entrees.get(1), "trop tard");

    assertThat(outbox.aTraiter(Outbox.REGISTRE_NATIONAL, 10)).isEmpty();
    assertThat(outbox.nombreATraiter()).isZero();
    assertThat(outbox.nombreRejetees()).isOne();
  }

  @Test
  void une_autre_destination_n_a_rien_a_traiter() {
    enregistrer(NumeroUnique.parse("0590325000001G0042"));

    assertThat(outbox.aTraiter("partenaire", 10)).isEmpty();
    assertThat(outbox.aTraiter(Outbox.REGISTRE_NATIONAL, 1)).hasSize(1);
  }
}
