package org.sne4j.jdbc;

import org.sne4j.spi.Outbox;
import org.sne4j.echanges.PolitiqueOutbox;
import org.sne4j.spi.EntreeOutbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.sne4j.demande.DelaisReglementaires;
import org.sne4j.api.Sne;
import org.sne4j.demande.Demande;
import org.sne4j.demande.EvenementDemande;
import org.sne4j.demande.FicheDemande;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.logement.TypeLogement;
import org.sne4j.memoire.InMemoryEventStore;
import org.sne4j.memoire.InMemoryIndexDemandes;
import org.sne4j.spi.ConflictException;
import org.sne4j.spi.CritereRecherche;
import org.sne4j.spi.Ecriture;
import org.sne4j.spi.EventMetadata;
import org.sne4j.spi.StoredEvent;
import org.sne4j.spi.MiseAJourProjections;
import org.sne4j.spi.StreamAppend;
import org.sne4j.spi.StreamId;
import org.sne4j.spi.UnavailableException;
import org.sne4j.territoire.CodeInsee;
import org.sne4j.testkit.fixtures.HorlogeReglable;
import org.sne4j.testkit.generateurs.GenerateursDemande;

/**
 * The summaries and the outbox written in the append transaction, checked on a real server
 * against the fold of the events and against the in-memory default driven identically.
 */
@DisplayName("PostgresEventStore — projections, reconstruction, outbox, erreurs typées")
class ProjectionsEtOutboxTest {

  static final String SCHEMA = "sne_test_projections";
  static final DelaisReglementaires DELAIS = DelaisReglementaires.parDefaut();

  DataSource ds;
  PostgresEventStore pg;

  @BeforeEach
  void schemaVide() {
    ds = BaseDeTest.schemaVide(SCHEMA);
    pg = PostgresEventStore.builder(ds, new SerialiseurDeTest()).schema(SCHEMA).build();
  }

  /** The summary of each demand, recomputed from its events as read from the store. */
  static Map<NumeroUnique, FicheDemande> plis(PostgresEventStore store, List<NumeroUnique> numeros) {
    Map<NumeroUnique, FicheDemande> fiches = new TreeMap<>();
    for (NumeroUnique n : numeros) {
      List<StoredEvent> h = store.readStream(new StreamId("demande", n.valeur()));
      Demande d = Demande.rejouer(h.stream().map(s -> (EvenementDemande) s.event()).toList()).orElseThrow();
      fiches.put(n, FicheDemande.de(d, DELAIS));
    }
    return fiches;
  }

  static Map<NumeroUnique, FicheDemande> lignes(PostgresEventStore store) {
    Map<NumeroUnique, FicheDemande> fiches = new TreeMap<>();
    store.rechercher(CritereRecherche.toutes(10_000)).forEach(f -> fiches.put(f.numero(), f));
    return fiches;
  }

