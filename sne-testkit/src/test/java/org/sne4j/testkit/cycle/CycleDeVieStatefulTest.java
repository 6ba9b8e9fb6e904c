package org.sne4j.testkit.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sne4j.testkit.property.Gen.weighted;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sne4j.acteur.Acteur;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.commun.RefusException;
import org.sne4j.api.Sne;
import org.sne4j.demande.CommandeDemande;
import org.sne4j.demande.ContenuDemande;
import org.sne4j.demande.DelaisReglementaires;
import org.sne4j.demande.Demande;
import org.sne4j.demande.EvenementDemande;
import org.sne4j.demande.FicheDemande;
import org.sne4j.demande.MotifRadiation;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.demande.OrigineModification;
import org.sne4j.memoire.IdentifiantsSequentiels;
import org.sne4j.memoire.InMemoryEventStore;
import org.sne4j.memoire.InMemoryIndexDemandes;
import org.sne4j.priorite.PublicPrioritaire;
import org.sne4j.priorite.SourcePriorite;
import org.sne4j.spi.CritereRecherche;
import org.sne4j.spi.StoredEvent;
import org.sne4j.spi.StreamId;
import org.sne4j.testkit.fixtures.HorlogeReglable;
import org.sne4j.testkit.generateurs.GenerateursDemande;
import org.sne4j.testkit.property.Action;
import org.sne4j.testkit.property.Gen;
import org.sne4j.testkit.property.StatefulProperty;
import org.sne4j.testkit.property.Statistics;
import org.sne4j.testkit.regles.ReglesObservees;

/**
 * The lifecycle of demands as random sequences of commands (register, modify, renew, notices,
 * warnings, radiations of each ground, reactivation, priority labels, time passing) applied to the
 * façade and to a small model of the rules; after every step: the initial filing date and the
 * number never change, a radiated demand accepts only its reactivation within its window, and the
 * fold of the stored events equals the live state and the index.
 */
@DisplayName("Cycle de vie d'une demande — propriété à états (R441-2-7, R441-2-8, arrêté du 23 mars 2015)")
class CycleDeVieStatefulTest {

  static final LocalDate DEBUT = LocalDate.of(2025, 1, 6);
  static final CodeGuichet GUICHET = new CodeGuichet("G0042");
  static final Acteur DESK = Acteur.guichet(GUICHET, "Mairie de Lille");
  static final Acteur BAILLEUR = Acteur.bailleur("B001", "Lille Métropole Habitat");
  /** A commission: not a registration service, so it may do none of the acts below. */
  static final Acteur COMED = Acteur.commission("COMED59", "Commission de médiation du Nord");
  static final DelaisReglementaires DELAIS = DelaisReglementaires.parDefaut();

