package org.sne4j.examples.demo;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sne4j.acteur.Acteur;
import org.sne4j.api.Sne;
import org.sne4j.memoire.InMemoryEventStore;
import org.sne4j.spi.EventStore;
import org.sne4j.attribution.EnregistrementAttribution;
import org.sne4j.demande.FicheDemande;
import org.sne4j.demande.MotifRadiation;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.demande.StatutDemande;
import org.sne4j.information.Attestation;
import org.sne4j.information.VueDemandeur;
import org.sne4j.jdbc.PostgresEventStore;
import org.sne4j.spi.CritereRecherche;
import org.sne4j.testkit.fixtures.HorlogeReglable;

/**
 * The demo: a territory (the Lille metropolitan area) over a year and a half on the embedded
 * in-memory default, then a readable summary and one demand as its applicant sees it.
 *
 * <p>Run it with {@code ./mvnw -q -pl examples/demo -am package exec:java -DskipTests}; add
 * {@code -Dexec.args=--sne-factice} to number the demands through a fake SNE over HTTPS, relay the
 * outbox to it every evening and sync from it every morning; {@code -Dexec.args=--postgres} to run it on PostgreSQL (an embedded server), or {@code
 * -Dexec.args=--postgres=jdbc:postgresql://host/base} (or {@code -Dsne.demo.jdbcUrl=…}, with {@code
 * sne.demo.jdbcUser} and {@code sne.demo.jdbcPassword}) for a server of yours: the output is the
 * same but for the implementation named and the time taken.
 */
public final class Demo {

  static final LocalDate DEBUT = LocalDate.of(2025, 1, 6);
  static final Period DUREE = Period.ofMonths(18);
  private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Demo() {}

  public static void main(String[] args) {
    long graine = 2026L;
    String postgres = System.getProperty("sne.demo.jdbcUrl");
    boolean sneFactice = false;
    for (String a : args) {
      if (a.equals("--sne-factice")) {
        sneFactice = true;
      } else if (a.equals("--postgres")) {
        postgres = postgres == null ? "" : postgres;
      } else if (a.startsWith("--postgres=")) {
        postgres = a.substring("--postgres=".length());
      } else {
        graine = Long.parseLong(a);
      }
    }
    if (postgres == null) {
      executer(graine, 20, System.out, null, sneFactice);
    } else {
      try (BasePostgres base = BasePostgres.ouvrir(postgres)) {
        executer(graine, 20, System.out, base.store(), sneFactice);
      }
    }
  }

  /** Runs the demo on the in-memory default. */
  static Resultat executer(long graine, int demandesParMois, PrintStream out) {
    return executer(graine, demandesParMois, out, null, false);
  }

  /** Runs the demo on {@code postgres}, or on the in-memory default when null. */
  static Resultat executer(long graine, int demandesParMois, PrintStream out, PostgresEventStore postgres) {
    return executer(graine, demandesParMois, out, postgres, false);
  }

