package org.sne4j.nuu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.demande.ContenuDemande;
import org.sne4j.demande.MotifRadiation;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.demande.TypeFichier;
import org.sne4j.priorite.StatutDalo;
import org.sne4j.priorite.TypologieLogementDalo;
import org.sne4j.spi.DecisionDalo;
import org.sne4j.spi.DemandeAEnregistrer;
import org.sne4j.spi.DemandeATransmettre;
import org.sne4j.spi.DemandeNationale;
import org.sne4j.spi.RadiationNationale;
import org.sne4j.spi.RejectedException;
import org.sne4j.spi.UnavailableException;
import org.sne4j.testkit.fixtures.HorlogeReglable;
import org.sne4j.testkit.generateurs.GenerateursDemande;
import org.sne4j.testkit.sne.CertificatsDeTest;
import org.sne4j.testkit.sne.FakeSne;
import org.sne4j.testkit.sne.Panne;

/** The connector against the fake SNE over HTTPS with a client certificate: no mock. */
class SneConnectorTest {

  static final CodeGuichet GUICHET = new CodeGuichet("G1226");
  static final LocalDate JOUR = LocalDate.of(2025, 3, 10);
  static final CertificatsDeTest CERTIFICATS = CertificatsDeTest.partages();

  final HorlogeReglable horloge = HorlogeReglable.le(JOUR);
  final List<Duration> attentes = Collections.synchronizedList(new ArrayList<>());
  final FakeSne sne = FakeSne.builder().tls(CERTIFICATS.contexteServeur()).retenue(Duration.ofSeconds(1)).demarrer();

  @AfterEach
  void arreter() {
    sne.close();
  }

  ConfigurationSne.Builder configuration(URI adresse) {
    return ConfigurationSne.builder(adresse, GUICHET)
        .tls(CERTIFICATS.charger(CERTIFICATS.client()), CERTIFICATS.motDePasse(), CERTIFICATS.charger(CERTIFICATS.confianceClient()))
        .delaiConnexion(Duration.ofSeconds(2))
        .delaiReponse(Duration.ofMillis(400))
        .reprise(new PolitiqueReprise(4, Duration.ofMillis(100), Duration.ofSeconds(1)))
        .attente(attentes::add)
        .horloge(horloge);
  }

  SneConnector connecteur() {
    return new SneConnector(configuration(sne.adresse()).build());
  }

  static DemandeAEnregistrer aEnregistrer(ContenuDemande contenu, String cle) {
    return new DemandeAEnregistrer(contenu.territoire(), GUICHET, JOUR, contenu, cle);
  }

  static ContenuDemande contenu(long graine) {
    return GenerateursDemande.contenu(JOUR).sample(graine, 1).get(0);
  }

  @Nested
  class Services {

    @Test
    void getNumUnique_attribue_un_numero_et_le_faux_sne_garde_la_demande() {
      ContenuDemande c = Documents.contenuComplet();

      NumeroUnique n = connecteur().attribuerNumero(aEnregistrer(c, "cle-1"));

      assertThat(sne.numerosAttribues()).containsExactly(n.valeur());
      FakeSne.DemandeSne d = sne.demande(n.valeur()).orElseThrow();
      assertThat(d.nom()).isEqualTo("CASANOVA");
      assertThat(d.guichet()).isEqualTo("G1226");
      assertThat(d.effets()).extracting(FakeSne.Effet::typeFichier).containsExactly("CRE");
    }

    @Test
    void getDemandeLogement_rend_la_demande_telle_qu_elle_a_ete_enregistree() {
      SneConnector connecteur = connecteur();
      ContenuDemande c = contenu(7);
      NumeroUnique n = connecteur.attribuerNumero(aEnregistrer(c, "cle"));

      assertThat(connecteur.demande(n)).contains(DemandeNationale.active(n, GUICHET, JOUR, c));
      assertThat(connecteur.demande(NumeroUnique.parse("0590325999999G1226"))).isEmpty();
    }

    @Test
    void une_modification_puis_une_radiation_sont_transmises_et_une_repetition_n_a_pas_d_effet() {
      SneConnector connecteur = connecteur();
      NumeroUnique n = connecteur.attribuerNumero(aEnregistrer(contenu(1), "cle"));
      ContenuDemande nouveau = Documents.contenuComplet();
      DemandeATransmettre mod = new DemandeATransmettre(TypeFichier.MODIFICATION, Instant.parse("2025-03-11T10:00:00Z"),
          DemandeNationale.active(n, GUICHET, JOUR, nouveau));
      RadiationNationale radiation = new RadiationNationale(n, MotifRadiation.RENONCIATION, Optional.empty(), JOUR.plusDays(2), Optional.empty());
      DemandeATransmettre rad = new DemandeATransmettre(TypeFichier.RADIATION, Instant.parse("2025-03-12T10:00:00Z"),
          new DemandeNationale(n, GUICHET, JOUR, nouveau, Optional.of(radiation), Optional.empty()));

      connecteur.transmettre(mod);
      connecteur.transmettre(mod);
      connecteur.transmettre(rad);

      assertThat(sne.demande(n.valeur()).orElseThrow().effets()).extracting(FakeSne.Effet::typeFichier)
          .containsExactly("CRE", "MOD", "RAD");
      assertThat(sne.demande(n.valeur()).orElseThrow().repetitions()).isEqualTo(1);
      assertThat(connecteur.demande(n).orElseThrow().contenu()).isEqualTo(nouveau);
      assertThat(connecteur.radiationsDepuis(Instant.EPOCH)).containsExactly(radiation);
      assertThat(connecteur.demande(n).orElseThrow().radiation()).contains(radiation);
    }

