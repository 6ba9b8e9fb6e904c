package org.sne4j.testkit.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sne4j.testkit.property.Gen.weighted;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sne4j.acteur.Acteur;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.commun.RefusException;
import org.sne4j.api.Sne;
import org.sne4j.attribution.CommandeVacance;
import org.sne4j.attribution.EnregistrementAttribution;
import org.sne4j.attribution.EtatVacance;
import org.sne4j.attribution.EvenementVacance;
import org.sne4j.attribution.EvenementVacance.DecisionCandidat;
import org.sne4j.attribution.ExceptionTroisCandidats;
import org.sne4j.attribution.IdentifiantVacance;
import org.sne4j.attribution.TitulaireDesignation;
import org.sne4j.attribution.Vacance;
import org.sne4j.cal.AccordCollectif;
import org.sne4j.cal.DecisionCal;
import org.sne4j.cal.MotifNonAttribution;
import org.sne4j.commun.Montant;
import org.sne4j.contingent.TypeReservataire;
import org.sne4j.demande.CommandeDemande;
import org.sne4j.demande.Demande;
import org.sne4j.demande.EvenementDemande;
import org.sne4j.demande.FicheDemande;
import org.sne4j.demande.MotifRadiation;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.logement.Financement;
import org.sne4j.logement.Logement;
import org.sne4j.logement.TypeHabitat;
import org.sne4j.logement.TypologieRpls;
import org.sne4j.memoire.IdentifiantsSequentiels;
import org.sne4j.memoire.InMemoryEventStore;
import org.sne4j.memoire.InMemoryIndexDemandes;
import org.sne4j.memoire.InMemoryRegistreAttributions;
import org.sne4j.piece.PieceJustificative;
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
 * Random vacancy commands — by the right and the wrong actors, in any order, on one dwelling and
 * a pool of demands — against the invariants of the attribution process: at most one lease per
 * vacancy, ever; only its signer is radiated for attribution, with this dwelling's data; every
 * other candidate's demand stays active; a refused command writes nothing; the fold of the stored
 * events equals the live state (vacancy and demands) and the index.
 */
@DisplayName("Attribution d'un logement — propriété à états (R441-3, R441-10, R441-2-8 a)")
class AttributionStatefulTest {

  static final LocalDate DEBUT = LocalDate.of(2026, 3, 2);
  static final CodeGuichet GUICHET = new CodeGuichet("G0042");
  static final Acteur DESK = Acteur.guichet(GUICHET, "Mairie de Lille");
  static final Acteur LMH = Acteur.bailleur("B-LMH", "Lille Métropole Habitat");
  static final Acteur VILOGIA = Acteur.bailleur("B-VIL", "Vilogia");
  static final Acteur ALS = Acteur.reservataire("R-ALS", "Action Logement Services");
  static final Acteur PREFET = Acteur.serviceEtat("E-DDETS59", "DDETS du Nord");
  static final List<Acteur> ACTEURS = List.of(LMH, VILOGIA, ALS, PREFET, Acteur.demandeur());
  static final int DEMANDES = 5;

  /** The system: a vacancy declared and five registered demands. */
  static final class Systeme {
    final HorlogeReglable horloge = HorlogeReglable.le(DEBUT);
    final InMemoryEventStore store = new InMemoryEventStore();
    final InMemoryIndexDemandes index = new InMemoryIndexDemandes();
    final InMemoryRegistreAttributions attributions = new InMemoryRegistreAttributions();
    final Sne sne = Sne.builder().horloge(horloge).eventStore(store).index(index).attributions(attributions)
        .identifiants(new IdentifiantsSequentiels("attribution")).build();
    final List<NumeroUnique> demandes = new ArrayList<>();
    final IdentifiantVacance vacance;
    Vacance etat;

