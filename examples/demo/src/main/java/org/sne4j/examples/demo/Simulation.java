package org.sne4j.examples.demo;

import java.time.LocalDate;
import java.math.BigDecimal;
import org.sne4j.attribution.CommandeVacance;
import org.sne4j.attribution.EtatCandidat;
import org.sne4j.attribution.EtatVacance;
import org.sne4j.attribution.EvenementVacance.DecisionCandidat;
import org.sne4j.attribution.ExceptionTroisCandidats;
import org.sne4j.attribution.IdentifiantVacance;
import org.sne4j.attribution.TitulaireDesignation;
import org.sne4j.attribution.Vacance;
import org.sne4j.commun.Montant;
import org.sne4j.formulaire.FormulaireDemande;
import org.sne4j.logement.Financement;
import org.sne4j.logement.Logement;
import org.sne4j.logement.TypeHabitat;
import org.sne4j.logement.TypeLogement;
import org.sne4j.logement.TypologieRpls;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.sne4j.acteur.Acteur;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.commun.RefusException;
import org.sne4j.api.Sne;
import org.sne4j.cal.AccordCollectif;
import org.sne4j.cal.DecisionCal;
import org.sne4j.cal.MotifNonAttribution;
import org.sne4j.cal.SousMotifIrrecevabilite;
import org.sne4j.contingent.ContingentEligible;
import org.sne4j.contingent.TypeReservataire;
import org.sne4j.demande.CommandeDemande;
import org.sne4j.demande.ContenuDemande;
import org.sne4j.demande.Demande;
import org.sne4j.demande.FicheDemande;
import org.sne4j.demande.MotifRadiation;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.demande.OrigineModification;
import org.sne4j.information.AvisRenouvellement;
import org.sne4j.piece.PieceJustificative;
import org.sne4j.priorite.PublicPrioritaire;
import org.sne4j.priorite.SourcePriorite;
import org.sne4j.priorite.StatutDalo;
import org.sne4j.spi.CritereRecherche;
import org.sne4j.testkit.fixtures.HorlogeReglable;
import org.sne4j.testkit.generateurs.GenerateursDemande;

/**
 * A territory over a year and a half: applicants register at desks or online, the registration
 * system sends renewal notices and radiates demands not renewed, partners record the events of
 * the gestion partagée, CAL sessions attribute dwellings, leases are signed. Every random choice
 * comes from one seed, so a run replays identically.
 */
final class Simulation {

  /** One task planned for a day. */
  private record Tache(LocalDate jour, long ordre, String nom, Runnable action) implements Comparable<Tache> {
    @Override
    public int compareTo(Tache autre) {
      int c = jour.compareTo(autre.jour);
      return c != 0 ? c : Long.compare(ordre, autre.ordre);
    }
  }

  private final Random hasard;
  private final HorlogeReglable horloge;
  private final Sne sne;
  private final LocalDate debut;
  private final LocalDate fin;
  private final PriorityQueue<Tache> taches = new PriorityQueue<>();
  private final Set<NumeroUnique> renouvelleront = new HashSet<>();
  private final Set<NumeroUnique> enCoursDAttribution = new HashSet<>();
  private final long graine;
  private long ordre;
  private int prochainDemandeur;
  private int prochainLogement = 1;

  final Map<String, Integer> compteurs = new TreeMap<>();
  final Map<String, Integer> refus = new TreeMap<>();
  final Map<MotifRadiation, Integer> radiations = new EnumMap<>(MotifRadiation.class);
  NumeroUnique demandeRemarquable;

  Simulation(long graine, LocalDate debut, Period duree, HorlogeReglable horloge, Sne sne) {
    this.hasard = new Random(graine);
    this.debut = debut;
    this.fin = debut.plus(duree);
    this.horloge = horloge;
    this.sne = sne;
    this.graine = graine;
  }

  /** Runs the simulation day by day. */
  /** What runs at the start and at the end of each day besides the simulation (e.g. a sync). */
  interface Quotidien {
    void matin(LocalDate jour);

    void soir();
  }