  /**
   * Runs the demo with {@code demandesParMois} new demands a month and prints to {@code out}, on
   * {@code postgres} (as event store and index) or, when null, on the in-memory default; with
   * {@code sneFactice}, numbers come from a fake SNE over HTTPS, the outbox is relayed to it every
   * evening and the inbound sync runs every morning.
   */
  static Resultat executer(long graine, int demandesParMois, PrintStream out, PostgresEventStore postgres, boolean sneFactice) {
    HorlogeReglable horloge = HorlogeReglable.le(DEBUT);
    Sne.Builder cablage = Sne.builder().horloge(horloge);
    EventStore store = postgres != null ? postgres : new InMemoryEventStore();
    cablage.eventStore(store);
    if (postgres != null) {
      cablage.outbox(postgres.outbox());
    }
    LiaisonSne liaison = sneFactice ? LiaisonSne.demarrer(horloge, graine) : null;
    if (liaison != null) {
      cablage.registreNational(liaison.connecteur).taillePageRelais(200);
    }
    Sne sne = cablage.build();
    long debut = System.nanoTime();
    Simulation simulation = new Simulation(graine, DEBUT, DUREE, horloge, sne);
    if (liaison != null) {
      liaison.brancher(sne);
      simulation.avec(new Simulation.Quotidien() {
        @Override
        public void matin(LocalDate jour) {
          liaison.matin(jour);
        }

        @Override
        public void soir() {
          liaison.soir();
        }
      });
    }
    simulation.executer(demandesParMois);
    long ms = (System.nanoTime() - debut) / 1_000_000;

    List<FicheDemande> toutes = sne.consultation().rechercher(Acteur.gestionnaire(), CritereRecherche.toutes(10_000));
    LocalDate jour = horloge.aujourdhui();
    Map<StatutDemande, Long> parStatut = new EnumMap<>(StatutDemande.class);
    for (FicheDemande f : toutes) {
      StatutDemande s = f.estRadiee() ? StatutDemande.RADIEE
          : jour.isAfter(f.dateFinValidite()) ? StatutDemande.NON_RENOUVELEE : StatutDemande.ACTIVE;
      parStatut.merge(s, 1L, Long::sum);
    }
    Map<MotifRadiation, Long> parMotif = new EnumMap<>(MotifRadiation.class);
    toutes.stream().filter(FicheDemande::estRadiee).forEach(f -> parMotif.merge(f.motifRadiation().orElseThrow(), 1L, Long::sum));

    out.println("═══ sne — démonstration : la Métropole lilloise du " + JOUR.format(DEBUT) + " au " + JOUR.format(jour) + " ═══");
    out.println("Implémentations : " + sne.implementations().get("EventStore").replaceAll(".*\\.", ""));
    out.println();
    out.println("Activité simulée (graine " + graine + ", " + ms + " ms) :");
    simulation.compteurs.forEach((k, v) -> out.printf("  %-50s %5d%n", k, v));
    out.println();
    out.println("Demandes au " + JOUR.format(jour) + " : " + toutes.size());
    parStatut.forEach((s, n) -> out.printf("  %-50s %5d%n", s.libelle(), n));
    out.println();
    out.println("Radiations par motif (CCH R441-2-8) :");
    for (MotifRadiation m : MotifRadiation.values()) {
      out.printf("  %-7s %-80s %5d%n", m.code(), m.libelle(), parMotif.getOrDefault(m, 0L));
    }
    out.println();
    List<EnregistrementAttribution> attributions = sne.attributions().enregistrementsAttribution(Acteur.gestionnaire(), DEBUT, jour);
    long prioritaires = attributions.stream().filter(EnregistrementAttribution::estPrioritaire).count();
    long dalo = attributions.stream().filter(EnregistrementAttribution::dalo).count();
    out.println("Attributions suivies d'un bail (enregistrements calculés depuis les événements) : " + attributions.size()
        + (attributions.isEmpty() ? "" : String.format(" — %d %% à des ménages prioritaires ou DALO (dont %d DALO), %d %% en QPV",
            100 * prioritaires / attributions.size(), dalo,
            100 * attributions.stream().filter(EnregistrementAttribution::enQpv).count() / attributions.size())));
    attributions.stream().collect(Collectors.groupingBy(e -> e.contingent().libelle(), java.util.TreeMap::new, Collectors.counting()))
        .forEach((k, v) -> out.printf("  %-80s %5d%n", k, v));
    out.println();
    out.println("Commandes refusées par la règle qu'elles enfreignaient (la situation avait changé) :");
    simulation.refus.forEach((k, v) -> out.printf("  %-50s %5d%n", k, v));
    out.println();
    if (liaison != null) {
      liaison.imprimer(out);
      liaison.close();
      out.println();
    }
    out.println("Échéances du jour : " + sne.consultation().avisDus(Acteur.gestionnaire(), jour).size() + " avis dus, "
        + sne.consultation().radiationsNonRenouvellementDues(Acteur.gestionnaire(), jour).size() + " radiations dues, "
        + sne.consultation().conservationsEchues(Acteur.gestionnaire(), jour).size() + " demandes dont la conservation a pris fin (à effacer).");

    NumeroUnique exemple = simulation.demandeRemarquable != null ? simulation.demandeRemarquable : toutes.get(0).numero();
    VueDemandeur vue = sne.consultation().vueDemandeur(Acteur.demandeur(), exemple);
    out.println();
    out.println("─── Ce que voit le demandeur de la demande " + exemple
        + (simulation.demandeRemarquable != null ? " (classé derrière le signataire d'un bail)" : "") + " ───");
    out.println("Statut : " + vue.statut().libelle() + " — déposée le " + JOUR.format(vue.dateDepot())
        + ", valable jusqu'au " + JOUR.format(vue.dateFinValidite()) + ", ancienneté " + vue.anciennete().toTotalMonths() + " mois");
    vue.radiation().ifPresent(r -> out.println(r));
    if (!vue.priorites().isEmpty()) {
      out.println("Reconnue prioritaire : " + String.join(" ; ", vue.priorites()));
    }
    for (VueDemandeur.Ligne l : vue.evenements()) {
      out.println("  " + JOUR.format(l.date()) + "  " + l.organisme() + " — " + l.texte()
          + l.retire().map(r -> " [" + r + "]").orElse(""));
    }
    Attestation a = sne.consultation().attestation(Acteur.demandeur(), exemple, Territoire.INFORMATIONS);
    out.println();
    out.println("Attestation d'enregistrement (R441-2-4) : " + a.demandeur() + ", n° " + a.numero() + ", reçue le "
        + JOUR.format(a.dateReception()) + " par " + a.serviceEnregistreur()
        + a.saisineComedPossibleLe().map(d -> " ; commission de médiation saisissable à partir du " + JOUR.format(d)).orElse("") + ".");
    return new Resultat(toutes.size(), parMotif, simulation.compteurs, exemple,
        parStatut.entrySet().stream().collect(Collectors.toMap(e -> e.getKey(), e -> e.getValue())));
  }

  /** What a run produced, for the demo's own test. */
  record Resultat(
      int demandes,
      Map<MotifRadiation, Long> radiations,
      Map<String, Integer> compteurs,
      NumeroUnique exemple,
      Map<StatutDemande, Long> parStatut) {}
}