    Systeme() {
      GenerateursDemande.contenu(DEBUT).sample(7L, DEMANDES)
          .forEach(c -> demandes.add(sne.demandes().enregistrerContenu(DESK, GUICHET, DEBUT, c).numero()));
      Logement l = Logement.builder().identifiant("RPLS900").bailleur(LMH).commune(GenerateursDemande.METROPOLE_LILLOISE.get(0))
          .typologie(TypologieRpls.T3).nombrePieces(3).surface(new BigDecimal("65")).etage(1).ascenseur(false)
          .financement(Financement.PLUS).loyer(Montant.euros(480)).charges(Montant.euros(90)).typeHabitat(TypeHabitat.COLLECTIF).build();
      vacance = IdentifiantVacance.de(l.identifiant(), DEBUT);
      etat = sne.attributions().executer(new CommandeVacance.Declarer(vacance, LMH, l, DEBUT.plusDays(20),
          new TitulaireDesignation(ALS, TypeReservataire.EMPLOYEURS_ACTION_LOGEMENT)));
    }
  }

  /**
   * What generation needs of the vacancy, read back from the system after each step: its stage,
   * its candidates (by index in the pool), the pending offer, the accepted candidate, the session.
   */
  record Modele(
      EtatVacance etat,
      List<Integer> candidats,
      Optional<Integer> offre,
      Optional<Integer> accepte,
      Optional<LocalDate> seance,
      LocalDate jour,
      LocalDate limiteOffre) {

    static Modele initial() {
      return new Modele(EtatVacance.EN_DESIGNATION, List.of(), Optional.empty(), Optional.empty(), Optional.empty(), DEBUT, DEBUT);
    }

    static Modele de(Systeme s) {
      Vacance v = s.etat;
      return new Modele(
          v.etat(),
          v.candidats().stream().map(c -> s.demandes.indexOf(c.numero())).toList(),
          v.offre().map(o -> s.demandes.indexOf(o.candidat())),
          v.suivis().entrySet().stream().filter(e -> e.getValue().etat() == org.sne4j.attribution.EtatCandidat.ACCEPTE)
              .map(e -> s.demandes.indexOf(e.getKey())).findFirst(),
          v.dateSeance(),
          s.horloge.aujourdhui(),
          v.offre().map(Vacance.Offre::dateLimiteReponse).orElse(s.horloge.aujourdhui()));
    }
  }

  @Test
  void un_seul_bail_seul_le_signataire_radie_et_les_replis_egaux_a_l_etat() {
    StatefulProperty.<Modele, Systeme>of(Modele::initial, Systeme::new, AttributionStatefulTest::actions)
        .invariant((m, s) -> invariants(s))
        .maxLength(40)
        .sequences(Math.max(200, Integer.getInteger("sne.testkit.tries", 100)))
        .requireAtLeast("bail signé", 10)
        .requireAtLeast("proposition refusée ou sans réponse", 5)
        .requireAtLeast("commande refusée", 30)
        .check();
  }