  private Quotidien quotidien = new Quotidien() {
    @Override
    public void matin(LocalDate jour) {}

    @Override
    public void soir() {}
  };

  Simulation avec(Quotidien q) {
    this.quotidien = q;
    return this;
  }

  void executer(int demandesParMois) {
    for (LocalDate jour = debut; !jour.isAfter(fin); jour = jour.plusDays(1)) {
      horloge.allerAu(jour);
      quotidien.matin(jour);
      traitementsQuotidiens();
      int nouvelles = tirerNombre(demandesParMois / 30.0);
      for (int i = 0; i < nouvelles; i++) {
        // each applicant is drawn on his registration day, so that ages and expected births fit it
        enregistrer(GenerateursDemande.contenu(jour).sample(graine + prochainDemandeur++, 1).get(0));
      }
      if (jour.getDayOfWeek() == java.time.DayOfWeek.TUESDAY && !jour.isBefore(debut.plusMonths(3))
          && jour.getDayOfYear() % 14 < 7) {
        preparerCommission(jour);
      }
      while (!taches.isEmpty() && !taches.peek().jour().isAfter(jour)) {
        Tache t = taches.poll();
        t.action().run();
      }
      quotidien.soir();
    }
  }

  // ---------------------------------------------------------------------------------------------

  private void traitementsQuotidiens() {
    for (AvisRenouvellement avis : sne.demandes().envoyerAvisDus()) {
      compter("avis de renouvellement envoyés");
      if (renouvelleront.contains(avis.numero())) {
        planifier(hasard.nextInt(40), "renouveler", () -> {
          Acteur auteur = hasard.nextInt(3) == 0 ? Territoire.MAIRIE : Acteur.demandeur();
          Demande d = sne.consultation().demande(auteur, avis.numero()).orElseThrow();
          try {
            sne.demandes().renouveler(auteur, avis.numero(), FormulaireDemande.depuis(d.contenu()));
            compter("renouvellements");
          } catch (RefusException e) {
            refus.merge(e.code(), 1, Integer::sum);
          }
        });
      }
    }
    for (NumeroUnique n : sne.demandes().radierDemandesNonRenouvelees()) {
      radiations.merge(MotifRadiation.NON_RENOUVELLEMENT, 1, Integer::sum);
      if (hasard.nextInt(100) < 20) {
        planifier(1 + hasard.nextInt(120), "réactiver", () -> {
          if (commande(new CommandeDemande.Reactiver(n, Territoire.MAIRIE))) {
            compter("réactivations après non-renouvellement");
            renouvelleront.add(n);
          }
        });
      }
    }
  }

