package org.sne4j.examples.demo;

import java.time.LocalDate;
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
import org.sne4j.api.RefusException;
import org.sne4j.api.Sne;
import org.sne4j.cal.AccordCollectif;
import org.sne4j.cal.DecisionCal;
import org.sne4j.cal.DonneesAttribution;
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
import org.sne4j.logement.IdentifiantRpls;
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
  private final List<ContenuDemande> demandeurs;
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
    this.demandeurs = GenerateursDemande.contenu(debut).sample(graine, 2_000);
  }

  /** Runs the simulation day by day. */
  void executer(int demandesParMois) {
    for (LocalDate jour = debut; !jour.isAfter(fin); jour = jour.plusDays(1)) {
      horloge.allerAu(jour);
      traitementsQuotidiens();
      int nouvelles = tirerNombre(demandesParMois / 30.0);
      for (int i = 0; i < nouvelles && prochainDemandeur < demandeurs.size(); i++) {
        enregistrer(demandeurs.get(prochainDemandeur++));
      }
      if (jour.getDayOfWeek() == java.time.DayOfWeek.TUESDAY && !jour.isBefore(debut.plusMonths(3))
          && jour.getDayOfYear() % 14 < 7) {
        preparerCommission(jour);
      }
      while (!taches.isEmpty() && !taches.peek().jour().isAfter(jour)) {
        Tache t = taches.poll();
        t.action().run();
      }
    }
  }

  // ---------------------------------------------------------------------------------------------

  private void traitementsQuotidiens() {
    for (AvisRenouvellement avis : sne.envoyerAvisDus()) {
      compter("avis de renouvellement envoyés");
      if (renouvelleront.contains(avis.numero())) {
        planifier(hasard.nextInt(40), "renouveler", () -> {
          Acteur auteur = hasard.nextInt(3) == 0 ? Territoire.MAIRIE : Acteur.demandeur();
          Demande d = sne.demande(auteur, avis.numero()).orElseThrow();
          if (commande(new CommandeDemande.Renouveler(avis.numero(), auteur, d.contenu()))) {
            compter("renouvellements");
          }
        });
      }
    }
    for (NumeroUnique n : sne.radierDemandesNonRenouvelees()) {
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
    Demande d = sne.enregistrerContenu(auteur, guichet, horloge.aujourdhui(), contenu);
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
              if (commande(CommandeDemande.Radier.pour(n, Territoire.MAIRIE, MotifRadiation.ABSENCE_DE_REPONSE))) {
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
        if (commande(CommandeDemande.Radier.pour(n, Territoire.GUICHET_LMH, MotifRadiation.RENONCIATION))) {
          radiations.merge(MotifRadiation.RENONCIATION, 1, Integer::sum);
        }
      });
    }
    if (tirage >= 75 && tirage < 80) {
      planifier(15 + hasard.nextInt(200), "modification", () -> {
        Optional<Demande> d2 = sne.demande(Acteur.demandeur(), n);
        d2.ifPresent(x -> commande(new CommandeDemande.Modifier(n, Acteur.demandeur(), x.contenu(), OrigineModification.DEMANDE_DU_DEMANDEUR)));
      });
    }
  }

  /** A CAL session a week ahead: three candidates designated for a dwelling, examined, decided. */
  private void preparerCommission(LocalDate jour) {
    List<FicheDemande> actives = sne.rechercher(Territoire.LMH, CritereRecherche.actives(10_000)).stream()
        .filter(f -> !enCoursDAttribution.contains(f.numero()))
        .filter(f -> f.dateDepot().isBefore(jour.minusMonths(2)))
        .toList();
    if (actives.size() < 3) {
      return;
    }
    Acteur bailleur = hasard.nextBoolean() ? Territoire.LMH : Territoire.VILOGIA;
    boolean reserve = hasard.nextBoolean();
    Acteur designateur = reserve ? Territoire.ACTION_LOGEMENT : bailleur;
    IdentifiantRpls logement = new IdentifiantRpls(String.format("RPLS%06d", prochainLogement++));
    List<NumeroUnique> candidats = new ArrayList<>();
    while (candidats.size() < 3) {
      NumeroUnique n = actives.get(hasard.nextInt(actives.size())).numero();
      if (!candidats.contains(n)) {
        candidats.add(n);
      }
    }
    LocalDate seance = jour.plusDays(7);
    enCoursDAttribution.addAll(candidats);
    compter("commissions d'attribution");
    for (NumeroUnique n : candidats) {
      commande(new CommandeDemande.Designer(n, designateur, logement,
          Optional.of(reserve ? TypeReservataire.EMPLOYEURS_ACTION_LOGEMENT : TypeReservataire.HORS_CONTINGENT)));
      commande(new CommandeDemande.InscrireEnCal(n, bailleur, logement, seance));
    }
    boolean irrecevable = hasard.nextInt(8) == 0;
    planifier(7, "séance de la commission", () -> {
      commande(new CommandeDemande.RendreDecisionCal(candidats.get(0), bailleur, logement, new DecisionCal.AttributionEnRang(1)));
      commande(new CommandeDemande.RendreDecisionCal(candidats.get(1), bailleur, logement, new DecisionCal.AttributionEnRang(2)));
      NumeroUnique troisieme = candidats.get(2);
      if (irrecevable) {
        if (commande(new CommandeDemande.RendreDecisionCal(troisieme, bailleur, logement,
            new DecisionCal.Irrecevabilite(SousMotifIrrecevabilite.RESSOURCES_SUPERIEURES_AU_PLAFOND)))) {
          planifier(32, "radier (irrecevabilité)", () -> {
            if (commande(CommandeDemande.Radier.pour(troisieme, bailleur, MotifRadiation.IRRECEVABILITE))) {
              radiations.merge(MotifRadiation.IRRECEVABILITE, 1, Integer::sum);
            }
          });
        }
      } else {
        commande(new CommandeDemande.RendreDecisionCal(troisieme, bailleur, logement,
            new DecisionCal.NonAttribution(Set.of(MotifNonAttribution.TAUX_EFFORT), Optional.empty())));
        enCoursDAttribution.remove(troisieme);
      }
      boolean premierAccepte = hasard.nextInt(100) < 80;
      if (premierAccepte) {
        planifier(15, "signature du bail", () -> bail(candidats.get(0), bailleur, logement, reserve));
        enCoursDAttribution.remove(candidats.get(1));
        if (demandeRemarquable == null) {
          demandeRemarquable = candidats.get(1);
        }
      } else {
        planifier(8, "refus du demandeur", () -> {
          commande(new CommandeDemande.EnregistrerRefus(candidats.get(0), bailleur, logement, "Logement trop éloigné de l'école des enfants"));
          enCoursDAttribution.remove(candidats.get(0));
          planifier(12, "signature du bail (rang 2)", () -> bail(candidats.get(1), bailleur, logement, reserve));
        });
      }
    });
  }

  private void bail(NumeroUnique n, Acteur bailleur, IdentifiantRpls logement, boolean reserve) {
    boolean dalo = sne.demande(bailleur, n).map(d -> d.statutDalo() == StatutDalo.ACTIF).orElse(false);
    if (commande(new CommandeDemande.SignerBail(n, bailleur, new DonneesAttribution(logement,
        hasard.nextInt(5) == 0 ? AccordCollectif.INTERCOMMUNAL : AccordCollectif.AUCUN, dalo,
        reserve ? TypeReservataire.EMPLOYEURS_ACTION_LOGEMENT : TypeReservataire.HORS_CONTINGENT)))) {
      radiations.merge(MotifRadiation.ATTRIBUTION, 1, Integer::sum);
      compter("baux signés");
    }
    enCoursDAttribution.remove(n);
  }

  // ---------------------------------------------------------------------------------------------

  /** Runs a command; a refusal is counted by its code (the situation changed since it was planned). */
  private boolean commande(CommandeDemande c) {
    try {
      sne.executer(c);
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