  @Test
  void chaque_fiche_est_le_pli_des_evenements_et_les_requetes_repondent_comme_en_memoire() {
    // GIVEN the same months of activity on PostgreSQL and on the in-memory default
    InMemoryIndexDemandes memoire = new InMemoryIndexDemandes();
    Scenario surPg = new Scenario(7, pg, pg).executer(16, 40);
    Scenario enMemoire = new Scenario(7, new InMemoryEventStore(), memoire).executer(16, 40);

    // THEN the same demands, and each row is the fold of its events and the in-memory summary
    assertThat(surPg.numeros).isEqualTo(enMemoire.numeros).hasSizeGreaterThan(100);
    assertThat(lignes(pg)).isEqualTo(plis(pg, surPg.numeros));
    for (NumeroUnique n : surPg.numeros) {
      assertThat(pg.fiche(n)).isEqualTo(memoire.fiche(n));
    }
    assertThat(lignes(pg).values()).anyMatch(FicheDemande::estRadiee).anyMatch(FicheDemande::prioritaire)
        .anyMatch(FicheDemande::avisEnvoye);
    // AND the use cases' queries answer alike, on several days
    for (LocalDate jour = Scenario.DEBUT; jour.isBefore(Scenario.DEBUT.plusYears(3)); jour = jour.plusDays(45)) {
      assertThat(pg.avisDus(jour)).as("avis dus le %s", jour).isEqualTo(memoire.avisDus(jour));
      assertThat(pg.radiationsNonRenouvellementDues(jour)).isEqualTo(memoire.radiationsNonRenouvellementDues(jour));
      assertThat(pg.conservationsEchues(jour)).isEqualTo(memoire.conservationsEchues(jour));
    }
    List<CritereRecherche> criteres = new ArrayList<>();
    criteres.add(CritereRecherche.actives(10_000));
    criteres.add(CritereRecherche.toutes(25).aPartirDe(30));
    for (CodeInsee c : GenerateursDemande.METROPOLE_LILLOISE) {
      criteres.add(CritereRecherche.actives(10_000).pourLaCommune(c));
      for (TypeLogement t : TypeLogement.values()) {
        criteres.add(CritereRecherche.toutes(10_000).pourLaCommune(c).pourLaTypologie(t));
      }
    }
    criteres.add(CritereRecherche.actives(50).dansLeTerritoire(surPg.numeros.isEmpty() ? null
        : pg.fiche(surPg.numeros.get(0)).orElseThrow().territoire()).pourLaTypologie(TypeLogement.T3));
    for (CritereRecherche c : criteres) {
      assertThat(pg.rechercher(c)).as("%s", c).isEqualTo(memoire.rechercher(c));
    }
  }

  @Test
  void les_projections_se_reconstruisent_a_l_identique_depuis_les_evenements() throws SQLException {
    // GIVEN summaries damaged or lost
    Scenario s = new Scenario(11, pg, pg).executer(8, 40);
    Map<NumeroUnique, FicheDemande> avant = lignes(pg);
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement()) {
      st.executeUpdate("delete from " + SCHEMA + ".sne_fiche_demande where numero in (select numero from " + SCHEMA
          + ".sne_fiche_demande order by numero limit 10)");
      st.executeUpdate("update " + SCHEMA + ".sne_fiche_demande set personnes = 99, version = version + 100");
      st.executeUpdate("insert into " + SCHEMA + ".sne_fiche_demande select * from " + SCHEMA
          + ".sne_fiche_demande limit 0");
    }
    assertThat(lignes(pg)).isNotEqualTo(avant);

    // WHEN
    long n = s.sne.projections().reconstruire().fiches();