  private void enregistrer(ContenuDemande contenu) {
    int canal = hasard.nextInt(10);
    Acteur auteur = canal < 4 ? Acteur.demandeur() : canal < 8 ? Territoire.MAIRIE : Territoire.GUICHET_LMH;
    CodeGuichet guichet = canal < 4 ? Territoire.GUICHET_INTERNET : canal < 8 ? Territoire.GUICHET_MAIRIE : Territoire.GUICHET_BAILLEUR;
    Demande d = sne.demandes().enregistrer(auteur, guichet, horloge.aujourdhui(), FormulaireDemande.depuis(contenu));
    NumeroUnique n = d.numero();
    compter(auteur.type() == org.sne4j.acteur.TypeActeur.DEMANDEUR ? "demandes déposées en ligne" : "demandes déposées au guichet");
    if (hasard.nextInt(100) < 72) {
      renouvelleront.add(n);
    }
    int tirage = hasard.nextInt(100);
    if (tirage < 35) {
      int delai = 20 + hasard.nextInt(40);
      planifier(delai, "demander des pièces", () -> {
        if (commande(new CommandeDemande.DemanderPieces(n, Territoire.MAIRIE, Set.of(PieceJustificative.AVIS_IMPOSITION),
            Optional.of(horloge.aujourdhui().plusDays(30)), Optional.empty())) && hasard.nextInt(10) < 7) {
          planifier(5 + hasard.nextInt(25), "fournir des pièces", () ->
              commande(new CommandeDemande.EnregistrerPieces(n, Acteur.demandeur(), Set.of(PieceJustificative.AVIS_IMPOSITION))));
        }
      });
    }
    if (tirage >= 35 && tirage < 55) {
      planifier(10 + hasard.nextInt(60), "contingent", () -> commande(new CommandeDemande.DeclarerContingent(n,
          Territoire.ACTION_LOGEMENT, new ContingentEligible(TypeReservataire.EMPLOYEURS_ACTION_LOGEMENT, "Action Logement Services"))));
    }
    if (tirage >= 55 && tirage < 63) {
      planifier(30 + hasard.nextInt(150), "priorité", () -> commande(new CommandeDemande.ReconnaitrePriorite(n, Territoire.LMH,
          PublicPrioritaire.values()[1 + hasard.nextInt(PublicPrioritaire.values().length - 1)],
          SourcePriorite.RECONNAISSANCE_RESERVATAIRE_OU_BAILLEUR, horloge.aujourdhui(), Optional.empty())));
    }
    if (tirage >= 63 && tirage < 66) {
      planifier(60 + hasard.nextInt(200), "décision DALO", () -> commande(new CommandeDemande.ReconnaitrePriorite(n, Territoire.COMED,
          PublicPrioritaire.DALO, SourcePriorite.DECISION_DALO, horloge.aujourdhui(), Optional.of("COMED-59-" + n.valeur().substring(8, 13)))));
    }
    if (tirage >= 66 && tirage < 72) {
      planifier(60 + hasard.nextInt(240), "avertir (absence de réponse)", () -> {
        if (commande(new CommandeDemande.AvertirAbsenceDeReponse(n, Territoire.MAIRIE))) {
          if (hasard.nextInt(10) < 3) {
            planifier(5 + hasard.nextInt(40), "réponse du demandeur",
                () -> commande(new CommandeDemande.LeverAvertissement(n, Acteur.demandeur())));
          } else {
            planifier(61 + hasard.nextInt(10), "radier (absence de réponse)", () -> {
              if (commande(new CommandeDemande.Radier(n, Territoire.MAIRIE, MotifRadiation.ABSENCE_DE_REPONSE))) {
                radiations.merge(MotifRadiation.ABSENCE_DE_REPONSE, 1, Integer::sum);
                if (hasard.nextInt(4) == 0) {
                  planifier(10 + hasard.nextInt(100), "réactiver (réponse tardive)", () -> {
                    if (commande(new CommandeDemande.Reactiver(n, Territoire.MAIRIE))) {
                      compter("réactivations après absence de réponse");
                    }
                  });
                }
              }
            });
          }
        }
      });
    }
    if (tirage >= 72 && tirage < 75) {
      planifier(30 + hasard.nextInt(300), "renonciation", () -> {
        if (commande(new CommandeDemande.Radier(n, Territoire.GUICHET_LMH, MotifRadiation.RENONCIATION))) {
          radiations.merge(MotifRadiation.RENONCIATION, 1, Integer::sum);
        }
      });
    }
    if (tirage >= 75 && tirage < 80) {
      planifier(15 + hasard.nextInt(200), "modification", () -> {
        Optional<Demande> d2 = sne.consultation().demande(Acteur.demandeur(), n);
        d2.ifPresent(x -> commande(new CommandeDemande.Modifier(n, Acteur.demandeur(),
            Contenus.avecAvisPostal(x.contenu()), OrigineModification.DEMANDE_DU_DEMANDEUR)));
      });
    }
  }