  /** Mostly the commands that make sense at this stage, by the right actor; some noise from anyone. */
  static Gen<Action<Modele, Systeme>> actions(Modele m) {
    List<Gen.Weighted<Action<Modele, Systeme>>> choix = new ArrayList<>();
    choix.add(weighted(2, bruit()));
    choix.add(weighted(1, Gen.ints(1, 25).map(AttributionStatefulTest::avancer)));
    switch (m.etat()) {
      case EN_DESIGNATION -> {
        List<Integer> libres = new ArrayList<>();
        for (int i = 0; i < DEMANDES; i++) {
          if (!m.candidats().contains(i)) {
            libres.add(i);
          }
        }
        if (!libres.isEmpty()) {
          choix.add(weighted(6, Gen.elements(libres).map(i -> commande("designer(#" + i + ")", s ->
              new CommandeVacance.Designer(s.vacance, ALS, s.demandes.get(i), false)))));
        }
        if (m.candidats().size() >= 3) {
          choix.add(weighted(6, Gen.ints(0, 7).map(j -> commande("inscrire(+" + j + " j)", s ->
              new CommandeVacance.InscrireEnCommission(s.vacance, LMH, s.horloge.aujourdhui().plusDays(j), Optional.empty(), Optional.empty())))));
        } else if (!m.candidats().isEmpty()) {
          choix.add(weighted(2, Gen.constant(commande("inscrire(insuffisance)", s -> new CommandeVacance.InscrireEnCommission(s.vacance, LMH,
              s.horloge.aujourdhui(), Optional.of(ExceptionTroisCandidats.INSUFFISANCE_DES_CANDIDATS), Optional.of("Trop peu de demandes"))))));
        }
      }
      case EN_COMMISSION -> {
        long jusquA = java.time.temporal.ChronoUnit.DAYS.between(m.jour(), m.seance().orElse(m.jour()));
        if (jusquA > 0) {
          choix.add(weighted(5, Gen.constant(avancer((int) jusquA))));
        }
        choix.add(weighted(6, decisionsCoherentes(m.candidats().size()).map(ds -> commande("rendre" + ds, s -> {
          List<DecisionCandidat> l = new ArrayList<>();
          for (int k = 0; k < s.etat.candidats().size(); k++) {
            l.add(new DecisionCandidat(s.etat.candidats().get(k).numero(), ds.get(k)));
          }
          return new CommandeVacance.RendreDecisions(s.vacance, LMH, l);
        }))));
      }
      case DECIDEE -> {
        if (m.accepte().isPresent()) {
          int i = m.accepte().get();
          choix.add(weighted(8, Gen.constant(commande("signerBail(#" + i + ")", s ->
              new CommandeVacance.SignerBail(s.vacance, LMH, s.demandes.get(i), AccordCollectif.AUCUN)))));
        } else if (m.offre().isPresent()) {
          int i = m.offre().get();
          choix.add(weighted(5, Gen.constant(commande("accepter(#" + i + ")", s ->
              new CommandeVacance.AccepterOffre(s.vacance, Acteur.demandeur(), s.demandes.get(i))))));
          choix.add(weighted(2, Gen.constant(commande("refuser(#" + i + ")", s ->
              new CommandeVacance.RefuserOffre(s.vacance, Acteur.demandeur(), s.demandes.get(i), "Trop loin")))));
          long jusquA = java.time.temporal.ChronoUnit.DAYS.between(m.jour(), m.limiteOffre()) + 1;
          if (jusquA > 0) {
            choix.add(weighted(1, Gen.constant(avancer((int) jusquA))));
          }
          choix.add(weighted(2, Gen.constant(commande("constaterDefaut", s -> new CommandeVacance.ConstaterDefautDeReponse(s.vacance, LMH)))));
        } else {
          choix.add(weighted(6, Gen.constant(commande("proposer", s -> new CommandeVacance.Proposer(s.vacance, LMH)))));
          for (int i : m.candidats()) {
            choix.add(weighted(1, Gen.booleans().map(levee -> commande("statuerCondition(#" + i + ", " + levee + ")", s -> levee
                ? new CommandeVacance.LeverCondition(s.vacance, LMH, s.demandes.get(i))
                : new CommandeVacance.ConstaterConditionNonLevee(s.vacance, LMH, s.demandes.get(i))))));
            choix.add(weighted(1, Gen.constant(fournirPieces(i))));
          }
        }
      }
      case SANS_ATTRIBUTAIRE -> choix.add(weighted(6, Gen.constant(commande("nouveauTour", s ->
          new CommandeVacance.OuvrirNouveauTour(s.vacance, LMH, "Aucun attributaire en lice")))));
      case LOUEE -> { }
    }
    @SuppressWarnings("unchecked")
    Gen.Weighted<Action<Modele, Systeme>>[] tableau = choix.toArray(new Gen.Weighted[0]);
    return Gen.frequency(tableau);
  }