  /** What the model knows of one demand. */
  record Modele(
      NumeroUnique numero,
      LocalDate dateDepot,
      LocalDate reference,
      Optional<LocalDate> avis,
      Optional<LocalDate> avertissement,
      Optional<MotifRadiation> radiation,
      Optional<LocalDate> dateRadiation) {

    Modele avec(LocalDate ref, Optional<LocalDate> av, Optional<LocalDate> avert, Optional<MotifRadiation> rad, Optional<LocalDate> dr) {
      return new Modele(numero, dateDepot, ref, av, avert, rad, dr);
    }

    boolean radiee() {
      return radiation.isPresent();
    }

    boolean avisDeLaPeriode() {
      return avis.filter(a -> !a.isBefore(reference)).isPresent();
    }

    LocalDate echeanceAvis() {
      return reference.plusYears(1).minus(DELAIS.preavisRenouvellement());
    }

    Optional<LocalDate> radiationNonRenouvellement() {
      if (!avisDeLaPeriode()) {
        return Optional.empty();
      }
      LocalDate auPlusTot = reference.plus(DELAIS.radiationNonRenouvellement());
      LocalDate a = avis.orElseThrow();
      if (!a.isAfter(echeanceAvis())) {
        return Optional.of(auPlusTot);
      }
      LocalDate decale = a.plus(Period.between(echeanceAvis(), auPlusTot));
      return Optional.of(decale.isAfter(auPlusTot) ? decale : auPlusTot);
    }

    /** The deadlines of this demand: the days the rules change their answer, and the day after. */
    List<LocalDate> jalons() {
      List<LocalDate> j = new ArrayList<>();
      j.add(echeanceAvis());
      radiationNonRenouvellement().ifPresent(j::add);
      avertissement.ifPresent(a -> j.add(a.plus(DELAIS.radiationAbsenceReponse()).plusDays(1)));
      radiation.ifPresent(r -> {
        j.add(reference.plus(DELAIS.reactivationNonRenouvellement()));
        dateRadiation.ifPresent(d -> j.add(d.plus(DELAIS.reactivationAbsenceReponse())));
      });
      List<LocalDate> avecLendemain = new ArrayList<>();
      for (LocalDate d : j) {
        avecLendemain.add(d);
        avecLendemain.add(d.plusDays(1));
      }
      return avecLendemain;
    }

    /** The rule a reactivation on {@code jour} breaks, when {@link #reactivable} is false. */
    String refusReactivation() {
      if (radiation.isEmpty()) {
        return "DEM-REACTIVATION-NON-RADIEE";
      }
      return radiation.get() == MotifRadiation.NON_RENOUVELLEMENT || radiation.get() == MotifRadiation.ABSENCE_DE_REPONSE
          ? "DEM-REACTIVATION" : "DEM-REACTIVATION-MOTIF";
    }

    boolean reactivable(LocalDate jour) {
      return radiation.map(m -> switch (m) {
        case NON_RENOUVELLEMENT -> !jour.isAfter(reference.plus(DELAIS.reactivationNonRenouvellement()));
        case ABSENCE_DE_REPONSE -> !jour.isAfter(dateRadiation.orElseThrow().plus(DELAIS.reactivationAbsenceReponse()));
        default -> false;
      }).orElse(false);
    }
  }

  /** The model of the whole territory: the day and the demands, in registration order. */
  record Territoire(LocalDate jour, List<Modele> demandes) {
    Territoire avec(int i, Modele m) {
      List<Modele> l = new ArrayList<>(demandes);
      l.set(i, m);
      return new Territoire(jour, l);
    }

    Territoire plus(Modele m) {
      List<Modele> l = new ArrayList<>(demandes);
      l.add(m);
      return new Territoire(jour, l);
    }
  }

  /** The system under test. */
  static final class Systeme {
    final HorlogeReglable horloge = HorlogeReglable.le(DEBUT);
    final InMemoryEventStore store = new InMemoryEventStore();
    final InMemoryIndexDemandes index = new InMemoryIndexDemandes();
    final Sne sne = Sne.builder().horloge(horloge).eventStore(store).index(index)
        .identifiants(new IdentifiantsSequentiels("cycle")).delais(DELAIS).build();
  }

  @Test
  void les_invariants_du_cycle_de_vie_tiennent_apres_chaque_pas() {
    StatefulProperty.<Territoire, Systeme>of(() -> new Territoire(DEBUT, List.of()), Systeme::new, this::actions)
        .invariant(CycleDeVieStatefulTest::invariants)
        .maxLength(60)
        .sequences(Math.max(200, Integer.getInteger("sne.testkit.tries", 100)))
        .requireAtLeast("radiées pour non-renouvellement", 3)
        .requireAtLeast("radiées pour absence de réponse", 3)
        .requireAtLeast("réactivées", 2)
        .requireAtLeast("commande refusée sur demande radiée", 10)
        .requireAtLeast("acte d'un acteur non habilité refusé", 10)
        .check();
  }

