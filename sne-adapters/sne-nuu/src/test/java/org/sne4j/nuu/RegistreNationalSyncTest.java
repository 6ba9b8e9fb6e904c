package org.sne4j.nuu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sne4j.acteur.Acteur;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.api.Sne;
import org.sne4j.echanges.BilanSynchronisation;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.priorite.PublicPrioritaire;
import org.sne4j.testkit.fixtures.HorlogeReglable;
import org.sne4j.testkit.generateurs.GenerateursDemande;
import org.sne4j.testkit.sne.FakeSne;

/** Inbound sync against the fake SNE over HTTP. */
class RegistreNationalSyncTest {

  static final CodeGuichet GUICHET = new CodeGuichet("G1226");
  static final Acteur DESK = Acteur.guichet(GUICHET, "Mairie");
  static final LocalDate JOUR = LocalDate.of(2025, 3, 10);

  @Test
  void une_decision_dalo_du_sne_devient_un_label_une_seule_fois_et_une_radiation_faite_ailleurs_est_reportee_une_seule_fois() throws Exception {
    try (FakeSne fake = FakeSne.builder().demarrer()) {
      HorlogeReglable horloge = HorlogeReglable.le(JOUR);
      java.security.cert.X509Certificate certificat = (java.security.cert.X509Certificate)
          org.sne4j.testkit.sne.CertificatsDeTest.partages().charger(org.sne4j.testkit.sne.CertificatsDeTest.partages().client())
              .getCertificate("client");
      SneConnector connecteur = new SneConnector(ConfigurationSne.builder(fake.adresse(), GUICHET).certificat(certificat)
          .delaiReponse(Duration.ofSeconds(5)).horloge(horloge).build());
      Sne sne = Sne.builder().registreNational(connecteur).horloge(horloge).build();
      NumeroUnique a = sne.demandes().enregistrerContenu(DESK, GUICHET, JOUR, GenerateursDemande.contenu(JOUR).sample(1L, 1).get(0)).numero();
      NumeroUnique b = sne.demandes().enregistrerContenu(DESK, GUICHET, JOUR,
          FiabiliteRelaisTest.unique(GenerateursDemande.contenu(JOUR).sample(2L, 1).get(0), 2)).numero();
      fake.enregistrerDalo(a.valeur(), "ACTIF", Optional.of("02"), JOUR.minusDays(5));
      fake.radier(b.valeur(), "RADABA", Optional.empty(), JOUR);
      BilanSynchronisation premier = sne.echanges().synchroniser(Instant.EPOCH);
      BilanSynchronisation second = sne.echanges().synchroniser(Instant.EPOCH);

      assertThat(premier.labelsReconnus()).isOne();
      assertThat(second.labelsReconnus()).isZero();
      assertThat(second.decisionsIgnorees()).isOne();
      assertThat(sne.consultation().demande(DESK, a).orElseThrow().labels()).singleElement()
          .satisfies(l -> {
            assertThat(l.publicPrioritaire()).isEqualTo(PublicPrioritaire.DALO);
            assertThat(l.date()).isEqualTo(JOUR.minusDays(5));
          });
      assertThat(premier.radiationsAppliquees()).isOne();
      assertThat(second.radiationsAppliquees()).isZero();
      assertThat(second.radiationsIgnorees()).isOne();
      org.sne4j.demande.Demande radiee = sne.consultation().demande(DESK, b).orElseThrow();
      assertThat(radiee.radiation().orElseThrow().motif()).isEqualTo(org.sne4j.demande.MotifRadiation.RENONCIATION);
      assertThat(radiee.radiation().orElseThrow().date()).isEqualTo(JOUR);
      assertThat(sne.consultation().chronologie(DESK, b).entrees()).last()
          .satisfies(e -> assertThat(e.nature()).isEqualTo(org.sne4j.demande.NatureEvenement.RADIATION_NATIONALE));
    }
  }
}