  /**
   * A dwelling freed this week: the bailleur declares it, the holder of the designation right
   * designates three candidates, the CAL meets a week later, the dwelling is offered in the order
   * of the ranking until a lease is signed.
   */
  private void preparerCommission(LocalDate jour) {
    List<FicheDemande> actives = sne.consultation().rechercher(Territoire.LMH, CritereRecherche.actives(10_000)).stream()
        .filter(f -> !enCoursDAttribution.contains(f.numero()))
        .filter(f -> f.dateDepot().isBefore(jour.minusMonths(2)))
        .toList();
    if (actives.size() < 3) {
      return;
    }
    Acteur bailleur = hasard.nextBoolean() ? Territoire.LMH : Territoire.VILOGIA;
    Logement logement = logement(bailleur);
    int tirage = hasard.nextInt(10);
    TitulaireDesignation titulaire = tirage < 4 ? new TitulaireDesignation(Territoire.ACTION_LOGEMENT, TypeReservataire.EMPLOYEURS_ACTION_LOGEMENT)
        : tirage < 5 ? new TitulaireDesignation(Territoire.DDETS, TypeReservataire.PREFET_PRIORITAIRES)
        : TitulaireDesignation.bailleur(bailleur);
    IdentifiantVacance id = IdentifiantVacance.de(logement.identifiant(), jour);
    sne.attributions().executer(new CommandeVacance.Declarer(id, bailleur, logement, jour.plusDays(30), titulaire));
    compter("logements déclarés vacants");
    List<NumeroUnique> candidats = new ArrayList<>();
    TypeLogement taille = TypeLogement.values()[Math.min(logement.nombrePieces(), TypeLogement.values().length - 1)];
    List<FicheDemande> adaptees = actives.stream().filter(f -> f.typologies().contains(taille)).toList();
    Optional<FicheDemande> dalo = adaptees.stream().filter(f -> f.statutDalo() == StatutDalo.ACTIF).findFirst();
    boolean designationDalo = titulaire.contingent() == TypeReservataire.PREFET_PRIORITAIRES && dalo.isPresent();
    if (designationDalo) {
      candidats.add(dalo.get().numero());
    } else {
      List<FicheDemande> vivier = new ArrayList<>(adaptees);
      while (candidats.size() < 3 && !vivier.isEmpty()) {
        candidats.add(vivier.remove(hasard.nextInt(vivier.size())).numero());
      }
    }
    if (candidats.isEmpty()) {
      compter("logements sans candidat adapté");
      return;
    }
    for (NumeroUnique n : candidats) {
      vacance(new CommandeVacance.Designer(id, titulaire.acteur(), n, designationDalo));
    }
    LocalDate seance = jour.plusDays(7);
    Optional<ExceptionTroisCandidats> exception = candidats.size() >= 3 ? Optional.empty()
        : Optional.of(designationDalo ? ExceptionTroisCandidats.DESIGNATION_PREFET_DALO : ExceptionTroisCandidats.INSUFFISANCE_DES_CANDIDATS);
    Optional<String> justification = exception.filter(e -> e == ExceptionTroisCandidats.INSUFFISANCE_DES_CANDIDATS)
        .map(e -> candidats.size() + " demande(s) seulement cherchent un " + taille.libelle() + " sur le territoire");
    if (!vacance(new CommandeVacance.InscrireEnCommission(id, bailleur, seance, exception, justification))) {
      return;
    }
    enCoursDAttribution.addAll(candidats);
    compter("commissions d'attribution");
    boolean condition = hasard.nextInt(6) == 0 && !sne.consultation().demande(bailleur, candidats.get(0)).orElseThrow()
        .piecesFourniesLe().containsKey(PieceJustificative.AVIS_IMPOSITION);
    boolean irrecevable = candidats.size() == 3 && hasard.nextInt(8) == 0;
    planifier(7, "séance de la commission", () -> {
      List<DecisionCandidat> decisions = new ArrayList<>();
      LocalDate limite = horloge.aujourdhui().plusDays(10);
      decisions.add(new DecisionCandidat(candidats.get(0), condition
          ? new DecisionCal.AttributionSousCondition(Set.of(PieceJustificative.AVIS_IMPOSITION), limite, Optional.of(1))
          : new DecisionCal.AttributionEnRang(1)));
      if (candidats.size() == 3) {
        decisions.add(new DecisionCandidat(candidats.get(1), new DecisionCal.AttributionEnRang(2)));
        decisions.add(new DecisionCandidat(candidats.get(2), irrecevable
            ? new DecisionCal.Irrecevabilite(SousMotifIrrecevabilite.IRREGULARITE_DE_SEJOUR)
            : new DecisionCal.NonAttribution(Set.of(MotifNonAttribution.TAUX_EFFORT), Optional.empty())));
      }
      if (!vacance(new CommandeVacance.RendreDecisions(id, bailleur, decisions))) {
        enCoursDAttribution.removeAll(candidats);
        return;
      }
      if (candidats.size() == 3) {
        enCoursDAttribution.remove(candidats.get(2));
        if (irrecevable) {
          NumeroUnique rejete = candidats.get(2);
          org.sne4j.logement.IdentifiantRpls rpls = sne.attributions().vacance(bailleur, id).orElseThrow().logement().identifiant();
          planifier(2, "lettre notifiant l'irrecevabilité (R441-2-8 d)", () -> {
            commande(new CommandeDemande.NotifierIrrecevabilite(rejete, bailleur, rpls, Optional.empty(),
                Optional.of("LRAR " + rejete.valeur().substring(9, 15))));
            planifier(32, "radier (irrecevabilité)", () -> {
              if (commande(new CommandeDemande.Radier(rejete, bailleur, MotifRadiation.IRRECEVABILITE))) {
                radiations.merge(MotifRadiation.IRRECEVABILITE, 1, Integer::sum);
              }
            });
          });
        }
      }
      if (condition) {
        boolean aTemps = hasard.nextInt(10) < 7;
        if (aTemps) {
          planifier(4, "pièce fournie", () -> commande(new CommandeDemande.EnregistrerPieces(candidats.get(0), Acteur.demandeur(),
              Set.of(PieceJustificative.AVIS_IMPOSITION))));
        }
        planifier(aTemps ? 6 : 11, "statuer sur la condition", () -> {
          vacance(aTemps
              ? new CommandeVacance.LeverCondition(id, bailleur, candidats.get(0))
              : new CommandeVacance.ConstaterConditionNonLevee(id, bailleur, candidats.get(0)));
          compter(aTemps ? "conditions suspensives levées" : "conditions suspensives non levées");
          proposer(id, bailleur, candidats);
        });
      } else {
        proposer(id, bailleur, candidats);
      }
    });
  }

