package org.sne4j.projection;


import static org.assertj.core.api.Assertions.assertThat;
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
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.commun.Evenement;
import org.sne4j.contingent.ContingentEligible;
import org.sne4j.contingent.TypeReservataire;
import org.sne4j.demande.CommandeDemande;
import org.sne4j.demande.Demande;
import org.sne4j.demande.FicheDemande;
import org.sne4j.demande.MotifRadiation;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.evenement.Chronologie;
import org.sne4j.information.Attestation;
import org.sne4j.information.AvisRenouvellement;
import org.sne4j.information.DelaiAnormalementLong;
import org.sne4j.information.InformationsLocales;
import org.sne4j.information.VueDemandeur;
import org.sne4j.spi.ConflictException;
import org.sne4j.spi.CritereRecherche;
import org.sne4j.spi.DemandeAEnregistrer;
import org.sne4j.spi.EventMetadata;
import org.sne4j.spi.EventStore;
import org.sne4j.memoire.InMemoryEventStore;
import org.sne4j.spi.RegistreNational;
import org.sne4j.spi.StoredEvent;
import org.sne4j.spi.StreamId;
import org.sne4j.territoire.TerritoireEnregistrement;

@DisplayName("Projections : reconstruction depuis les événements")
class ServiceProjectionsTest {

  static final CodeGuichet GUICHET = new CodeGuichet("G0042");
  static final Acteur DESK = Acteur.guichet(GUICHET, "Mairie de Lille");
  static final LocalDate DEPOT = LocalDate.of(2025, 3, 15);

  final Banc banc = new Banc("test");
  final InMemoryEventStore store = banc.store;

  /** The library on {@code jour}, over the same ports (a new clock each simulated day). */
  Sne le(LocalDate jour) {
    return banc.le(jour);
  }

  @Test
  void l_index_se_reconstruit_a_l_identique_depuis_les_evenements() {
    Sne sne = le(DEPOT);
    sne.demandes().enregistrerContenu(DESK, GUICHET, DEPOT, Contenus.personneSeuleALille());
    Demande d = sne.demandes().enregistrerContenu(DESK, GUICHET, DEPOT, Contenus.coupleAvecDeuxEnfants());
    sne.demandes().executer(new CommandeDemande.Radier(d.numero(), DESK, MotifRadiation.RENONCIATION));
    List<FicheDemande> avant = sne.consultation().rechercher(DESK, CritereRecherche.toutes(100));
    sne.projections().reconstruire();
    assertThat(sne.consultation().rechercher(DESK, CritereRecherche.toutes(100))).isEqualTo(avant);
    assertThat(sne.consultation().rechercher(DESK, CritereRecherche.actives(100))).hasSize(1);
    assertThat(sne.consultation().rechercher(DESK, CritereRecherche.toutes(100).pourLaCommune(Contenus.ROUBAIX))).hasSize(1);
  }
}