  Gen<Action<Territoire, Systeme>> actions(Territoire t) {
    List<Gen.Weighted<Action<Territoire, Systeme>>> choix = new ArrayList<>();
    choix.add(weighted(3, GenerateursDemande.contenu(t.jour()).map(CycleDeVieStatefulTest::enregistrer)));
    choix.add(weighted(5, Gen.frequency(weighted(1, Gen.ints(1, 30)), weighted(3, Gen.ints(30, 180)), weighted(1, Gen.ints(180, 400)))
        .map(CycleDeVieStatefulTest::avancer)));
    choix.add(weighted(3, Gen.constant(envoyerAvis())));
    choix.add(weighted(3, Gen.constant(radierNonRenouvelees())));
    List<LocalDate> jalons = t.demandes().stream().flatMap(m -> m.jalons().stream())
        .filter(d -> d.isAfter(t.jour())).distinct().sorted().toList();
    if (!jalons.isEmpty()) {
      choix.add(weighted(4, Gen.elements(jalons).map(d -> avancer((int) java.time.temporal.ChronoUnit.DAYS.between(t.jour(), d)))));
    }
    if (!t.demandes().isEmpty()) {
      Gen<Integer> i = Gen.ints(0, t.demandes().size() - 1);
      choix.add(weighted(2, i.map(CycleDeVieStatefulTest::renouveler)));
      choix.add(weighted(1, i.map(CycleDeVieStatefulTest::modifier)));
      choix.add(weighted(2, i.map(CycleDeVieStatefulTest::avertir)));
      choix.add(weighted(2, i.map(CycleDeVieStatefulTest::radierAbsenceDeReponse)));
      choix.add(weighted(1, i.map(CycleDeVieStatefulTest::renoncer)));
      choix.add(weighted(1, i.map(CycleDeVieStatefulTest::reactiver)));
      List<Integer> radiees = indices(t, Modele::radiee);
      if (!radiees.isEmpty()) {
        choix.add(weighted(4, Gen.elements(radiees).map(CycleDeVieStatefulTest::reactiver)));
      }
      List<Integer> averties = indices(t, m -> m.avertissement().isPresent());
      if (!averties.isEmpty()) {
        choix.add(weighted(3, Gen.elements(averties).map(CycleDeVieStatefulTest::radierAbsenceDeReponse)));
      }
      choix.add(weighted(1, i.map(CycleDeVieStatefulTest::reconnaitrePriorite)));
      choix.add(weighted(2, Gen.zip(i, Gen.ints(0, 4), CycleDeVieStatefulTest::parUnActeurNonHabilite)));
    }
    @SuppressWarnings("unchecked")
    Gen.Weighted<Action<Territoire, Systeme>>[] tableau = choix.toArray(new Gen.Weighted[0]);
    return Gen.frequency(tableau);
  }

  static List<Integer> indices(Territoire t, java.util.function.Predicate<Modele> condition) {
    List<Integer> l = new ArrayList<>();
    for (int k = 0; k < t.demandes().size(); k++) {
      if (condition.test(t.demandes().get(k))) {
        l.add(k);
      }
    }
    return l;
  }

  // Actions ----------------------------------------------------------------------------------------