  /**
   * Offers the dwelling to the next in line — unless the library already did, after a refusal, a
   * lapse or a failed condition (R441-3 b) — and plays the applicant's answer.
   */
  private void proposer(IdentifiantVacance id, Acteur bailleur, List<NumeroUnique> candidats) {
    Optional<Vacance> v = sne.attributions().vacance(bailleur, id);
    if (v.isPresent() && v.get().offre().isPresent()) {
      repondre(id, bailleur, candidats, v.get().offre().get());
      return;
    }
    if (v.isEmpty() || v.get().etat() != EtatVacance.DECIDEE) {
      if (v.isPresent() && v.get().etat() == EtatVacance.SANS_ATTRIBUTAIRE) {
        vacance(new CommandeVacance.OuvrirNouveauTour(id, bailleur, "Aucun attributaire en lice"));
        compter("logements remis en désignation (nouveau tour)");
      }
      enCoursDAttribution.removeAll(candidats);
      return;
    }
    if (!vacance(new CommandeVacance.Proposer(id, bailleur))) {
      enCoursDAttribution.removeAll(candidats);
      return;
    }
    repondre(id, bailleur, candidats, sne.attributions().vacance(bailleur, id).orElseThrow().offre().orElseThrow());
  }

  /** Plays the applicant's answer to {@code offre}. */
  private void repondre(IdentifiantVacance id, Acteur bailleur, List<NumeroUnique> candidats, Vacance.Offre offre) {
    NumeroUnique candidat = offre.candidat();
    int reponse = hasard.nextInt(100);
    if (reponse < 78) {
      planifier(1 + hasard.nextInt(5), "acceptation", () -> {
        vacance(new CommandeVacance.AccepterOffre(id, Acteur.demandeur(), candidat));
        planifier(10, "signature du bail", () -> {
          if (vacance(new CommandeVacance.SignerBail(id, bailleur, candidat,
              hasard.nextInt(5) == 0 ? AccordCollectif.INTERCOMMUNAL : AccordCollectif.AUCUN))) {
            radiations.merge(MotifRadiation.ATTRIBUTION, 1, Integer::sum);
            compter("baux signés");
            for (NumeroUnique n : candidats) {
              Vacance.Suivi suivi = sne.attributions().vacance(bailleur, id).orElseThrow().suivis().get(n);
              if (demandeRemarquable == null && suivi != null && suivi.etat() == EtatCandidat.SANS_SUITE) {
                demandeRemarquable = n;
              }
            }
          }
          enCoursDAttribution.removeAll(candidats);
        });
      });
    } else if (reponse < 90) {
      planifier(3, "refus", () -> {
        vacance(new CommandeVacance.RefuserOffre(id, Acteur.demandeur(), candidat,
            "Logement trop éloigné de l'école des enfants"));
        compter("propositions refusées");
        planifier(1, "au suivant", () -> proposer(id, bailleur, candidats));
      });
    } else {
      LocalDate lendemain = offre.dateLimiteReponse().plusDays(1);
      planifier((int) java.time.temporal.ChronoUnit.DAYS.between(horloge.aujourdhui(), lendemain), "défaut de réponse", () -> {
        vacance(new CommandeVacance.ConstaterDefautDeReponse(id, bailleur));
        compter("propositions sans réponse (refus, R441-10)");
        proposer(id, bailleur, candidats);
      });
    }
  }

