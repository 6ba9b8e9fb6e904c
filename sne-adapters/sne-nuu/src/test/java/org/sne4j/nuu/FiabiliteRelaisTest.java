package org.sne4j.nuu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.sne4j.echanges.BilanRelais;
import org.sne4j.echanges.RelaisRegistreNational;
import org.sne4j.acteur.Acteur;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.api.Sne;
import org.sne4j.demande.CommandeDemande;
import org.sne4j.demande.ContenuDemande;
import org.sne4j.demande.Demande;
import org.sne4j.demande.MotifRadiation;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.demande.OrigineModification;
import org.sne4j.memoire.InMemoryEventStore;
import org.sne4j.memoire.InMemoryOutbox;
import org.sne4j.menage.Menage;
import org.sne4j.menage.Titulaire;
import org.sne4j.spi.DecisionDalo;
import org.sne4j.spi.DemandeAEnregistrer;
import org.sne4j.spi.DemandeATransmettre;
import org.sne4j.spi.DemandeNationale;
import org.sne4j.spi.DoublonPotentiel;
import org.sne4j.spi.EchangesRegistreNational;
import org.sne4j.spi.EntreeOutbox;
import org.sne4j.spi.Outbox;
import org.sne4j.spi.RadiationNationale;
import org.sne4j.testkit.generateurs.GenerateursDemande;
import org.sne4j.testkit.sne.CertificatsDeTest;
import org.sne4j.testkit.sne.FakeSne;
import org.sne4j.testkit.sne.Panne;

/**
 * Reliability: 30 % of the calls to the fake SNE fail in assorted ways, and the relay is killed
 * and restarted many times (after sending and before marking, or before sending); every change
 * still reaches the SNE exactly once in effect, in order per demand, with no duplicate number.
 */
class FiabiliteRelaisTest {

  static final int DEMANDES = 30;
  static final CodeGuichet GUICHET = new CodeGuichet("G1226");
  static final Acteur DESK = Acteur.guichet(GUICHET, "Mairie d'Ajaccio");
  static final LocalDate JOUR = LocalDate.of(2025, 3, 10);