    @Test
    void getDoublons_trouve_la_demande_du_meme_demandeur() {
      SneConnector connecteur = connecteur();
      ContenuDemande c = contenu(3);
      NumeroUnique n = connecteur.attribuerNumero(aEnregistrer(c, "cle"));

      assertThat(connecteur.doublons(c)).singleElement().satisfies(d -> {
        assertThat(d.numero()).isEqualTo(n);
        assertThat(d.nom()).isEqualTo(c.menage().demandeur().nom());
      });
      assertThat(connecteur.doublons(Documents.contenuComplet())).isEmpty();
    }

    @Test
    void une_decision_dalo_declaree_est_rendue_par_getNouveauxDaloDepuisLe_et_sur_la_demande() {
      SneConnector connecteur = connecteur();
      NumeroUnique n = connecteur.attribuerNumero(aEnregistrer(contenu(4), "cle"));
      DecisionDalo decision = new DecisionDalo(n, StatutDalo.ACTIF, Optional.of(TypologieLogementDalo.T3_T4), JOUR);

      connecteur.declarerDalo(decision);

      assertThat(connecteur.nouveauxDaloDepuis(Instant.EPOCH)).containsExactly(decision);
      assertThat(connecteur.nouveauxDaloDepuis(Instant.now().plusSeconds(3600))).isEmpty();
      assertThat(connecteur.demande(n).orElseThrow().dalo()).contains(decision);
    }

    @Test
    void une_radiation_faite_ailleurs_est_rendue_par_getDemandesRadieesDepuisLe() {
      SneConnector connecteur = connecteur();
      NumeroUnique n = connecteur.attribuerNumero(aEnregistrer(contenu(5), "cle"));

      sne.radier(n.valeur(), "RADIRR", Optional.of("IRRSEJ"), JOUR.plusDays(3));

      assertThat(connecteur.radiationsDepuis(Instant.EPOCH)).singleElement().satisfies(r -> {
        assertThat(r.numero()).isEqualTo(n);
        assertThat(r.motif()).isEqualTo(MotifRadiation.IRRECEVABILITE);
        assertThat(r.sousMotif()).contains(org.sne4j.cal.SousMotifIrrecevabilite.IRREGULARITE_DE_SEJOUR);
      });
    }
  }

  @Nested
  class Erreurs_et_reprises {

    @Test
    void une_reponse_perdue_apres_creation_ne_cree_pas_de_second_numero() {
      sne.prochainesPannes(Panne.COUPURE_APRES_TRAITEMENT);

      NumeroUnique n = connecteur().attribuerNumero(aEnregistrer(contenu(11), "cle"));

      assertThat(sne.numerosAttribues()).containsExactly(n.valeur());
      assertThat(sne.journal()).extracting(FakeSne.Appel::service).containsExactly("getNumUnique", "getDoublons");
    }

    @Test
    void un_delai_depasse_apres_creation_ne_cree_pas_de_second_numero() {
      sne.prochainesPannes(Panne.DELAI_DEPASSE);

      NumeroUnique n = connecteur().attribuerNumero(aEnregistrer(contenu(12), "cle"));

      assertThat(sne.numerosAttribues()).containsExactly(n.valeur());
    }

    @Test
    void une_nouvelle_tentative_avec_une_cle_deja_tentee_cherche_d_abord_les_doublons() {
      SneConnector connecteur = connecteur();
      sne.prochainesPannes(Panne.COUPURE_APRES_TRAITEMENT, Panne.HTTP_503, Panne.HTTP_503, Panne.HTTP_503, Panne.HTTP_503);
      assertThatThrownBy(() -> connecteur.attribuerNumero(aEnregistrer(contenu(13), "cle")))
          .isInstanceOf(UnavailableException.class);

      NumeroUnique n = connecteur.attribuerNumero(aEnregistrer(contenu(13), "cle"));

      assertThat(sne.numerosAttribues()).containsExactly(n.valeur());
    }