  private Logement logement(Acteur bailleur) {
    TypologieRpls[] typologies = {TypologieRpls.T1, TypologieRpls.T2, TypologieRpls.T2, TypologieRpls.T3, TypologieRpls.T3, TypologieRpls.T4};
    TypologieRpls t = typologies[hasard.nextInt(typologies.length)];
    Financement[] financements = {Financement.PLUS, Financement.PLUS, Financement.PLUS, Financement.PLAI, Financement.PLS};
    return Logement.builder()
        .identifiant(String.format("RPLS%06d", prochainLogement++))
        .bailleur(bailleur)
        .commune(GenerateursDemande.METROPOLE_LILLOISE.get(hasard.nextInt(GenerateursDemande.METROPOLE_LILLOISE.size())))
        .enQpv(hasard.nextInt(4) == 0)
        .typologie(t).nombrePieces(t.nombrePieces())
        .surface(BigDecimal.valueOf(18 + 17L * t.nombrePieces() + hasard.nextInt(8)))
        .etage(hasard.nextInt(6)).ascenseur(hasard.nextBoolean())
        .financement(financements[hasard.nextInt(financements.length)])
        .loyer(Montant.euros(220 + 95L * t.nombrePieces())).charges(Montant.euros(40 + 15L * t.nombrePieces()))
        .typeHabitat(TypeHabitat.COLLECTIF)
        .build();
  }

  /** Runs a vacancy command; a refusal is counted by its code. */
  private boolean vacance(CommandeVacance c) {
    return tenter(() -> sne.attributions().executer(c));
  }

  // ---------------------------------------------------------------------------------------------

  /** Runs a command; a refusal is counted by its code (the situation changed since it was planned). */
  private boolean commande(CommandeDemande c) {
    return tenter(() -> sne.demandes().executer(c));
  }

  /** Whether {@code execution} went through; a refusal is counted by its code. */
  private boolean tenter(Runnable execution) {
    try {
      execution.run();
      return true;
    } catch (RefusException e) {
      refus.merge(e.code(), 1, Integer::sum);
      return false;
    }
  }

  private void planifier(int jours, String nom, Runnable action) {
    taches.add(new Tache(horloge.aujourdhui().plusDays(Math.max(1, jours)), ordre++, nom, action));
  }

  private void compter(String quoi) {
    compteurs.merge(quoi, 1, Integer::sum);
  }

  private int tirerNombre(double moyenne) {
    // Poisson draw by inversion: small means only.
    double l = Math.exp(-moyenne);
    int k = 0;
    double p = 1;
    do {
      k++;
      p *= hasard.nextDouble();
    } while (p > l);
    return k - 1;
  }
}
