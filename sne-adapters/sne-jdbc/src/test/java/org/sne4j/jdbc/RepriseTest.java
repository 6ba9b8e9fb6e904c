package org.sne4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.api.Sne;
import org.sne4j.commun.IdentifiantCommande;
import org.sne4j.commun.IdentifiantCommandeReutiliseException;
import org.sne4j.demande.ContenuDemande;
import org.sne4j.demande.Demande;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.memoire.InMemoryRegistreNational;
import org.sne4j.spi.CritereRecherche;
import org.sne4j.spi.RegistreNational;
import org.sne4j.spi.UnavailableException;
import org.sne4j.testkit.fixtures.HorlogeReglable;
import org.sne4j.testkit.generateurs.GenerateursDemande;

/** A desk's retry on PostgreSQL, across a restart of the application: one number, one stream. */
@DisplayName("PostgreSQL — reprise d'un enregistrement après délai dépassé, de part et d'autre, après redémarrage")
class RepriseTest {

  static final String SCHEMA = "sne_test_reprise";
  static final CodeGuichet GUICHET = new CodeGuichet("G0042");
  static final IdentifiantCommande ID = IdentifiantCommande.de("requete-42");

  DataSource ds;
  final InMemoryRegistreNational registre = new InMemoryRegistreNational();
  final HorlogeReglable horloge = HorlogeReglable.le(Scenario.DEBUT);
  final ContenuDemande contenu = GenerateursDemande.contenu(Scenario.DEBUT).sample(3L, 1).get(0);

  @BeforeEach
  void schemaVide() {
    ds = BaseDeTest.schemaVide(SCHEMA);
  }

  /** A new application on the database: a new store, nothing in memory. */
  Sne redemarrer(RegistreNational r) {
    PostgresEventStore pg = PostgresEventStore.builder(ds, new SerialiseurDeTest()).schema(SCHEMA).build();
    return Sne.builder().horloge(horloge).eventStore(pg).registreNational(r).build();
  }

  PostgresEventStore store() {
    return PostgresEventStore.builder(ds, new SerialiseurDeTest()).schema(SCHEMA).build();
  }

  @Test
  void delai_depasse_avant_la_reponse_du_registre() {
    AtomicInteger appels = new AtomicInteger();
    RegistreNational perdUneReponse = d -> {
      NumeroUnique n = registre.attribuerNumero(d);
      if (appels.incrementAndGet() == 1) {
        throw new UnavailableException("answer lost", null);
      }
      return n;
    };
    assertThatThrownBy(() -> redemarrer(perdUneReponse).demandes().enregistrerContenu(ID, Scenario.MAIRIE, GUICHET,
        Scenario.DEBUT, contenu)).isInstanceOf(UnavailableException.class);

    Demande d = redemarrer(perdUneReponse).demandes().enregistrerContenu(ID, Scenario.MAIRIE, GUICHET, Scenario.DEBUT, contenu);

    assertThat(registre.doublons(contenu)).extracting(x -> x.numero()).containsExactly(d.numero());
    assertThat(store().readAll(0, 100)).hasSize(1);
    assertThat(store().rechercher(CritereRecherche.toutes(10))).hasSize(1);
  }

  @Test
  void delai_depasse_apres_l_ecriture_et_redemarrage() {
    // GIVEN the registration committed, and the desk never got the answer (its process died)
    Demande d = redemarrer(registre).demandes().enregistrerContenu(ID, Scenario.MAIRIE, GUICHET, Scenario.DEBUT, contenu);
    // WHEN it retries on a restarted application, twice
    Demande reprise = redemarrer(registre).demandes().enregistrerContenu(ID, Scenario.MAIRIE, GUICHET, Scenario.DEBUT, contenu);
    Demande encore = redemarrer(registre).demandes().enregistrerContenu(ID, Scenario.MAIRIE, GUICHET, Scenario.DEBUT, contenu);
    // THEN the first demand, nothing more written, one number
    assertThat(reprise).isEqualTo(d).isEqualTo(encore);
    assertThat(store().readAll(0, 100)).hasSize(1);
    assertThat(store().outbox().nombreATraiter(org.sne4j.spi.Outbox.REGISTRE_NATIONAL)).isEqualTo(1);
    assertThat(registre.doublons(contenu)).hasSize(1);
    assertThat(store().commande(ID.valeur())).hasValueSatisfying(c ->
        assertThat(c.flux()).singleElement().satisfies(v -> assertThat(v.version()).isEqualTo(1)));
    // AND another command under the same identifier is refused, writing nothing
    assertThatThrownBy(() -> redemarrer(registre).demandes().executer(ID,
        new org.sne4j.demande.CommandeDemande.AvertirAbsenceDeReponse(d.numero(), Scenario.MAIRIE)))
        .isInstanceOf(IdentifiantCommandeReutiliseException.class);
    assertThat(store().readAll(0, 100)).hasSize(1);
  }
}
