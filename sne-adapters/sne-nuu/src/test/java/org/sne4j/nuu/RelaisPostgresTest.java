package org.sne4j.nuu;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sne4j.echanges.BilanRelais;
import org.sne4j.echanges.RelaisRegistreNational;
import org.sne4j.acteur.Acteur;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.api.Sne;
import org.sne4j.demande.CommandeDemande;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.demande.OrigineModification;
import org.sne4j.jdbc.PostgresEventStore;
import org.sne4j.jdbc.SneSchema;
import org.sne4j.json.JacksonEventSerializer;
import org.sne4j.spi.Outbox;
import org.sne4j.testkit.fixtures.HorlogeReglable;
import org.sne4j.testkit.generateurs.GenerateursDemande;
import org.sne4j.testkit.sne.CertificatsDeTest;
import org.sne4j.testkit.sne.FakeSne;

/**
 * The whole chain on real components: the façade on the PostgreSQL store writes each change and its
 * outbox entry in one transaction; the relay reads the store's outbox (the core's {@link Outbox}
 * port) and sends the changes to the fake SNE over HTTPS with a client certificate, in order.
 */
@DisplayName("Relais de l'outbox PostgreSQL vers le SNE (arrêté du 23 mars 2015 §5 : transmission quotidienne)")
class RelaisPostgresTest {

  static final CodeGuichet GUICHET = new CodeGuichet("G1226");
  static final Acteur DESK = Acteur.guichet(GUICHET, "Mairie de Lille");
  static final LocalDate JOUR = LocalDate.of(2026, 3, 2);

  static EmbeddedPostgres serveur;
  static DataSource ds;

  @BeforeAll
  static void demarrer() throws Exception {
    serveur = EmbeddedPostgres.builder().start();
    ds = serveur.getPostgresDatabase();
    SneSchema.migrate(ds, "sne_relais");
  }

  @AfterAll
  static void arreter() throws Exception {
    serveur.close();
  }

  @Test
  void chaque_changement_enregistre_en_base_arrive_au_sne_dans_l_ordre_puis_plus_rien_n_est_en_attente() {
    CertificatsDeTest certificats = CertificatsDeTest.partages();
    try (FakeSne fake = FakeSne.builder().tls(certificats.contexteServeur()).graine(1L).demarrer()) {
      SneConnector connecteur = new SneConnector(ConfigurationSne.builder(fake.adresse(), GUICHET)
          .tls(certificats.charger(certificats.client()), certificats.motDePasse(), certificats.charger(certificats.confianceClient()))
          .delaiReponse(Duration.ofSeconds(5))
          .build());
      PostgresEventStore pg = PostgresEventStore.builder(ds, new JacksonEventSerializer()).schema("sne_relais").build();
      Sne sne = Sne.builder().horloge(HorlogeReglable.le(JOUR)).eventStore(pg).index(pg).registreNational(connecteur).build();

      // GIVEN three demands registered (numbered by the SNE), one modified, one renewed
      List<NumeroUnique> numeros = new ArrayList<>();
      GenerateursDemande.contenu(JOUR).sample(5L, 3).forEach(c -> numeros.add(sne.demandes().enregistrerContenu(DESK, GUICHET, JOUR, c).numero()));
      sne.demandes().executer(new CommandeDemande.Modifier(numeros.get(0), DESK, sne.consultation().demande(DESK, numeros.get(0)).orElseThrow().contenu(),
          OrigineModification.DEMANDE_DU_DEMANDEUR));
      sne.demandes().executer(new CommandeDemande.Renouveler(numeros.get(1), DESK, sne.consultation().demande(DESK, numeros.get(1)).orElseThrow().contenu()));
      Outbox outbox = pg.outbox();
      assertThat(pg.outbox().nombreATraiter(Outbox.REGISTRE_NATIONAL)).isEqualTo(5);

      // WHEN the relay runs
      BilanRelais bilan = new RelaisRegistreNational(outbox, pg, connecteur, 10).relayer();

      // THEN every change reached the SNE, in order per demand, and nothing is left
      assertThat(bilan.transmises() + bilan.sansEnvoi()).isEqualTo(5);
      assertThat(pg.outbox().nombreATraiter(Outbox.REGISTRE_NATIONAL)).isZero();
      assertThat(fake.demande(numeros.get(0).valeur()).orElseThrow().effets()).extracting(FakeSne.Effet::typeFichier)
          .containsExactly("CRE", "MOD");
      assertThat(fake.demande(numeros.get(1).valeur()).orElseThrow().effets()).extracting(FakeSne.Effet::typeFichier)
          .containsExactly("CRE", "REN");
      assertThat(fake.numerosAttribues()).hasSize(3).doesNotHaveDuplicates();
      assertThat(new RelaisRegistreNational(outbox, pg, connecteur, 10).relayer()).isEqualTo(BilanRelais.VIDE);
    }
  }
}