  /** Decisions for {@code n} candidates whose ranks are consistent (1..k among the attributions). */
  static Gen<List<DecisionCal>> decisionsCoherentes(int n) {
    return Gen.zip(Gen.ints(0, n), Gen.ints(0, 3), Gen.ints(5, 20), (k, variante, jours) -> {
      List<DecisionCal> l = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (i < k) {
          l.add(variante == 0 && i == 0
              ? new DecisionCal.AttributionSousCondition(Set.of(PieceJustificative.AVIS_IMPOSITION), DEBUT.plusDays(jours), Optional.of(1))
              : k == 1 && variante == 1 ? new DecisionCal.Attribution() : new DecisionCal.AttributionEnRang(i + 1));
        } else {
          l.add(new DecisionCal.NonAttribution(Set.of(MotifNonAttribution.TAUX_EFFORT), Optional.empty()));
        }
      }
      return l;
    });
  }

  /** Any vacancy command, by any actor, on any demand: mostly refused, and must then write nothing. */
  static Gen<Action<Modele, Systeme>> bruit() {
    Gen<Integer> demande = Gen.ints(0, DEMANDES - 1);
    Gen<Acteur> acteur = Gen.elements(ACTEURS);
    return Gen.frequency(
        weighted(2, Gen.zip(acteur, demande, Gen.booleans(), (a, i, dalo) -> commande("designer(" + a.identifiant() + ", #" + i + ")",
            s -> new CommandeVacance.Designer(s.vacance, a, s.demandes.get(i), dalo)))),
        weighted(1, Gen.zip(acteur, demande, (a, i) -> commande("retirer(" + a.identifiant() + ", #" + i + ")",
            s -> new CommandeVacance.RetirerCandidat(s.vacance, a, s.demandes.get(i), "Erreur")))),
        weighted(1, Gen.zip(acteur, Gen.enums(ExceptionTroisCandidats.class).optional(), (a, e) -> commande("inscrire(" + a.identifiant() + ")",
            s -> new CommandeVacance.InscrireEnCommission(s.vacance, a, s.horloge.aujourdhui(), e, Optional.empty())))),
        weighted(1, acteur.map(a -> commande("proposer(" + a.identifiant() + ")", s -> new CommandeVacance.Proposer(s.vacance, a)))),
        weighted(1, Gen.zip(acteur, demande, Gen.booleans(), (a, i, oui) -> commande("repondre(" + a.identifiant() + ", #" + i + ")",
            s -> oui
                ? new CommandeVacance.AccepterOffre(s.vacance, a, s.demandes.get(i))
                : new CommandeVacance.RefuserOffre(s.vacance, a, s.demandes.get(i), "Non")))),
        weighted(2, Gen.zip(acteur, demande, (a, i) -> commande("signerBail(" + a.identifiant() + ", #" + i + ")",
            s -> new CommandeVacance.SignerBail(s.vacance, a, s.demandes.get(i), AccordCollectif.AUCUN)))),
        weighted(1, acteur.map(a -> commande("nouveauTour(" + a.identifiant() + ")",
            s -> new CommandeVacance.OuvrirNouveauTour(s.vacance, a, "Plus personne")))));
  }

  static Action<Modele, Systeme> avancer(int jours) {
    return Action.of("avancer(" + jours + " j)", (m, s) -> {
      s.horloge.avancer(Period.ofDays(jours));
      return Modele.de(s);
    });
  }

  static Action<Modele, Systeme> fournirPieces(int i) {
    return Action.of("fournirPieces(#" + i + ")", (m, s) -> {
      s.sne.demandes().executer(new CommandeDemande.EnregistrerPieces(s.demandes.get(i), Acteur.demandeur(), Set.of(PieceJustificative.AVIS_IMPOSITION)));
      return Modele.de(s);
    });
  }

  interface FabriqueCommande {
    CommandeVacance creer(Systeme s);
  }

  /** Runs a vacancy command built from the current state; a refusal must write nothing. */
  static Action<Modele, Systeme> commande(String nom, FabriqueCommande fabrique) {
    return Action.of(nom, (m, s) -> {
      CommandeVacance c = fabrique.creer(s);
      int avant = s.store.readAll(0, Integer.MAX_VALUE).size();
      try {
        s.etat = s.sne.attributions().executer(c);
        if (c instanceof CommandeVacance.SignerBail) {
          Statistics.label("bail signé");
        }
        if (c instanceof CommandeVacance.RefuserOffre || c instanceof CommandeVacance.ConstaterDefautDeReponse) {
          Statistics.label("proposition refusée ou sans réponse");
        }
      } catch (RefusException e) {
        Statistics.label("commande refusée");
        ReglesObservees.noter(AttributionStatefulTest.class, e.code());
        assertThat(s.store.readAll(0, Integer.MAX_VALUE)).as("refused %s writes nothing", c).hasSize(avant);
      }
      return Modele.de(s);
    });
  }

  static void invariants(Systeme s) {
    List<StoredEvent> flux = s.store.readStream(StreamId.vacance(s.vacance));
    Vacance repli = Vacance.rejouer(flux.stream().map(e -> (EvenementVacance) e.event()).toList()).orElseThrow();
    assertThat(repli).as("the vacancy's fold equals its live state").isEqualTo(s.etat);
    long baux = flux.stream().filter(e -> e.event() instanceof EvenementVacance.BailSigne).count();
    assertThat(baux).as("one lease per vacancy, ever").isLessThanOrEqualTo(1);
    assertThat(repli.etat() == EtatVacance.LOUEE).isEqualTo(repli.bail().isPresent());
    for (NumeroUnique n : s.demandes) {
      List<StoredEvent> historique = s.store.readStream(StreamId.demande(n));
      Demande d = Demande.rejouer(historique.stream().map(e -> (EvenementDemande) e.event()).toList()).orElseThrow();
      assertThat(s.index.fiche(n)).as("index equals the fold").contains(FicheDemande.de(d, s.sne.demandes().delais()));
      boolean signataire = repli.bail().map(b -> b.candidat().equals(n)).orElse(false);
      if (signataire) {
        assertThat(d.radiation().orElseThrow().motif()).isEqualTo(MotifRadiation.ATTRIBUTION);
        assertThat(d.radiation().orElseThrow().attribution().orElseThrow().logement()).isEqualTo(repli.logement().identifiant());
      } else {
        assertThat(d.estRadiee()).as("only the signer is radiated: %s", n).isFalse();
        assertThat(historique).noneMatch(e -> e.event() instanceof EvenementDemande.BailSigne);
        if (repli.bail().isPresent()) {
          d.decisionCal(repli.logement().identifiant()).filter(x -> x.decision().estUneAttribution()).ifPresent(x ->
              assertThat(x.etape()).as("after the lease, %s's attribution has lapsed", n).isIn(
                  org.sne4j.demande.EtapeAttribution.SANS_SUITE, org.sne4j.demande.EtapeAttribution.REFUSEE,
                  org.sne4j.demande.EtapeAttribution.CONDITION_NON_LEVEE));
        }
      }
    }
    // The attribution records are a read model: equal to the fold of the events, and to a rebuild.
    List<EnregistrementAttribution> attendus = repli.bail().map(b -> {
      List<EvenementDemande> jusquAuBail = new ArrayList<>();
      for (StoredEvent e : s.store.readStream(StreamId.demande(b.candidat()))) {
        jusquAuBail.add((EvenementDemande) e.event());
        if (e.event() instanceof EvenementDemande.BailSigne) {
          break;
        }
      }
      return List.of(EnregistrementAttribution.de(repli, Demande.rejouer(jusquAuBail).orElseThrow()));
    }).orElse(List.of());
    assertThat(s.attributions.signesEntre(LocalDate.MIN, LocalDate.MAX)).as("records equal the fold").isEqualTo(attendus);
    InMemoryRegistreAttributions reconstruit = new InMemoryRegistreAttributions();
    InMemoryIndexDemandes index = new InMemoryIndexDemandes();
    new org.sne4j.projection.ServiceProjections(
        new org.sne4j.internal.Journal(s.store, index, reconstruit, s.horloge, () -> "rebuild"), s.sne.demandes().delais())
        .reconstruire();
    assertThat(reconstruit.signesEntre(LocalDate.MIN, LocalDate.MAX)).as("a rebuild gives the same records").isEqualTo(attendus);
    for (NumeroUnique n : s.demandes) {
      assertThat(index.fiche(n)).as("a rebuild gives the same summary").isEqualTo(s.index.fiche(n));
    }
  }
}