    @Test
    void les_echecs_passagers_sont_repris_avec_une_attente_exponentielle() {
      sne.prochainesPannes(Panne.HTTP_503, Panne.ERREUR_INATTENDUE, Panne.HTTP_500);

      List<DecisionDalo> dalos = connecteur().nouveauxDaloDepuis(Instant.EPOCH);

      assertThat(dalos).isEmpty();
      assertThat(attentes).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    void une_coupure_avant_traitement_est_une_indisponibilite_reprise() {
      sne.prochainesPannes(Panne.COUPURE_AVANT_TRAITEMENT, Panne.LATENCE);

      assertThat(connecteur().doublons(contenu(1))).isEmpty();
      assertThat(attentes).hasSize(1);
    }

    @Test
    void apres_la_derniere_tentative_l_indisponibilite_est_levee_avec_son_code() {
      sne.prochainesPannes(Panne.HTTP_503, Panne.HTTP_503, Panne.HTTP_503, Panne.HTTP_503);

      assertThatThrownBy(() -> connecteur().radiationsDepuis(Instant.EPOCH))
          .isInstanceOfSatisfying(UnavailableException.class, e -> {
            assertThat(e.code()).isEqualTo("SNE-INDISPONIBLE");
            assertThat(e.isRetryable()).isTrue();
          });
      assertThat(sne.journal()).hasSize(4);
    }

    @Test
    void un_serveur_injoignable_est_une_indisponibilite() throws Exception {
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      SneConnector injoignable = new SneConnector(configuration(URI.create("https://127.0.0.1:" + port + FakeSne.CHEMIN))
          .reprise(PolitiqueReprise.aucune()).build());

      assertThatThrownBy(() -> injoignable.doublons(contenu(1))).isInstanceOf(UnavailableException.class);
    }

    @Test
    void un_delai_depasse_a_chaque_tentative_est_leve_comme_tel() {
      sne.prochainesPannes(Panne.DELAI_DEPASSE, Panne.DELAI_DEPASSE);
      SneConnector connecteur = new SneConnector(configuration(sne.adresse())
          .reprise(new PolitiqueReprise(2, Duration.ofMillis(10), Duration.ofMillis(10))).build());

      assertThatThrownBy(() -> connecteur.nouveauxDaloDepuis(Instant.EPOCH))
          .isInstanceOfSatisfying(TimedOutException.class, e -> {
            assertThat(e.code()).isEqualTo("SNE-DELAI");
            assertThat(e.isRetryable()).isTrue();
          });
    }

    @Test
    void un_certificat_client_inconnu_est_un_echec_d_authentification_non_repris() throws Exception {
      X509Certificate intrus = (X509Certificate) CERTIFICATS.charger(CERTIFICATS.intrus()).getCertificate("intrus");
      SneConnector connecteur = new SneConnector(configuration(sne.adresse())
          .tls(CERTIFICATS.contexte(CERTIFICATS.intrus(), CERTIFICATS.confianceClient()), intrus).build());

      assertThatThrownBy(() -> connecteur.doublons(contenu(1)))
          .isInstanceOfSatisfying(AuthenticationFailedException.class, e -> {
            assertThat(e.code()).isEqualTo("SNE-AUTHENTIFICATION");
            assertThat(e.isRetryable()).isFalse();
          });
      assertThat(attentes).isEmpty();
      assertThat(sne.journal()).isEmpty();
    }

    @Test
    void un_serveur_dont_le_certificat_n_est_pas_de_confiance_est_un_echec_d_authentification() throws Exception {
      SneConnector connecteur = new SneConnector(configuration(sne.adresse())
          .tls(CERTIFICATS.contexte(CERTIFICATS.client(), CERTIFICATS.confianceServeur()),
              (X509Certificate) CERTIFICATS.charger(CERTIFICATS.client()).getCertificate("client")).build());

      assertThatThrownBy(() -> connecteur.doublons(contenu(1))).isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void une_anomalie_du_sne_est_un_rejet_type_avec_ses_anomalies_et_n_est_pas_reprise() {
      sne.prochainesPannes(Panne.ANOMALIE);

      assertThatThrownBy(() -> connecteur().attribuerNumero(aEnregistrer(contenu(2), "cle")))
          .isInstanceOfSatisfying(RejectedException.class, e -> {
            assertThat(e.code()).isEqualTo("SNE-REJET");
            assertThat(e.anomalies()).extracting(RejectedException.Anomalie::code).containsExactly("CTRL_PANNE_INJECTEE");
          });
      assertThat(sne.journal()).hasSize(1);
      assertThat(sne.numerosAttribues()).isEmpty();
    }

    @Test
    void la_modification_d_une_demande_inconnue_du_sne_est_rejetee_avec_son_anomalie() {
      NumeroUnique inconnu = NumeroUnique.parse("0590325999999G1226");

      assertThatThrownBy(() -> connecteur().transmettre(new DemandeATransmettre(TypeFichier.MODIFICATION, Instant.EPOCH,
              DemandeNationale.active(inconnu, GUICHET, JOUR, contenu(1)))))
          .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.anomalies())
              .extracting(RejectedException.Anomalie::code).containsExactly("CTRL_DEMANDE_INCONNUE"));
    }
  }
}