  /** The relay's process dies. */
  static final class Mort extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Mort(String ou) {
      super("relay killed " + ou);
    }
  }

  /** A clock that moves one second each time it is read: every event has its own instant. */
  static final class HorlogeQuiAvance extends Clock {
    private final AtomicLong secondes = new AtomicLong(Instant.parse("2025-03-10T07:00:00Z").getEpochSecond());

    @Override
    public ZoneId getZone() {
      return ZoneId.of("Europe/Paris");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochSecond(secondes.incrementAndGet());
    }
  }

  @Test
  void avec_30_pourcent_d_appels_en_echec_et_un_relais_tue_plusieurs_fois_chaque_changement_arrive_une_fois_dans_l_ordre() {
    CertificatsDeTest certificats = CertificatsDeTest.partages();
    EnumSet<Panne> pannes = EnumSet.of(Panne.LATENCE, Panne.DELAI_DEPASSE, Panne.COUPURE_AVANT_TRAITEMENT,
        Panne.COUPURE_APRES_TRAITEMENT, Panne.HTTP_503, Panne.HTTP_500, Panne.ERREUR_INATTENDUE);
    AtomicInteger attentes = new AtomicInteger();
    try (FakeSne fake = FakeSne.builder().tls(certificats.contexteServeur()).graine(20251123L)
        .latence(Duration.ofMillis(20)).retenue(Duration.ofMillis(600)).pannes(0.30, pannes).demarrer()) {
      Clock horloge = new HorlogeQuiAvance();
      SneConnector connecteur = new SneConnector(ConfigurationSne.builder(fake.adresse(), GUICHET)
          .tls(certificats.charger(certificats.client()), certificats.motDePasse(), certificats.charger(certificats.confianceClient()))
          .delaiReponse(Duration.ofMillis(250))
          .reprise(new PolitiqueReprise(8, Duration.ofMillis(1), Duration.ofMillis(8)))
          .attente(d -> attentes.incrementAndGet())
          .horloge(horloge)
          .build());
      InMemoryEventStore store = new InMemoryEventStore();
      InMemoryOutbox outbox = InMemoryOutbox.registreNational(store);
      Sne sne = Sne.builder().eventStore(store).registreNational(connecteur).horloge(horloge).build();
      Random hasard = new Random(7);
      List<ContenuDemande> contenus = GenerateursDemande.contenu(JOUR).sample(99L, DEMANDES * 3);

      // GIVEN demands registered (numbered through getNumUnique under faults), then changed
      List<NumeroUnique> numeros = new ArrayList<>();
      for (int i = 0; i < DEMANDES; i++) {
        numeros.add(sne.demandes().enregistrerContenu(DESK, GUICHET, JOUR, unique(contenus.get(i), i)).numero());
      }
      int morts = 0;
      int relances = 0;
      BilanRelais bilan = BilanRelais.VIDE;
      for (int tour = 0; tour < 3; tour++) {
        for (int i = 0; i < DEMANDES; i++) {
          NumeroUnique n = numeros.get(i);
          if (sne.consultation().demande(DESK, n).orElseThrow().estRadiee()) {
            continue;
          }
          int choix = hasard.nextInt(10);
          if (choix < 5) {
            sne.demandes().executer(new CommandeDemande.Modifier(n, DESK, unique(contenus.get(DEMANDES + (i + tour) % (2 * DEMANDES)), i),
                OrigineModification.DEMANDE_DU_DEMANDEUR));
          } else if (choix < 8) {
            sne.demandes().executer(new CommandeDemande.Renouveler(n, DESK, sne.consultation().demande(DESK, n).orElseThrow().contenu()));
          } else if (choix == 8) {
            sne.demandes().executer(new CommandeDemande.Radier(n, DESK, MotifRadiation.RENONCIATION));
          }
        }
        // WHEN the relay runs, and dies now and then
        for (int essai = 0; essai < 200 && outbox.nombreATraiter() > 0; essai++) {
          relances++;
          RelaisRegistreNational relais = new RelaisRegistreNational(new OutboxMortelle(outbox, hasard),
              store, new RegistreMortel(connecteur, hasard), 5);
          try {
            bilan = bilan.plus(relais.relayer());
          } catch (Mort m) {
            morts++;
          }
        }
      }

      // THEN
      assertThat(outbox.nombreATraiter()).as("entries left").isZero();
      assertThat(outbox.nombreRejetees()).as("entries rejected").isZero();
      assertThat(fake.numerosAttribues()).as("numbers allocated by the SNE")
          .hasSize(DEMANDES).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(numeros.stream().map(NumeroUnique::valeur).toList());
      NuuCodec codec = new NuuCodec();
      int changements = 0;
      for (NumeroUnique n : numeros) {
        List<String> attendus = new ArrayList<>();
        store.readStream(org.sne4j.spi.StreamId.demande(n)).forEach(s -> {
          switch (((org.sne4j.demande.EvenementDemande) s.event()).nature()) {
            case ENREGISTREMENT -> attendus.add("CRE");
            case MODIFICATION, RECTIFICATION -> attendus.add("MOD");
            case RENOUVELLEMENT -> attendus.add("REN");
            case RADIATION, REACTIVATION -> attendus.add("RAD");
            default -> { }
          }
        });
        changements += attendus.size();
        FakeSne.DemandeSne recue = fake.demande(n.valeur()).orElseThrow();
        assertThat(recue.effets()).as("effects on " + n).extracting(FakeSne.Effet::typeFichier).containsExactlyElementsOf(attendus);
        Demande locale = sne.consultation().demande(DESK, n).orElseThrow();
        assertThat(codec.lire(recue.document()).demande().contenu()).as("content of " + n).isEqualTo(locale.contenu());
      }
      Map<Panne, Integer> parPanne = new EnumMap<>(Panne.class);
      fake.journal().forEach(a -> a.panne().ifPresent(p -> parPanne.merge(p, 1, Integer::sum)));
      int appels = fake.journal().size();
      int enPanne = parPanne.values().stream().mapToInt(Integer::intValue).sum();
      Map<String, Integer> parService = new LinkedHashMap<>();
      fake.journal().forEach(a -> parService.merge(a.service(), 1, Integer::sum));
      int repetitions = fake.demandes().stream().mapToInt(FakeSne.DemandeSne::repetitions).sum();
      System.out.printf("[fiabilite] %d demands, %d changes (events to transmit); %d calls to the fake SNE, %d faulted (%.1f %%): %s;"
              + " per service %s; %d retries by the connector; relay started %d times, killed %d times; %d repeats acknowledged"
              + " without effect; %d duplicate numbers, %d lost or reordered changes; relay totals %s%n",
          DEMANDES, changements, appels, enPanne, 100.0 * enPanne / appels, parPanne, parService, attentes.get(), relances, morts,
          repetitions, 0, 0, bilan);
      assertThat(morts).as("relay kills").isGreaterThanOrEqualTo(3);
      assertThat(100.0 * enPanne / appels).as("share of faulted calls").isBetween(20.0, 40.0);
    }
  }

  /** A distinct applicant per demand, so that duplicates are only those the faults could create. */
  static ContenuDemande unique(ContenuDemande c, int i) {
    Titulaire t = c.menage().demandeur();
    Titulaire u = new Titulaire(t.civilite(), t.nom() + "-" + i, t.nomUsage(), t.prenom(), t.dateNaissance(), t.nationalite(),
        t.situationFamiliale(), t.nir(), t.contact(), t.adresse(), t.situationProfessionnelle(), t.revenusFiscaux(), t.ressources(),
        t.ressourcesVersees(), t.enSituationDeHandicap());
    Menage m = c.menage();
    return new ContenuDemande(new Menage(u, m.cotitulaires(), m.personnesACharge(), m.naissanceAttendue(), m.enfantsEnGarde()),
        c.logementActuel(), c.motifs(), c.precisionMotif(), c.logementRecherche(), c.handicap(), c.avisPostalSouhaite());
  }

  /** The relay's process dies after the SNE acknowledged, before the entry is marked (10 %). */
  record OutboxMortelle(Outbox outbox, Random hasard) implements Outbox {
    @Override
    public List<EntreeOutbox> aTraiter(String destination, int max) {
      return outbox.aTraiter(destination, max);
    }

    @Override
    public void marquerTraitee(EntreeOutbox entree) {
      if (hasard.nextInt(100) < 10) {
        throw new Mort("after sending entry " + entree.id() + ", before marking it");
      }
      outbox.marquerTraitee(entree);
    }

    @Override
    public void marquerEchec(EntreeOutbox entree, String erreur) {
      outbox.marquerEchec(entree, erreur);
    }

    @Override
    public void marquerRejetee(EntreeOutbox entree, String motif) {
      outbox.marquerRejetee(entree, motif);
    }
  }

  /** The relay's process dies before sending (5 %). */
  record RegistreMortel(EchangesRegistreNational registre, Random hasard) implements EchangesRegistreNational {
    @Override
    public void transmettre(DemandeATransmettre transmission) {
      if (hasard.nextInt(100) < 5) {
        throw new Mort("before sending " + transmission.typeFichier() + " of " + transmission.demande().numero());
      }
      registre.transmettre(transmission);
    }

    @Override
    public NumeroUnique attribuerNumero(DemandeAEnregistrer demande) {
      return registre.attribuerNumero(demande);
    }

    @Override
    public Optional<DemandeNationale> demande(NumeroUnique numero) {
      return registre.demande(numero);
    }

    @Override
    public List<DoublonPotentiel> doublons(ContenuDemande contenu) {
      return registre.doublons(contenu);
    }

    @Override
    public List<DecisionDalo> nouveauxDaloDepuis(Instant depuis) {
      return registre.nouveauxDaloDepuis(depuis);
    }

    @Override
    public List<RadiationNationale> radiationsDepuis(Instant depuis) {
      return registre.radiationsDepuis(depuis);
    }

    @Override
    public void declarerDalo(DecisionDalo decision) {
      registre.declarerDalo(decision);
    }
  }
}
