package org.sne4j.examples.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.sne4j.acteur.Acteur;
import org.sne4j.api.Sne;
import org.sne4j.demande.FicheDemande;
import org.sne4j.nuu.ConfigurationSne;
import org.sne4j.nuu.PolitiqueReprise;
import org.sne4j.echanges.BilanRelais;
import org.sne4j.echanges.BilanSynchronisation;
import org.sne4j.nuu.SneConnector;
import org.sne4j.spi.CritereRecherche;
import org.sne4j.spi.Outbox;
import org.sne4j.testkit.fixtures.HorlogeReglable;
import org.sne4j.testkit.sne.CertificatsDeTest;
import org.sne4j.testkit.sne.FakeSne;
import org.sne4j.testkit.sne.Panne;

/**
 * The demo's link with a national system: the testkit's fake SNE over HTTPS with a client
 * certificate (5 % of calls failing), the connector allocating the numbers, the outbox relayed
 * every evening and the inbound sync run every Monday morning; now and then, another service
 * radiates a demand or the COMED decides in the national system, and the sync brings it back.
 */
final class LiaisonSne implements AutoCloseable {

  private final FakeSne fake;
  final SneConnector connecteur;
  private final HorlogeReglable horloge;
  private final Random hasard;
  private Sne sne;
  private Instant depuis = Instant.EPOCH;
  private BilanRelais relaye = BilanRelais.VIDE;
  private int relais;
  private int labels;
  private int radiations;
  private int evenementsExterieurs;

  private LiaisonSne(HorlogeReglable horloge, long graine) {
    this.horloge = horloge;
    this.hasard = new Random(graine);
    CertificatsDeTest certificats = CertificatsDeTest.partages();
    this.fake = FakeSne.builder().tls(certificats.contexteServeur()).horloge(horloge).graine(graine)
        .pannes(0.05, Set.of(Panne.HTTP_503, Panne.COUPURE_AVANT_TRAITEMENT, Panne.COUPURE_APRES_TRAITEMENT))
        .demarrer();
    this.connecteur = new SneConnector(ConfigurationSne.builder(fake.adresse(), Territoire.GUICHET_MAIRIE)
        .tls(certificats.charger(certificats.client()), certificats.motDePasse(), certificats.charger(certificats.confianceClient()))
        .delaiReponse(Duration.ofSeconds(5))
        .reprise(new PolitiqueReprise(6, Duration.ofMillis(1), Duration.ofMillis(10)))
        .attente(d -> { })
        .horloge(horloge)
        .build());
  }

  /** Starts the fake SNE and the connector. */
  static LiaisonSne demarrer(HorlogeReglable horloge, long graine) {
    return new LiaisonSne(horloge, graine);
  }

  /** Binds the link to the library built with {@link #connecteur} as its national registry. */
  void brancher(Sne sne) {
    this.sne = sne;
  }

  /** Morning: what happened elsewhere in the national system; on Mondays, the inbound sync. */
  void matin(LocalDate jour) {
    if (hasard.nextInt(20) == 0) {
      List<FicheDemande> actives = sne.consultation().rechercher(Acteur.gestionnaire(), CritereRecherche.actives(10_000));
      if (!actives.isEmpty()) {
        FicheDemande f = actives.get(hasard.nextInt(actives.size()));
        if (hasard.nextBoolean()) {
          fake.radier(f.numero().valeur(), "RADATT", Optional.empty(), jour.minusDays(1));
        } else {
          fake.enregistrerDalo(f.numero().valeur(), "ACTIF", Optional.of("02"), jour.minusDays(2));
        }
        evenementsExterieurs++;
      }
    }
    if (jour.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
      return;
    }
    BilanSynchronisation b = sne.echanges().synchroniser(depuis);
    depuis = b.prochainDepuis();
    labels += b.labelsReconnus();
    radiations += b.radiationsAppliquees();
  }

  /** Evening: the day's changes relayed to the national system. */
  void soir() {
    relaye = relaye.plus(sne.echanges().relayer());
    relais++;
  }

  /** Prints the statistics of the synchronisation. */
  void imprimer(PrintStream out) {
    long enPanne = fake.journal().stream().filter(a -> a.panne().isPresent()).count();
    out.println("Synchronisation avec le SNE (factice, HTTPS avec certificat client) :");
    out.printf("  %-50s %5d%n", "numéros attribués par le SNE", fake.numerosAttribues().size());
    out.printf("  %-50s %5d%n", "changements transmis par le relais", relaye.transmises());
    out.printf("  %-50s %5d%n", "entrées sans envoi nécessaire (déjà connues)", relaye.sansEnvoi());
    out.printf("  %-50s %5d%n", "passages du relais (un par soir)", relais);
    out.printf("  %-50s %5d%n", "appels au SNE", fake.journal().size());
    out.printf("  %-50s %5d%n", "appels en panne (rejoués par le connecteur)", enPanne);
    out.printf("  %-50s %5d%n", "faits survenus ailleurs dans le SNE", evenementsExterieurs);
    out.printf("  %-50s %5d%n", "décisions DALO reçues et reconnues", labels);
    out.printf("  %-50s %5d%n", "radiations prononcées ailleurs reportées", radiations);
    out.printf("  %-50s %5d%n", "entrées encore en attente", sne.echanges().outbox().aTraiter(Outbox.REGISTRE_NATIONAL, 10_000).size());
  }

  @Override
  public void close() {
    fake.close();
  }
}