  static Action<Territoire, Systeme> enregistrer(ContenuDemande contenu) {
    return Action.of("enregistrer(" + contenu.menage().personnesALoger() + " pers.)", (t, s) -> {
      Demande d = s.sne.demandes().enregistrerContenu(DESK, GUICHET, t.jour(), contenu);
      assertThat(t.demandes()).noneMatch(m -> m.numero().equals(d.numero()));
      return t.plus(new Modele(d.numero(), t.jour(), t.jour(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    });
  }

  static Action<Territoire, Systeme> avancer(int jours) {
    return Action.of("avancer(" + jours + " j)", (t, s) -> {
      s.horloge.avancer(Period.ofDays(jours));
      return new Territoire(t.jour().plusDays(jours), t.demandes());
    });
  }

  static Action<Territoire, Systeme> envoyerAvis() {
    return Action.of("envoyerAvisDus", (t, s) -> {
      Set<NumeroUnique> attendus = new LinkedHashSet<>();
      Territoire apres = t;
      for (int i = 0; i < t.demandes().size(); i++) {
        Modele m = t.demandes().get(i);
        if (!m.radiee() && !m.avisDeLaPeriode() && !m.echeanceAvis().isAfter(t.jour())) {
          attendus.add(m.numero());
          apres = apres.avec(i, m.avec(m.reference(), Optional.of(t.jour()), m.avertissement(), m.radiation(), m.dateRadiation()));
        }
      }
      assertThat(s.sne.demandes().envoyerAvisDus()).extracting(a -> a.numero()).containsExactlyInAnyOrderElementsOf(attendus);
      if (!attendus.isEmpty()) {
        Statistics.label("avis envoyés");
      }
      return apres;
    });
  }

  static Action<Territoire, Systeme> radierNonRenouvelees() {
    return Action.of("radierDemandesNonRenouvelees", (t, s) -> {
      Set<NumeroUnique> attendus = new LinkedHashSet<>();
      Territoire apres = t;
      for (int i = 0; i < t.demandes().size(); i++) {
        Modele m = t.demandes().get(i);
        if (!m.radiee() && m.radiationNonRenouvellement().filter(d -> !d.isAfter(t.jour())).isPresent()) {
          attendus.add(m.numero());
          apres = apres.avec(i, m.avec(m.reference(), m.avis(), Optional.empty(),
              Optional.of(MotifRadiation.NON_RENOUVELLEMENT), Optional.of(t.jour())));
        }
      }
      assertThat(s.sne.demandes().radierDemandesNonRenouvelees()).containsExactlyInAnyOrderElementsOf(attendus);
      if (!attendus.isEmpty()) {
        Statistics.label("radiées pour non-renouvellement");
      }
      return apres;
    });
  }

  static Action<Territoire, Systeme> renouveler(int i) {
    return surUneDemande("renouveler", i, (t, s, m) -> {
      Demande d = attendre(m, s, new CommandeDemande.Renouveler(m.numero(), DESK, contenu(s, m)), !m.radiee(), "DEM-RADIEE");
      return d == null ? m : m.avec(t.jour(), m.avis(), m.avertissement(), m.radiation(), m.dateRadiation());
    });
  }

  static Action<Territoire, Systeme> modifier(int i) {
    return surUneDemande("modifier", i, (t, s, m) -> {
      attendre(m, s, new CommandeDemande.Modifier(m.numero(), Acteur.demandeur(), contenu(s, m),
          OrigineModification.DEMANDE_DU_DEMANDEUR), !m.radiee(), "DEM-RADIEE");
      return m;
    });
  }

  static Action<Territoire, Systeme> avertir(int i) {
    return surUneDemande("avertir", i, (t, s, m) -> {
      boolean accepte = !m.radiee() && m.avertissement().isEmpty();
      Demande d = attendre(m, s, new CommandeDemande.AvertirAbsenceDeReponse(m.numero(), DESK), accepte,
          m.radiee() ? "DEM-RADIEE" : "DEM-AVERTISSEMENT");
      return d == null ? m : m.avec(m.reference(), m.avis(), Optional.of(t.jour()), m.radiation(), m.dateRadiation());
    });
  }

  static Action<Territoire, Systeme> radierAbsenceDeReponse(int i) {
    return surUneDemande("radierAbsenceDeReponse", i, (t, s, m) -> {
      boolean accepte = !m.radiee() && m.avertissement()
          .filter(a -> t.jour().isAfter(a.plus(DELAIS.radiationAbsenceReponse()))).isPresent();
      Demande d = attendre(m, s, new CommandeDemande.Radier(m.numero(), DESK, MotifRadiation.ABSENCE_DE_REPONSE), accepte,
          m.radiee() ? "DEM-RADIEE"
              : m.avertissement().isEmpty() ? "DEM-RADIATION-ABSENCE-REPONSE-SANS-AVERTISSEMENT" : "DEM-RADIATION-ABSENCE-REPONSE");
      if (d != null) {
        Statistics.label("radiées pour absence de réponse");
      }
      return d == null ? m : m.avec(m.reference(), m.avis(), Optional.empty(), Optional.of(MotifRadiation.ABSENCE_DE_REPONSE),
          Optional.of(t.jour()));
    });
  }

  static Action<Territoire, Systeme> renoncer(int i) {
    return surUneDemande("renoncer", i, (t, s, m) -> {
      Demande d = attendre(m, s, new CommandeDemande.Radier(m.numero(), DESK, MotifRadiation.RENONCIATION), !m.radiee(),
          "DEM-RADIEE");
      return d == null ? m : m.avec(m.reference(), m.avis(), Optional.empty(), Optional.of(MotifRadiation.RENONCIATION),
          Optional.of(t.jour()));
    });
  }

  static Action<Territoire, Systeme> reactiver(int i) {
    return surUneDemande("reactiver", i, (t, s, m) -> {
      boolean accepte = m.reactivable(t.jour());
      Demande d = attendre(m, s, new CommandeDemande.Reactiver(m.numero(), DESK), accepte, m.refusReactivation());
      if (d == null) {
        return m;
      }
      Statistics.label("réactivées");
      LocalDate reference = m.radiation().orElseThrow() == MotifRadiation.NON_RENOUVELLEMENT ? t.jour() : m.reference();
      return m.avec(reference, m.avis(), Optional.empty(), Optional.empty(), Optional.empty());
    });
  }

  static Action<Territoire, Systeme> reconnaitrePriorite(int i) {
    return surUneDemande("reconnaitrePriorite", i, (t, s, m) -> {
      attendre(m, s, new CommandeDemande.ReconnaitrePriorite(m.numero(), BAILLEUR, PublicPrioritaire.DEPOURVU_DE_LOGEMENT,
          SourcePriorite.RECONNAISSANCE_RESERVATAIRE_OU_BAILLEUR, t.jour(), Optional.empty()), !m.radiee(), "DEM-RADIEE");
      return m;
    });
  }

  /**
   * The commission tries one of five acts that only a registration service (or the applicant) may
   * do: always refused, with the rule the model predicts from the demand's state.
   */
  static Action<Territoire, Systeme> parUnActeurNonHabilite(int i, int acte) {
    String[] noms = {"renouveler", "avertir", "leverAvertissement", "radierAbsenceDeReponse", "reactiver"};
    return surUneDemande(noms[acte] + "ParLaComed", i, (t, s, m) -> {
      CommandeDemande c = switch (acte) {
        case 0 -> new CommandeDemande.Renouveler(m.numero(), COMED, contenu(s, m));
        case 1 -> new CommandeDemande.AvertirAbsenceDeReponse(m.numero(), COMED);
        case 2 -> new CommandeDemande.LeverAvertissement(m.numero(), COMED);
        case 3 -> new CommandeDemande.Radier(m.numero(), COMED, MotifRadiation.ABSENCE_DE_REPONSE);
        default -> new CommandeDemande.Reactiver(m.numero(), COMED);
      };
      String code = acte == 4
          ? (m.reactivable(t.jour()) ? "DEM-REACTIVATION-AUTEUR" : m.refusReactivation())
          : m.radiee() ? "DEM-RADIEE"
          : switch (acte) {
            case 0 -> "DEM-RENOUVELLEMENT-AUTEUR";
            case 1 -> "DEM-AVERTISSEMENT-AUTEUR";
            case 2 -> m.avertissement().isEmpty() ? "DEM-LEVEE-AVERTISSEMENT" : "DEM-LEVEE-AVERTISSEMENT-AUTEUR";
            default -> m.avertissement().isEmpty()
                ? "DEM-RADIATION-ABSENCE-REPONSE-SANS-AVERTISSEMENT" : "DEM-RADIATION-ABSENCE-REPONSE-AUTEUR";
          };
      attendre(m, s, c, false, code);
      Statistics.label("acte d'un acteur non habilité refusé");
      return m;
    });
  }

  // Helpers -----------------------------------------------------------------------------------------

  interface PasSurDemande {
    Modele run(Territoire t, Systeme s, Modele m) throws Throwable;
  }

  static Action<Territoire, Systeme> surUneDemande(String nom, int i, PasSurDemande pas) {
    return Action.of(nom + "(#" + i + ")", t -> i < t.demandes().size(),
        (t, s) -> t.avec(i, pas.run(t, s, t.demandes().get(i))));
  }

  /** Runs {@code c}; when {@code accepte}, returns the new state (checked against the fold), else checks the refusal code. */
  static Demande attendre(Modele m, Systeme s, CommandeDemande c, boolean accepte, String codeRefus) {
    if (accepte) {
      Demande d = s.sne.demandes().executer(c);
      assertThat(d).as("live state equals the fold of the stored events").isEqualTo(fold(s, m.numero()));
      return d;
    }
    long avant = s.store.readAll(0, Integer.MAX_VALUE).size();
    assertThatThrownBy(() -> s.sne.demandes().executer(c)).as("%s must be refused", c)
        .isInstanceOfSatisfying(RefusException.class, e -> {
          ReglesObservees.noter(CycleDeVieStatefulTest.class, e.code());
          assertThat(e.code()).isEqualTo(codeRefus);
        });
    assertThat(s.store.readAll(0, Integer.MAX_VALUE)).as("a refused command writes nothing").hasSize((int) avant);
    if (m.radiee()) {
      Statistics.label("commande refusée sur demande radiée");
    }
    return null;
  }

  static ContenuDemande contenu(Systeme s, Modele m) {
    return fold(s, m.numero()).contenu();
  }

  static Demande fold(Systeme s, NumeroUnique n) {
    List<StoredEvent> historique = s.store.readStream(StreamId.demande(n));
    return Demande.rejouer(historique.stream().map(e -> (EvenementDemande) e.event()).toList()).orElseThrow();
  }

  static void invariants(Territoire t, Systeme s) {
    assertThat(s.horloge.aujourdhui()).isEqualTo(t.jour());
    for (Modele m : t.demandes()) {
      List<StoredEvent> historique = s.store.readStream(StreamId.demande(m.numero()));
      assertThat(historique).as("every event names the demand's number").allMatch(e -> ((EvenementDemande) e.event()).numero().equals(m.numero()));
      assertThat(historique).extracting(StoredEvent::version).as("versions 1..n without gaps")
          .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, historique.size()).boxed().toList());
      Demande d = fold(s, m.numero());
      assertThat(d.numero()).as("the number never changes").isEqualTo(m.numero());
      assertThat(d.dateDepot()).as("the initial filing date never changes").isEqualTo(m.dateDepot());
      assertThat(d.dateReference()).isEqualTo(m.reference());
      assertThat(d.radiation().map(Demande.Radiation::motif)).isEqualTo(m.radiation());
      assertThat(d.avertissement().map(Demande.Avertissement::date)).isEqualTo(m.avertissement());
      assertThat(s.index.fiche(m.numero())).as("the index equals the fold").contains(FicheDemande.de(d, DELAIS));
    }
    // A rebuild from the events gives the index kept up to date step by step.
    InMemoryIndexDemandes reconstruit = new InMemoryIndexDemandes();
    new org.sne4j.projection.ServiceProjections(new org.sne4j.internal.Journal(s.store, reconstruit,
        new org.sne4j.memoire.InMemoryRegistreAttributions(), s.horloge, () -> "rebuild"), DELAIS).reconstruire();
    assertThat(reconstruit.rechercher(CritereRecherche.toutes(10_000)))
        .as("a rebuild equals the index").isEqualTo(s.index.rechercher(CritereRecherche.toutes(10_000)));
  }
}