    // THEN
    assertThat(n).isEqualTo(s.numeros.size());
    assertThat(lignes(pg)).isEqualTo(avant).isEqualTo(plis(pg, s.numeros));
  }

  @Test
  void les_delais_sont_donnes_une_fois_et_la_fiche_du_store_les_suit() {
    // GIVEN local timers on the façade, and nothing about timers on the store (it has none)
    DelaisReglementaires locaux = DelaisReglementaires.builder()
        .radiationNonRenouvellement(java.time.Period.ofMonths(14)).reactivationNonRenouvellement(java.time.Period.ofMonths(20))
        .conservation(java.time.Period.ofYears(2)).build();
    Sne sne = Sne.builder().eventStore(pg).delais(locaux).horloge(HorlogeReglable.le(Scenario.DEBUT)).build();
    // WHEN a demand is registered and its notice sent
    Demande d = sne.demandes().enregistrerContenu(Scenario.MAIRIE, new org.sne4j.acteur.CodeGuichet("G0042"), Scenario.DEBUT,
        GenerateursDemande.contenu(Scenario.DEBUT).sample(5L, 1).get(0));
    d = sne.demandes().executer(new org.sne4j.demande.CommandeDemande.EnvoyerAvisRenouvellement(d.numero(),
        org.sne4j.acteur.Acteur.gestionnaire()));
    // THEN the row in PostgreSQL is the summary under the façade's timers, not the defaults
    assertThat(pg.fiche(d.numero())).contains(FicheDemande.de(d, locaux));
    assertThat(pg.fiche(d.numero()).orElseThrow().dateRadiationNonRenouvellement())
        .contains(d.dateReference().plusMonths(14)).isNotEqualTo(FicheDemande.de(d, DELAIS).dateRadiationNonRenouvellement());
  }

  @Test
  void un_index_branche_a_cote_du_store_qui_le_tient_est_refuse_au_demarrage() {
    assertThatThrownBy(() -> Sne.builder().eventStore(pg).index(new InMemoryIndexDemandes()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("keeps the read model IndexDemandes in its append transaction");
    assertThatThrownBy(() -> Sne.builder().eventStore(pg).attributions(new org.sne4j.memoire.InMemoryRegistreAttributions()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("RegistreAttributions");
    assertThat(Sne.builder().eventStore(pg).build().implementations().get("IndexDemandes"))
        .contains("PostgresEventStore").contains("tenu par le store");
  }

  @Test
  void indexer_est_idempotent_et_ne_recule_jamais() {
    Scenario s = new Scenario(3, pg, pg).executer(3, 20);
    NumeroUnique n = s.numeros.get(0);
    FicheDemande actuelle = pg.fiche(n).orElseThrow();
    FicheDemande ancienne = plis(pg, List.of(n)).get(n);
    List<StoredEvent> h = pg.readStream(new StreamId("demande", n.valeur()));
    FicheDemande premiere = FicheDemande.de(Demande.rejouer(List.of((EvenementDemande) h.get(0).event())).orElseThrow(), DELAIS);

    pg.indexer(premiere);
    pg.indexer(actuelle);
    pg.indexer(actuelle);

    assertThat(pg.fiche(n)).contains(actuelle).contains(ancienne);
  }

  @Test
  void l_outbox_recoit_dans_la_transaction_les_evenements_destines_au_registre_national() {
    // GIVEN
    Scenario s = new Scenario(5, pg, pg).executer(14, 30);
    PostgresOutbox outbox = pg.outbox();
    List<StoredEvent> attendus = new ArrayList<>();
    long position = 0;
    for (List<StoredEvent> page = pg.readAll(0, 500); !page.isEmpty(); page = pg.readAll(position, 500)) {
      for (StoredEvent e : page) {
        if (PolitiqueOutbox.NATURES_REGISTRE_NATIONAL.contains(((EvenementDemande) e.event()).nature())) {
          attendus.add(e);
        }
        position = e.position();
      }
    }
    assertThat(attendus.stream().map(e -> ((EvenementDemande) e.event()).nature()).distinct())
        .hasSizeGreaterThanOrEqualTo(4);
    assertThat(pg.readAll(0, 100_000)).hasSizeGreaterThan(attendus.size());

    // WHEN the relay reads everything pending
    List<EntreeOutbox> entrees = outbox.aTraiter(Outbox.REGISTRE_NATIONAL, 100_000);

    // THEN one entry per event concerned, in commit order, with its event
    assertThat(entrees).extracting(EntreeOutbox::evenement).isEqualTo(attendus);
    assertThat(outbox.nombreATraiter(Outbox.REGISTRE_NATIONAL)).isEqualTo(attendus.size());
    assertThat(outbox.aTraiter("un-partenaire", 10)).isEmpty();

    // AND marking: delivered leaves the queue, a failure stays with its attempt, a rejection leaves it
    outbox.marquerTraitee(entrees.get(0));
    outbox.marquerTraitee(entrees.get(0));
    outbox.marquerEchec(entrees.get(1), "délai dépassé");
    outbox.marquerEchec(entrees.get(1), "délai dépassé encore");
    outbox.marquerRejetee(entrees.get(2), "anomalie 42");
    List<EntreeOutbox> restantes = outbox.aTraiter(Outbox.REGISTRE_NATIONAL, 2);
    assertThat(restantes.get(0).id()).isEqualTo(entrees.get(1).id());
    assertThat(restantes.get(0).tentatives()).isEqualTo(2);
    assertThat(restantes.get(0).derniereErreur()).contains("délai dépassé encore");
    assertThat(restantes.get(1).id()).isEqualTo(entrees.get(3).id());
    assertThat(outbox.nombreATraiter(Outbox.REGISTRE_NATIONAL)).isEqualTo(attendus.size() - 2);
  }

  @Test
  void une_politique_d_outbox_choisit_ses_evenements_et_un_flux_hors_demande_n_est_pas_projete() {
    PostgresEventStore store = PostgresEventStore.builder(ds, new SerialiseurDeTest()).schema(SCHEMA)
        .politiqueOutbox(PolitiqueOutbox.parDefaut().et((flux, e) ->
            flux.category().equals("note") ? Set.of("partenaire-siao") : Set.of()))
        .build();
    StreamId flux = new StreamId("note", "n-1");

    store.append(flux, 0, List.of(SerialiseurDeTest.Note.de("a"), SerialiseurDeTest.Note.de("b")),
        new EventMetadata(Instant.parse("2025-02-01T10:00:00Z"), "c-1", "59"));

    assertThat(store.readStream(flux)).hasSize(2);
    assertThat(store.rechercher(CritereRecherche.toutes(10))).isEmpty();
    assertThat(store.outbox().aTraiter("partenaire-siao", 10)).extracting(e -> e.evenement().version())
        .containsExactly(1L, 2L);
  }

  @Test
  void un_ajout_en_conflit_ou_incoherent_ne_laisse_ni_evenement_ni_fiche_ni_outbox() throws SQLException {
    Scenario s = new Scenario(9, pg, pg).executer(2, 20);
    NumeroUnique n = s.numeros.get(0);
    StreamId flux = new StreamId("demande", n.valeur());
    List<StoredEvent> h = pg.readStream(flux);
    FicheDemande fiche = pg.fiche(n).orElseThrow();
    long outbox = pg.outbox().nombreATraiter(Outbox.REGISTRE_NATIONAL);
    EvenementDemande.DemandeRadiee radiation = new EvenementDemande.DemandeRadiee(n, Scenario.DEBUT, Scenario.MAIRIE,
        true, org.sne4j.demande.MotifRadiation.RENONCIATION, Optional.empty(), Optional.empty(), Optional.empty());
    EventMetadata md = new EventMetadata(Instant.parse("2025-02-01T10:00:00Z"), "c-x", fiche.territoire().code());

    assertThatThrownBy(() -> pg.append(flux, h.size() - 1, List.of(radiation), md))
        .isInstanceOf(ConflictException.class);
    FicheDemande suivante = new FicheDemande(fiche.numero(), fiche.territoire(), h.size() + 1, fiche.dateDepot(),
        fiche.dateFinValidite(), fiche.dateEcheanceAvis(), fiche.avisEnvoye(), fiche.dateRadiationNonRenouvellement(),
        fiche.echeanceAvertissement(), Optional.of(org.sne4j.demande.MotifRadiation.RENONCIATION), Optional.of(Scenario.DEBUT),
        fiche.dateFinConservation(), fiche.communes(), fiche.typologies(), fiche.personnes(), fiche.prioritaire(),
        fiche.statutDalo());
    assertThatThrownBy(() -> pg.enregistrer(Ecriture.de(List.of(StreamAppend.of(flux, h.size(), List.of(radiation),
        new EventMetadata(md.recordedAt(), "c-y", "2A"))), MiseAJourProjections.de(suivante))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("partition key");
    assertThatThrownBy(() -> pg.enregistrer(Ecriture.de(List.of(StreamAppend.of(flux, h.size(), List.of(radiation, radiation), md)),
        MiseAJourProjections.de(suivante))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version");
    assertThatThrownBy(() -> pg.enregistrer(Ecriture.de(List.of(StreamAppend.of(new StreamId("demande", "AUTRE"), 0, List.of(radiation), md)),
        MiseAJourProjections.de(suivante))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without the append");
    FicheDemande enRetard = new FicheDemande(suivante.numero(), suivante.territoire(), h.size(), suivante.dateDepot(),
        suivante.dateFinValidite(), suivante.dateEcheanceAvis(), suivante.avisEnvoye(),
        suivante.dateRadiationNonRenouvellement(), suivante.echeanceAvertissement(), suivante.motifRadiation(),
        suivante.dateRadiation(), suivante.dateFinConservation(), suivante.communes(), suivante.typologies(),
        suivante.personnes(), suivante.prioritaire(), suivante.statutDalo());
    assertThatThrownBy(() -> pg.enregistrer(Ecriture.de(List.of(StreamAppend.of(flux, h.size() - 1, List.of(radiation), md)),
        MiseAJourProjections.de(enRetard))))
        .isInstanceOf(ConflictException.class);

    assertThat(pg.readStream(flux)).isEqualTo(h);
    assertThat(pg.fiche(n)).contains(fiche);
    assertThat(pg.outbox().nombreATraiter(Outbox.REGISTRE_NATIONAL)).isEqualTo(outbox);
    try (Connection c = ds.getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select count(*) from " + SCHEMA + ".sne_events where stream_id = 'AUTRE'")) {
      rs.next();
      assertThat(rs.getLong(1)).isZero();
    }
  }

  @Test
  void un_serveur_injoignable_est_une_indisponibilite_typee_et_un_schema_absent_une_erreur_jdbc() {
    PGSimpleDataSource injoignable = new PGSimpleDataSource();
    injoignable.setServerNames(new String[] {"127.0.0.1"});
    injoignable.setPortNumbers(new int[] {1});
    injoignable.setConnectTimeout(2);
    PostgresEventStore ailleurs = new PostgresEventStore(injoignable, new SerialiseurDeTest());
    StreamId flux = new StreamId("note", "x");

    assertThatThrownBy(() -> ailleurs.readStream(flux)).isInstanceOfSatisfying(UnavailableException.class,
        e -> assertThat(e.isRetryable()).isTrue());
    assertThatThrownBy(() -> ailleurs.append(flux, 0, List.of(SerialiseurDeTest.Note.de("a")),
        new EventMetadata(Instant.EPOCH, "c", "59"))).isInstanceOf(UnavailableException.class)
        .hasMessageStartingWith(UnavailableException.CODE);

    PostgresEventStore sansSchema = PostgresEventStore.builder(ds, new SerialiseurDeTest()).schema("sne_test_jamais_migre").build();
    assertThatThrownBy(() -> sansSchema.readAll(0, 10)).isInstanceOfSatisfying(JdbcStoreException.class, e -> {
      assertThat(e.code()).isEqualTo(JdbcStoreException.CODE);
      assertThat(e.sqlState()).isEqualTo("42P01");
      assertThat(e.isRetryable()).isFalse();
    });
  }

  @Test
  void un_texte_que_postgresql_ne_peut_garder_est_refuse_sans_rien_ecrire() {
    StreamId flux = new StreamId("note", "nul");
    EventMetadata md = new EventMetadata(Instant.parse("2025-02-01T10:00:00Z"), "c-1", "59");

    assertThatThrownBy(() -> pg.append(flux, 0, List.of(SerialiseurDeTest.Note.de("avant\u0000après")), md))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+0000");
    assertThatThrownBy(() -> pg.append(flux, 0, List.of(SerialiseurDeTest.Note.de("seul \uD800 ici")), md))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("surrogate");

    assertThat(pg.readStream(flux)).isEmpty();
    assertThat(pg.readAll(0, 10)).isEmpty();
  }
}
