package org.sne4j.demande;

import static org.sne4j.commun.Decision.accepter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sne4j.acteur.Acteur;
import org.sne4j.acteur.TypeActeur;
import org.sne4j.cal.DecisionCal;
import org.sne4j.cal.SousMotifIrrecevabilite;
import org.sne4j.demande.ActeAttribution.AccepterOffre;
import org.sne4j.demande.ActeAttribution.ConstaterConditionNonLevee;
import org.sne4j.demande.ActeAttribution.EmettreOffre;
import org.sne4j.demande.ActeAttribution.LeverCondition;
import org.sne4j.demande.ActeAttribution.SignalerAttributionSansSuite;
import org.sne4j.demande.EvenementDemande.AttributionSansSuite;
import org.sne4j.demande.EvenementDemande.ConditionSuspensiveLevee;
import org.sne4j.demande.EvenementDemande.ConditionSuspensiveNonLevee;
import org.sne4j.demande.EvenementDemande.OffreAcceptee;
import org.sne4j.demande.EvenementDemande.OffreEmise;
import org.sne4j.cal.DecisionCal.AttributionSousCondition;
import org.sne4j.cal.DecisionCal.Irrecevabilite;
import org.sne4j.commun.Decision;
import org.sne4j.commun.Refus;
import org.sne4j.demande.CommandeDemande.AnnulerEvenement;
import org.sne4j.demande.CommandeDemande.AvertirAbsenceDeReponse;
import org.sne4j.demande.CommandeDemande.ConstaterVisite;
import org.sne4j.demande.CommandeDemande.DeclarerContingent;
import org.sne4j.demande.CommandeDemande.DemanderPieces;
import org.sne4j.demande.ActeAttribution.Designer;
import org.sne4j.demande.ActeAttribution.ConstaterDefautDeReponse;
import org.sne4j.demande.ActeDemande.Enregistrer;
import org.sne4j.demande.CommandeDemande.RadierPourFusion;
import org.sne4j.demande.CommandeDemande.EnregistrerEvenementLocal;
import org.sne4j.demande.CommandeDemande.EnregistrerPieces;
import org.sne4j.demande.ActeAttribution.EnregistrerRefus;
import org.sne4j.demande.CommandeDemande.EnvoyerAvisRenouvellement;
import org.sne4j.demande.ActeAttribution.InscrireEnCal;
import org.sne4j.demande.CommandeDemande.LeverAvertissement;
import org.sne4j.demande.CommandeDemande.Modifier;
import org.sne4j.demande.CommandeDemande.ProposerVisite;
import org.sne4j.demande.CommandeDemande.Radier;
import org.sne4j.demande.CommandeDemande.Reactiver;
import org.sne4j.demande.CommandeDemande.ReconnaitrePriorite;
import org.sne4j.demande.CommandeDemande.Rectifier;
import org.sne4j.demande.ActeAttribution.RendreDecisionCal;
import org.sne4j.demande.CommandeDemande.Renouveler;
import org.sne4j.demande.CommandeDemande.RetirerPriorite;
import org.sne4j.demande.ActeAttribution.SignerBail;
import org.sne4j.demande.Demande.Avertissement;
import org.sne4j.demande.Demande.DecisionEnregistree;
import org.sne4j.demande.EvenementDemande.AvertissementEnvoye;
import org.sne4j.demande.EvenementDemande.AvertissementLeve;
import org.sne4j.demande.EvenementDemande.AvisRenouvellementEnvoye;
import org.sne4j.demande.EvenementDemande.BailSigne;
import org.sne4j.demande.EvenementDemande.ContingentDeclare;
import org.sne4j.demande.EvenementDemande.DecisionCalRendue;
import org.sne4j.demande.EvenementDemande.DemandeCorrigee;
import org.sne4j.demande.EvenementDemande.DemandeDesignee;
import org.sne4j.demande.EvenementDemande.DemandeEnregistree;
import org.sne4j.demande.EvenementDemande.DemandeInscriteEnCal;
import org.sne4j.demande.EvenementDemande.DemandeModifiee;
import org.sne4j.demande.EvenementDemande.DemandeRadiee;
import org.sne4j.demande.EvenementDemande.DemandeReactivee;
import org.sne4j.demande.EvenementDemande.DemandeRenouvelee;
import org.sne4j.demande.EvenementDemande.EvenementAnnule;
import org.sne4j.demande.EvenementDemande.EvenementLocal;
import org.sne4j.demande.EvenementDemande.PiecesDemandees;
import org.sne4j.demande.EvenementDemande.PiecesFournies;
import org.sne4j.demande.EvenementDemande.PrioriteReconnue;
import org.sne4j.demande.EvenementDemande.PrioriteRetiree;
import org.sne4j.demande.EvenementDemande.RefusDuDemandeur;
import org.sne4j.demande.EvenementDemande.VisiteEffectuee;
import org.sne4j.demande.EvenementDemande.VisiteProposee;
import org.sne4j.logement.IdentifiantRpls;
import org.sne4j.piece.PieceJustificative;
import org.sne4j.priorite.PublicPrioritaire;
import org.sne4j.priorite.SourcePriorite;

/**
 * The decisions of the demand's lifecycle: {@link #decider} turns a command, the current state
 * and the context into the events to record, or a refusal naming the rule it breaks. Pure: no
 * clock, no I/O, the same answer for the same input.
 */
public final class DecisionsDemande {

  private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final Set<TypeActeur> DESIGNATEURS =
      EnumSet.of(TypeActeur.RESERVATAIRE, TypeActeur.BAILLEUR, TypeActeur.SERVICE_ETAT, TypeActeur.COLLECTIVITE);

  private DecisionsDemande() {}

  /**
   * Decides a command, an act of the attribution process or a registration.
   *
   * @param commande what is asked
   * @param etat the state of the demand, empty when it does not exist yet
   * @param ctx the day, the timers and the diffusion rule
   * @return the events to record, or the refusal
   */
  public static Decision<EvenementDemande> decider(
      ActeDemande commande, Optional<Demande> etat, ContexteDecision ctx) {
    if (commande instanceof Enregistrer c) {
      return etat.isPresent()
          ? refus(
              RegleDemande.NUMERO_DEJA_ATTRIBUE,
              "Le numéro " + c.numero() + " identifie déjà une demande enregistrée.",
              Map.of("numero", c.numero().valeur()))
          : enregistrer(c, ctx);
    }
    if (etat.isEmpty()) {
      return Decision.refuser(demandeInconnue(commande.numero()));
    }
    Demande d = etat.get();
    if (commande instanceof Reactiver c) {
      return reactiver(c, d, ctx);
    }
    if (d.estRadiee()) {
      Demande.Radiation r = d.radiation().orElseThrow();
      return refus(
          RegleDemande.DEMANDE_RADIEE,
          "La demande "
              + d.numero()
              + " est radiée depuis le "
              + JOUR.format(r.date())
              + " (motif : "
              + r.motif().libelle()
              + ") ; seule sa réactivation est possible, dans le délai prévu pour ce motif.",
          Map.of("motif", r.motif().code(), "dateRadiation", r.date().toString()));
    }
    if (commande instanceof Modifier c) {
      return modifier(c, d, ctx);
    } else if (commande instanceof Rectifier c) {
      return rectifier(c, d, ctx);
    } else if (commande instanceof Renouveler c) {
      return renouveler(c, d, ctx);
    } else if (commande instanceof EnvoyerAvisRenouvellement c) {
      return envoyerAvis(c, d, ctx);
    } else if (commande instanceof AvertirAbsenceDeReponse c) {
      return avertir(c, d, ctx);
    } else if (commande instanceof CommandeDemande.NotifierIrrecevabilite c) {
      return notifierIrrecevabilite(c, d, ctx);
    } else if (commande instanceof LeverAvertissement c) {
      return leverAvertissement(c, d, ctx);
    } else if (commande instanceof Radier c) {
      return radier(c, d, ctx);
    } else if (commande instanceof RadierPourFusion c) {
      return radierPourFusion(c, d, ctx);
    } else if (commande instanceof CommandeDemande.ConstaterRadiationNationale c) {
      return radiationNationale(c, ctx);
    } else if (commande instanceof ReconnaitrePriorite c) {
      return reconnaitrePriorite(c, ctx);
    } else if (commande instanceof RetirerPriorite c) {
      return retirerPriorite(c, d, ctx);
    } else if (commande instanceof DeclarerContingent c) {
      return DESIGNATEURS.contains(c.auteur().type())
          ? accepter(
              new ContingentDeclare(
                  c.numero(), ctx.aujourdhui(), c.auteur(), visible(ctx, NatureEvenement.CONTINGENT_ELIGIBLE), c.contingent()))
          : refus(
              RegleDemande.CONTINGENT_AUTEUR,
              c.auteur().type().libelle() + " ne peut pas indiquer un contingent de réservation.",
              Map.of("auteur", c.auteur().type().name()));
    } else if (commande instanceof DemanderPieces c) {
      return demanderPieces(c, ctx);
    } else if (commande instanceof EnregistrerPieces c) {
      return c.auteur().estServiceEnregistreur() || c.auteur().type() == TypeActeur.DEMANDEUR
          ? accepter(
              new PiecesFournies(
                  c.numero(), ctx.aujourdhui(), c.auteur(), visible(ctx, NatureEvenement.PIECES_FOURNIES), c.pieces()))
          : refusAuteur(RegleDemande.PIECES_FOURNIES_AUTEUR, c.auteur(), "enregistrer des pièces justificatives");
    } else if (commande instanceof Designer c) {
      return DESIGNATEURS.contains(c.auteur().type())
          ? accepter(
              new DemandeDesignee(
                  c.numero(), ctx.aujourdhui(), c.auteur(), visible(ctx, NatureEvenement.DESIGNATION), c.logement(), c.contingent()))
          : refusAuteur(RegleDemande.DESIGNATION_AUTEUR, c.auteur(), "désigner un demandeur sur un logement");
    } else if (commande instanceof InscrireEnCal c) {
      return inscrireEnCal(c, ctx);
    } else if (commande instanceof ProposerVisite c) {
      return estBailleurOuReservataire(c.auteur())
          ? accepter(
              new VisiteProposee(
                  c.numero(), ctx.aujourdhui(), c.auteur(), visible(ctx, NatureEvenement.VISITE_PROPOSEE), c.logement(), c.dateVisite()))
          : refusAuteur(RegleDemande.VISITE_AUTEUR, c.auteur(), "proposer une visite");
    } else if (commande instanceof ConstaterVisite c) {
      return estBailleurOuReservataire(c.auteur())
          ? accepter(
              new VisiteEffectuee(
                  c.numero(), ctx.aujourdhui(), c.auteur(), visible(ctx, NatureEvenement.VISITE_EFFECTUEE), c.logement()))
          : refusAuteur(RegleDemande.VISITE_AUTEUR, c.auteur(), "constater une visite");
    } else if (commande instanceof RendreDecisionCal c) {
      return rendreDecision(c, d, ctx);
    } else if (commande instanceof EmettreOffre c) {
      return emettreOffre(c, d, ctx);
    } else if (commande instanceof AccepterOffre c) {
      return accepterOffre(c, d, ctx);
    } else if (commande instanceof EnregistrerRefus c) {
      return enregistrerRefus(c, c.motif(), false, d, ctx);
    } else if (commande instanceof ConstaterDefautDeReponse c) {
      return enregistrerRefus(c, "Pas de réponse dans le délai imparti (R441-10)", true, d, ctx);
    } else if (commande instanceof LeverCondition c) {
      return condition(c, d, ctx, true);
    } else if (commande instanceof ActeAttribution.ConstaterConditionsNonRemplies c) {
      return conditionsNonRemplies(c, d, ctx);
    } else if (commande instanceof ConstaterConditionNonLevee c) {
      return condition(c, d, ctx, false);
    } else if (commande instanceof SignalerAttributionSansSuite c) {
      return sansSuite(c, d, ctx);
    } else if (commande instanceof SignerBail c) {
      return signerBail(c, d, ctx);
    } else if (commande instanceof AnnulerEvenement c) {
      return annuler(c, d, ctx);
    } else if (commande instanceof EnregistrerEvenementLocal c) {
      return c.auteur().type() == TypeActeur.DEMANDEUR || c.auteur().type() == TypeActeur.GESTIONNAIRE
          ? refusAuteur(RegleDemande.EVENEMENT_LOCAL, c.auteur(), "enregistrer un événement local")
          : accepter(
              new EvenementLocal(
                  c.numero(), ctx.aujourdhui(), c.auteur(), ctx.diffusion().estVisible(c.type()), c.type(), c.libelle()));
    }
    throw new IllegalArgumentException("Unknown command " + commande);
  }

  // ---------------------------------------------------------------------------------------------

  /** The refusal of an act or a query on a number that identifies no demand (CCH L441-2-1). */
  public static Refus demandeInconnue(NumeroUnique numero) {
    return Refus.de(
        RegleDemande.DEMANDE_INCONNUE,
        "Aucune demande n'est enregistrée sous le numéro " + numero + ".",
        Map.of("numero", numero.valeur()));
  }

  /**
   * Why a registration by {@code auteur} of a demand received on {@code dateDepot} would be
   * refused, if it would: checked before a number is allocated.
   */
  public static Optional<Refus> refusEnregistrement(Acteur auteur, LocalDate dateDepot, ContexteDecision ctx) {
    boolean enLigne = auteur.type() == TypeActeur.DEMANDEUR;
    if (!enLigne && !auteur.estServiceEnregistreur()) {
      return Optional.of(
          refusDeLAuteur(RegleDemande.ENREGISTREMENT_PAR_SERVICE_ENREGISTREUR, auteur, "enregistrer une demande"));
    }
    if (dateDepot.isAfter(ctx.aujourdhui())) {
      return Optional.of(
          Refus.de(
              RegleDemande.DATE_DE_DEPOT,
              "La date de dépôt (" + JOUR.format(dateDepot) + ") ne peut pas être postérieure à la date"
                  + " d'enregistrement (" + JOUR.format(ctx.aujourdhui()) + ").",
              Map.of("dateDepot", dateDepot.toString())));
    }
    return Optional.empty();
  }

  private static Decision<EvenementDemande> enregistrer(Enregistrer c, ContexteDecision ctx) {
    Optional<Refus> refus = refusEnregistrement(c.auteur(), c.dateDepot(), ctx);
    if (refus.isPresent()) {
      return Decision.refuser(refus.get());
    }
    boolean enLigne = c.auteur().type() == TypeActeur.DEMANDEUR;
    return accepter(
        new DemandeEnregistree(
            c.numero(),
            ctx.aujourdhui(),
            c.auteur(),
            visible(ctx, NatureEvenement.ENREGISTREMENT),
            c.contenu().territoire(),
            c.guichet(),
            enLigne ? CanalDepot.EN_LIGNE : CanalDepot.GUICHET,
            c.dateDepot(),
            c.contenu()));
  }

  private static Decision<EvenementDemande> modifier(Modifier c, Demande d, ContexteDecision ctx) {
    if (c.auteur().type() != TypeActeur.DEMANDEUR && !c.auteur().estServiceEnregistreur()) {
      return refus(
          RegleDemande.MODIFICATION_ORIGINE_DEMANDEUR,
          "Une modification n'est enregistrée qu'à la demande du demandeur, en ligne ou par un service"
              + " enregistreur ; " + c.auteur().type().libelle() + " ne peut pas l'enregistrer.",
          Map.of("auteur", c.auteur().type().name()));
    }
    return memeTerritoire(d, c.contenu())
        .orElseGet(
            () ->
                accepter(
                    new DemandeModifiee(
                        c.numero(), ctx.aujourdhui(), c.auteur(), visible(ctx, NatureEvenement.MODIFICATION), c.contenu(), c.origine())));
  }

  private static Decision<EvenementDemande> rectifier(Rectifier c, Demande d, ContexteDecision ctx) {
    if (!c.auteur().estServiceEnregistreur()) {
      return refusAuteur(RegleDemande.RECTIFICATION_INTERVENANT_HABILITE, c.auteur(), "rectifier une demande");
    }
    if (c.pieces().isEmpty()) {
      return refus(
          RegleDemande.RECTIFICATION_PIECES,
          "Une rectification s'appuie sur au moins une pièce justificative fournie par le demandeur.",
          Map.of());
    }
    return memeTerritoire(d, c.contenu())
        .orElseGet(
            () ->
                accepter(
                    new DemandeCorrigee(
                        c.numero(), ctx.aujourdhui(), c.auteur(), visible(ctx, NatureEvenement.RECTIFICATION),
                        c.contenu(), c.pieces(), c.commentaire())));
  }

  private static Decision<EvenementDemande> renouveler(Renouveler c, Demande d, ContexteDecision ctx) {
    boolean enLigne = c.auteur().type() == TypeActeur.DEMANDEUR;
    if (!enLigne && !c.auteur().estServiceEnregistreur()) {
      return refusAuteur(RegleDemande.RENOUVELLEMENT_AUTEUR, c.auteur(), "renouveler une demande");
    }
    return memeTerritoire(d, c.contenu())
        .orElseGet(
            () ->
                accepter(
                    new DemandeRenouvelee(
                        c.numero(), ctx.aujourdhui(), c.auteur(), visible(ctx, NatureEvenement.RENOUVELLEMENT),
                        enLigne ? CanalDepot.EN_LIGNE : CanalDepot.GUICHET, c.contenu())));
  }

  private static Decision<EvenementDemande> envoyerAvis(
      EnvoyerAvisRenouvellement c, Demande d, ContexteDecision ctx) {
    if (c.auteur().type() != TypeActeur.GESTIONNAIRE) {
      return refusAuteur(RegleDemande.AVIS_RENOUVELLEMENT_AUTEUR, c.auteur(), "adresser l'avis de renouvellement");
    }
    if (d.avisEnvoyePourLaPeriode()) {
      return refus(
          RegleDemande.AVIS_RENOUVELLEMENT,
          "L'avis de renouvellement de cette année de validité a déjà été adressé le "
              + JOUR.format(d.dateDernierAvis().orElseThrow()) + ".",
          Map.of("dateAvis", d.dateDernierAvis().orElseThrow().toString()));
    }
    return accepter(
        new AvisRenouvellementEnvoye(
            c.numero(), ctx.aujourdhui(), c.auteur(), visible(ctx, NatureEvenement.AVIS_RENOUVELLEMENT),
            d.dateFinValidite(), d.canauxAvis()));
  }

  private static Decision<EvenementDemande> avertir(AvertirAbsenceDeReponse c, Demande d, ContexteDecision ctx) {
    if (!c.auteur().estServiceEnregistreur()) {
      return refusAuteur(RegleDemande.AVERTISSEMENT_AUTEUR, c.auteur(), "avertir le demandeur avant radiation");
    }
    if (d.avertissement().isPresent()) {
      Avertissement a = d.avertissement().get();
      return refus(
          RegleDemande.AVERTISSEMENT,
          "Un avertissement (" + a.motif().libelle() + ") est déjà en cours depuis le " + JOUR.format(a.date()) + ".",
          Map.of("motif", a.motif().name(), "date", a.date().toString()));
    }
    LocalDate envoi = c.dateEnvoi().orElse(ctx.aujourdhui());
    if (envoi.isAfter(ctx.aujourdhui()) || envoi.isBefore(d.dateDepot())) {
      return refus(RegleDemande.AVERTISSEMENT_DATE,
          "La lettre d'avertissement ne peut être datée du " + JOUR.format(envoi) + " : ni après aujourd'hui, ni avant le"
              + " dépôt de la demande.",
          Map.of("dateEnvoi", envoi.toString()));
    }
    return accepter(
        new AvertissementEnvoye(
            c.numero(), envoi, c.auteur(), visible(ctx, NatureEvenement.AVERTISSEMENT),
            MotifAvertissement.ABSENCE_DE_REPONSE,
            ctx.delais().radiationPossibleApresAbsenceDeReponse(envoi),
            Optional.empty(), c.preuveEnvoi()));
  }

  private static Decision<EvenementDemande> notifierIrrecevabilite(
      CommandeDemande.NotifierIrrecevabilite c, Demande d, ContexteDecision ctx) {
    Optional<DecisionEnregistree> decision = d.decisionCal(c.logement())
        .filter(x -> x.decision() instanceof Irrecevabilite);
    if (decision.isEmpty()) {
      return refus(RegleDemande.NOTIFICATION_IRRECEVABILITE_SANS_DECISION,
          "Aucune décision d'irrecevabilité n'a été rendue sur cette demande pour le logement " + c.logement() + ".",
          Map.of("logement", c.logement().valeur()));
    }
    if (!decision.get().auteur().estLaMemeEntiteQue(c.auteur())) {
      return refus(RegleDemande.NOTIFICATION_IRRECEVABILITE_AUTEUR,
          "L'irrecevabilité est notifiée par " + decision.get().auteur().nom() + ", dont la commission l'a prononcée.",
          Map.of("bailleur", decision.get().auteur().identifiant()));
    }
    if (d.avertissement().isPresent()) {
      Avertissement a = d.avertissement().get();
      return refus(
          RegleDemande.AVERTISSEMENT,
          "Un avertissement (" + a.motif().libelle() + ") est déjà en cours depuis le " + JOUR.format(a.date()) + ".",
          Map.of("motif", a.motif().name(), "date", a.date().toString()));
    }
    LocalDate envoi = c.dateEnvoi().orElse(ctx.aujourdhui());
    if (envoi.isAfter(ctx.aujourdhui()) || envoi.isBefore(decision.get().date())) {
      return refus(RegleDemande.AVERTISSEMENT_DATE,
          "La lettre notifiant l'irrecevabilité ne peut être datée du " + JOUR.format(envoi) + " : ni après aujourd'hui,"
              + " ni avant la décision du " + JOUR.format(decision.get().date()) + ".",
          Map.of("dateEnvoi", envoi.toString(), "dateDecision", decision.get().date().toString()));
    }
    return accepter(
        new AvertissementEnvoye(
            c.numero(), envoi, c.auteur(), visible(ctx, NatureEvenement.AVERTISSEMENT),
            MotifAvertissement.IRRECEVABILITE,
            ctx.delais().radiationPossibleApresIrrecevabilite(envoi),
            Optional.of(((Irrecevabilite) decision.get().decision()).sousMotif()), c.preuveEnvoi()));
  }

  private static Decision<EvenementDemande> leverAvertissement(
      LeverAvertissement c, Demande d, ContexteDecision ctx) {
    Optional<Avertissement> a = d.avertissement().filter(x -> x.motif() == MotifAvertissement.ABSENCE_DE_REPONSE);
    if (a.isEmpty()) {
      return refus(
          RegleDemande.LEVEE_AVERTISSEMENT,
          "Aucun avertissement pour absence de réponse n'est en cours sur cette demande.",
          Map.of());
    }
    if (c.auteur().type() != TypeActeur.DEMANDEUR && !c.auteur().estServiceEnregistreur()) {
      return refusAuteur(RegleDemande.LEVEE_AVERTISSEMENT_AUTEUR, c.auteur(), "lever un avertissement");
    }
    return accepter(
        new AvertissementLeve(
            c.numero(), ctx.aujourdhui(), c.auteur(), visible(ctx, NatureEvenement.LEVEE_AVERTISSEMENT), a.get().motif()));
  }

  private static Decision<EvenementDemande> radier(Radier c, Demande d, ContexteDecision ctx) {
    LocalDate jour = ctx.aujourdhui();
    return switch (c.motif()) {
      case RENONCIATION -> c.auteur().estServiceEnregistreur() || c.auteur().type() == TypeActeur.DEMANDEUR
          ? radiation(c, d, ctx, Optional.empty())
          : refusAuteur(RegleDemande.RADIATION_RENONCIATION, c.auteur(), "radier une demande pour renonciation");
      case ABSENCE_DE_REPONSE, IRRECEVABILITE -> radierApresAvertissement(c, d, ctx);
      case NON_RENOUVELLEMENT -> {
        if (c.auteur().type() != TypeActeur.GESTIONNAIRE) {
          yield refusAuteur(RegleDemande.RADIATION_NON_RENOUVELLEMENT_AUTEUR, c.auteur(), "radier une demande pour non-renouvellement");
        }
        Optional<LocalDate> des = d.dateRadiationNonRenouvellement(ctx.delais());
        if (des.isEmpty()) {
          yield refus(
              RegleDemande.RADIATION_NON_RENOUVELLEMENT_SANS_AVIS,
              "La demande ne peut être radiée pour non-renouvellement : l'avis de renouvellement de"
                  + " cette année de validité n'a pas été adressé.",
              Map.of("dateFinValidite", d.dateFinValidite().toString()));
        }
        if (jour.isBefore(des.get())) {
          yield refus(
              RegleDemande.RADIATION_NON_RENOUVELLEMENT,
              "La demande ne peut être radiée pour non-renouvellement avant le " + JOUR.format(des.get()) + ".",
              Map.of("radiationPossibleLe", des.get().toString()));
        }
        yield radiation(c, d, ctx, Optional.empty());
      }
      case ATTRIBUTION, FUSION -> throw new IllegalArgumentException("Not a ground of Radier: " + c.motif());
    };
  }

  private static Decision<EvenementDemande> radierPourFusion(RadierPourFusion c, Demande d, ContexteDecision ctx) {
    if (c.auteur().type() != TypeActeur.GESTIONNAIRE) {
      return refusAuteur(RegleDemande.RADIATION_FUSION_AUTEUR, c.auteur(), "radier une demande pour fusion");
    }
    if (c.numeroNational().equals(d.numero())) {
      return refus(
          RegleDemande.RADIATION_FUSION,
          "La radiation pour fusion indique le numéro unique national de la demande issue de la fusion.",
          Map.of());
    }
    return accepter(
        new DemandeRadiee(
            c.numero(), ctx.aujourdhui(), c.auteur(), visible(ctx, NatureEvenement.RADIATION),
            MotifRadiation.FUSION, Optional.empty(), Optional.empty(), Optional.of(c.numeroNational())));
  }

  private static Decision<EvenementDemande> radierApresAvertissement(Radier c, Demande d, ContexteDecision ctx) {
    boolean irrecevabilite = c.motif() == MotifRadiation.IRRECEVABILITE;
    Optional<Avertissement> a = d.avertissement().filter(x -> x.motif().radiation() == c.motif());
    if (a.isEmpty()) {
      return refus(
          irrecevabilite
              ? RegleDemande.RADIATION_IRRECEVABILITE_SANS_DECISION
              : RegleDemande.RADIATION_ABSENCE_REPONSE_SANS_AVERTISSEMENT,
          irrecevabilite
              ? "Aucune décision d'irrecevabilité d'une commission d'attribution n'a été notifiée au"
                  + " demandeur : la demande ne peut être radiée pour ce motif."
              : "Le demandeur n'a pas été averti de la radiation pour absence de réponse : la demande"
                  + " ne peut être radiée pour ce motif.",
          Map.of());
    }
    if (!a.get().auteur().estLaMemeEntiteQue(c.auteur())) {
      return refus(
          irrecevabilite ? RegleDemande.RADIATION_IRRECEVABILITE_AUTEUR : RegleDemande.RADIATION_ABSENCE_REPONSE_AUTEUR,
          "Seul le service qui a averti le demandeur (" + a.get().auteur().nom() + ") peut prononcer cette radiation.",
          Map.of("auteurAvertissement", a.get().auteur().identifiant()));
    }
    if (ctx.aujourdhui().isBefore(a.get().radiationPossibleLe())) {
      return refus(
          irrecevabilite ? RegleDemande.RADIATION_IRRECEVABILITE : RegleDemande.RADIATION_ABSENCE_REPONSE,
          "La radiation ne peut intervenir avant le " + JOUR.format(a.get().radiationPossibleLe())
              + ", à l'issue du délai qui suit l'avertissement du " + JOUR.format(a.get().date()) + ".",
          Map.of("radiationPossibleLe", a.get().radiationPossibleLe().toString()));
    }
    return radiation(c, d, ctx, a.get().sousMotif());
  }

  private static Decision<EvenementDemande> radiation(
      Radier c, Demande d, ContexteDecision ctx, Optional<org.sne4j.cal.SousMotifIrrecevabilite> sousMotif) {
    return accepter(
        new DemandeRadiee(
            c.numero(), ctx.aujourdhui(), c.auteur(), visible(ctx, NatureEvenement.RADIATION),
            c.motif(), sousMotif, Optional.empty(), Optional.empty()));
  }

  private static Decision<EvenementDemande> radiationNationale(
      CommandeDemande.ConstaterRadiationNationale c, ContexteDecision ctx) {
    if (c.auteur().type() != TypeActeur.GESTIONNAIRE) {
      return refusAuteur(RegleDemande.RADIATION_NATIONALE_AUTEUR, c.auteur(), "reporter une radiation du système national");
    }
    if (c.motif() == MotifRadiation.FUSION) {
      return refus(RegleDemande.RADIATION_NATIONALE,
          "La fusion en une demande à numéro national se prononce localement ; le système national ne la"
              + " transmet pas comme radiation.",
          Map.of("motif", c.motif().name()));
    }
    if (c.sousMotif().isPresent() != (c.motif() == MotifRadiation.IRRECEVABILITE)) {
      return refus(RegleDemande.RADIATION_NATIONALE_SOUS_MOTIF,
          "La radiation reportée est incohérente : motif " + c.motif().code() + ", sous-motif "
              + c.sousMotif().map(SousMotifIrrecevabilite::code).orElse("aucun")
              + " ; seule une radiation pour irrecevabilité porte un sous-motif, et elle en porte toujours un.",
          Map.of("motif", c.motif().code()));
    }
    if (c.attribution().isPresent() && c.motif() != MotifRadiation.ATTRIBUTION) {
      return refus(RegleDemande.RADIATION_NATIONALE_ATTRIBUTION,
          "La radiation reportée (motif " + c.motif().code() + ") porte des données d'attribution, que seule"
              + " une radiation pour attribution comporte.",
          Map.of("motif", c.motif().code()));
    }
    if (c.dateRadiation().isAfter(ctx.aujourdhui())) {
      return refus(RegleDemande.RADIATION_NATIONALE_DATE,
          "La date de radiation reportée (" + JOUR.format(c.dateRadiation()) + ") est dans le futur.",
          Map.of("dateRadiation", c.dateRadiation().toString()));
    }
    return accepter(new EvenementDemande.RadiationNationaleConstatee(c.numero(), ctx.aujourdhui(), c.auteur(),
        visible(ctx, NatureEvenement.RADIATION_NATIONALE), c.motif(), c.sousMotif(), c.dateRadiation(), c.attribution()));
  }

  private static Decision<EvenementDemande> reactiver(Reactiver c, Demande d, ContexteDecision ctx) {
    if (d.radiation().isEmpty()) {
      return refus(RegleDemande.REACTIVATION_NON_RADIEE, "La demande " + d.numero() + " n'est pas radiée.", Map.of());
    }
    Demande.Radiation r = d.radiation().get();
    Optional<LocalDate> limite = d.dateLimiteReactivation(ctx.delais());
    if (limite.isEmpty()) {
      return refus(
          RegleDemande.REACTIVATION_MOTIF,
          "Une demande radiée pour le motif « " + r.motif().libelle() + " » ne peut pas être réactivée.",
          Map.of("motif", r.motif().code()));
    }
    if (ctx.aujourdhui().isAfter(limite.get())) {
      return refus(
          RegleDemande.REACTIVATION,
          "Le délai de réactivation de cette demande a expiré le " + JOUR.format(limite.get()) + ".",
          Map.of("dateLimiteReactivation", limite.get().toString()));
    }
    if (!c.auteur().estServiceEnregistreur()) {
      return refusAuteur(RegleDemande.REACTIVATION_AUTEUR, c.auteur(), "réactiver une demande");
    }
    return accepter(
        new DemandeReactivee(c.numero(), ctx.aujourdhui(), c.auteur(), visible(ctx, NatureEvenement.REACTIVATION), r.motif()));
  }

  private static Decision<EvenementDemande> reconnaitrePriorite(ReconnaitrePriorite c, ContexteDecision ctx) {
    if (!c.source().auteursPossibles().contains(c.auteur().type())) {
      return refus(
          RegleDemande.PRIORITE_SOURCE,
          c.auteur().type().libelle() + " ne peut pas enregistrer une « " + c.source().libelle() + " ».",
          Map.of("source", c.source().name(), "auteur", c.auteur().type().name()));
    }
    if ((c.source() == SourcePriorite.DECISION_DALO) != (c.publicPrioritaire() == PublicPrioritaire.DALO)) {
      return refus(
          RegleDemande.PRIORITE_DALO,
          "Seule une décision favorable de la commission de médiation reconnaît un ménage prioritaire au titre du DALO.",
          Map.of("source", c.source().name(), "public", c.publicPrioritaire().code()));
    }
    if (c.dateDecision().isAfter(ctx.aujourdhui())) {
      return refus(
          RegleDemande.PRIORITE_DATE_DECISION,
          "La date de la décision (" + JOUR.format(c.dateDecision()) + ") ne peut pas être dans le futur.",
          Map.of("dateDecision", c.dateDecision().toString()));
    }
    return accepter(
        new PrioriteReconnue(
            c.numero(), ctx.aujourdhui(), c.auteur(), visible(ctx, NatureEvenement.RECONNAISSANCE_PRIORITE),
            c.publicPrioritaire(), c.source(), c.dateDecision(), c.reference()));
  }

  private static Decision<EvenementDemande> retirerPriorite(RetirerPriorite c, Demande d, ContexteDecision ctx) {
    boolean existe =
        d.labels().stream().anyMatch(l -> l.publicPrioritaire() == c.publicPrioritaire() && l.source() == c.source());
    if (!existe) {
      return refus(
          RegleDemande.PRIORITE_RETRAIT_SANS_RECONNAISSANCE,
          "La demande n'a pas de reconnaissance « " + c.publicPrioritaire().libelle() + " » par cette source.",
          Map.of("public", c.publicPrioritaire().code(), "source", c.source().name()));
    }
    if (!c.source().auteursPossibles().contains(c.auteur().type())) {
      return refusAuteur(RegleDemande.PRIORITE_SOURCE, c.auteur(), "retirer cette reconnaissance");
    }
    return accepter(
        new PrioriteRetiree(
            c.numero(), ctx.aujourdhui(), c.auteur(), visible(ctx, NatureEvenement.RETRAIT_PRIORITE),
            c.publicPrioritaire(), c.source(), c.motif()));
  }

  private static Decision<EvenementDemande> demanderPieces(DemanderPieces c, ContexteDecision ctx) {
    if (!c.auteur().estServiceEnregistreur()) {
      return refusAuteur(RegleDemande.PIECES_AUTEUR, c.auteur(), "demander des pièces justificatives");
    }
    if (c.dateLimite().filter(l -> l.isBefore(ctx.aujourdhui())).isPresent()) {
      return refus(
          RegleDemande.PIECES_DATE_LIMITE,
          "La date limite de production des pièces ne peut pas être passée.",
          Map.of("dateLimite", c.dateLimite().get().toString()));
    }
    return accepter(
        new PiecesDemandees(
            c.numero(), ctx.aujourdhui(), c.auteur(), visible(ctx, NatureEvenement.DEMANDE_PIECES),
            c.pieces(), c.dateLimite(), c.precision()));
  }

  private static Decision<EvenementDemande> inscrireEnCal(InscrireEnCal c, ContexteDecision ctx) {
    if (c.auteur().type() != TypeActeur.BAILLEUR) {
      return refusAuteur(RegleDemande.CAL_BAILLEUR, c.auteur(), "inscrire une demande en commission d'attribution");
    }
    if (c.dateSeance().isBefore(ctx.aujourdhui())) {
      return refus(
          RegleDemande.CAL_SEANCE_PASSEE,
          "La séance de la commission (" + JOUR.format(c.dateSeance()) + ") est déjà passée.",
          Map.of("dateSeance", c.dateSeance().toString()));
    }
    return accepter(
        new DemandeInscriteEnCal(
            c.numero(), ctx.aujourdhui(), c.auteur(), visible(ctx, NatureEvenement.INSCRIPTION_CAL), c.logement(), c.dateSeance()));
  }

  private static Decision<EvenementDemande> rendreDecision(RendreDecisionCal c, Demande d, ContexteDecision ctx) {
    if (c.auteur().type() != TypeActeur.BAILLEUR) {
      return refusAuteur(RegleDemande.CAL_BAILLEUR, c.auteur(), "rendre une décision de commission d'attribution");
    }
    if (!d.estInscriteEnCal(c.logement())) {
      return refus(
          RegleDemande.DECISION_SANS_INSCRIPTION,
          "La demande n'est pas inscrite à l'ordre du jour de la commission pour le logement " + c.logement() + ".",
          Map.of("logement", c.logement().valeur()));
    }
    if (c.decision() instanceof AttributionSousCondition s && s.dateLimite().isBefore(ctx.aujourdhui())) {
      return refus(
          RegleDemande.DECISION_CONDITION_DELAI,
          "Le délai fixé pour lever la condition suspensive ne peut pas être déjà passé.",
          Map.of("dateLimite", s.dateLimite().toString()));
    }
    DecisionCalRendue decision =
        new DecisionCalRendue(
            c.numero(), ctx.aujourdhui(), c.auteur(), visible(ctx, NatureEvenement.DECISION_CAL), c.logement(), c.decision());
    return accepter(decision);
  }

  /** The minimum time an offer leaves to answer (R441-10: « ne peut être inférieur à dix jours »). */
  public static final int DELAI_REPONSE_MINIMUM_JOURS = 10;

  /**
   * An act that follows an attribution, with the rule of each of its three preconditions: an
   * attribution of the dwelling exists, it is at a step the act may follow, and a bailleur acting
   * is the one whose commission attributed it.
   */
  private enum Suite {
    OFFRE(RegleDemande.OFFRE_AUTEUR, RegleDemande.OFFRE_SANS_ATTRIBUTION, RegleDemande.OFFRE_ETAPE,
        EnumSet.of(EtapeAttribution.DECIDEE, EtapeAttribution.CONDITION_LEVEE)),
    ACCEPTATION(RegleDemande.REPONSE_AUTEUR, RegleDemande.ACCEPTATION_SANS_ATTRIBUTION, RegleDemande.ACCEPTATION_ETAPE,
        EnumSet.of(EtapeAttribution.OFFERTE)),
    REFUS(RegleDemande.REPONSE_AUTEUR, RegleDemande.REFUS_SANS_ATTRIBUTION, RegleDemande.REFUS_ETAPE,
        EnumSet.of(EtapeAttribution.DECIDEE, EtapeAttribution.CONDITION_LEVEE, EtapeAttribution.OFFERTE)),
    CONDITION(RegleDemande.CONDITION_AUTEUR, RegleDemande.CONDITION_SANS_ATTRIBUTION, RegleDemande.CONDITION_ETAPE,
        EnumSet.of(EtapeAttribution.DECIDEE)),
    SANS_SUITE(RegleDemande.ATTRIBUTION_SANS_SUITE_AUTEUR, RegleDemande.ATTRIBUTION_SANS_SUITE_INEXISTANTE,
        RegleDemande.ATTRIBUTION_SANS_SUITE,
        EnumSet.of(EtapeAttribution.DECIDEE, EtapeAttribution.CONDITION_LEVEE, EtapeAttribution.OFFERTE,
            EtapeAttribution.ACCEPTEE)),
    BAIL(RegleDemande.BAIL_AUTEUR, RegleDemande.BAIL_SANS_ATTRIBUTION, RegleDemande.BAIL_ETAPE,
        EnumSet.of(EtapeAttribution.ACCEPTEE));

    final RegleDemande auteur;
    final RegleDemande sansAttribution;
    final RegleDemande etape;
    final Set<EtapeAttribution> etapes;

    Suite(RegleDemande auteur, RegleDemande sansAttribution, RegleDemande etape, Set<EtapeAttribution> etapes) {
      this.auteur = auteur;
      this.sansAttribution = sansAttribution;
      this.etape = etape;
      this.etapes = etapes;
    }
  }

  /** The refusal of {@code suite} on {@code logement} when one of its preconditions is not met. */
  private static Optional<Decision<EvenementDemande>> etapeAttendue(
      Demande d, IdentifiantRpls logement, Acteur auteur, Suite suite) {
    Optional<DecisionEnregistree> decision = d.decisionCal(logement).filter(x -> x.decision().estUneAttribution());
    if (decision.isEmpty()) {
      return Optional.of(refus(suite.sansAttribution,
          "Aucune attribution du logement " + logement + " n'a été décidée pour ce demandeur.",
          Map.of("logement", logement.valeur())));
    }
    if (!suite.etapes.contains(decision.get().etape())) {
      return Optional.of(refus(suite.etape,
          "L'attribution du logement " + logement + " en est à l'étape « " + decision.get().etape().libelle() + " ».",
          Map.of("logement", logement.valeur(), "etape", decision.get().etape().name())));
    }
    if (auteur.type() == TypeActeur.BAILLEUR && !decision.get().auteur().estLaMemeEntiteQue(auteur)) {
      return Optional.of(refus(suite.auteur,
          "Seul le bailleur dont la commission a attribué le logement (" + decision.get().auteur().nom() + ") peut agir.",
          Map.of("bailleur", decision.get().auteur().identifiant())));
    }
    return Optional.empty();
  }

  private static Decision<EvenementDemande> emettreOffre(EmettreOffre c, Demande d, ContexteDecision ctx) {
    if (c.auteur().type() != TypeActeur.BAILLEUR) {
      return refusAuteur(RegleDemande.OFFRE_AUTEUR, c.auteur(), "proposer un logement");
    }
    Optional<Decision<EvenementDemande>> etape = etapeAttendue(d, c.logement(), c.auteur(), Suite.OFFRE);
    if (etape.isPresent()) {
      return etape.get();
    }
    DecisionCal decision = d.decisionCal(c.logement()).orElseThrow().decision();
    if (decision instanceof AttributionSousCondition
        && d.decisionCal(c.logement()).orElseThrow().etape() != EtapeAttribution.CONDITION_LEVEE) {
      return refus(RegleDemande.OFFRE_CONDITION_NON_LEVEE,
          "La condition suspensive de l'attribution du logement " + c.logement() + " n'est pas levée.",
          Map.of("logement", c.logement().valeur()));
    }
    LocalDate minimum = ctx.aujourdhui().plusDays(DELAI_REPONSE_MINIMUM_JOURS);
    if (c.dateLimiteReponse().isBefore(minimum)) {
      return refus(RegleDemande.OFFRE,
          "Le délai de réponse d'une proposition ne peut être inférieur à dix jours : au plus tôt le "
              + JOUR.format(minimum) + ".",
          Map.of("dateLimiteMinimale", minimum.toString()));
    }
    return accepter(new OffreEmise(c.numero(), ctx.aujourdhui(), c.auteur(), visible(ctx, NatureEvenement.OFFRE),
        c.logement(), c.dateLimiteReponse(), c.descriptionLogement(), c.offreDalo(), c.consequencesRefus()));
  }

  private static Decision<EvenementDemande> accepterOffre(AccepterOffre c, Demande d, ContexteDecision ctx) {
    if (c.auteur().type() != TypeActeur.BAILLEUR && c.auteur().type() != TypeActeur.DEMANDEUR) {
      return refusAuteur(RegleDemande.REPONSE_AUTEUR, c.auteur(), "enregistrer l'acceptation d'une proposition");
    }
    Optional<Decision<EvenementDemande>> etape = etapeAttendue(d, c.logement(), c.auteur(), Suite.ACCEPTATION);
    if (etape.isPresent()) {
      return etape.get();
    }
    LocalDate limite = d.decisionCal(c.logement()).orElseThrow().dateLimiteReponse().orElseThrow();
    if (ctx.aujourdhui().isAfter(limite)) {
      return refus(RegleDemande.ACCEPTATION_DELAI,
          "Le délai de réponse a expiré le " + JOUR.format(limite) + " : le défaut de réponse équivaut à un refus.",
          Map.of("dateLimiteReponse", limite.toString()));
    }
    return accepter(new OffreAcceptee(c.numero(), ctx.aujourdhui(), c.auteur(),
        visible(ctx, NatureEvenement.ACCEPTATION_OFFRE), c.logement()));
  }

  private static Decision<EvenementDemande> enregistrerRefus(
      ActeAttribution c, String motif, boolean defautDeReponse, Demande d, ContexteDecision ctx) {
    if (c.auteur().type() != TypeActeur.BAILLEUR && c.auteur().type() != TypeActeur.DEMANDEUR) {
      return refusAuteur(RegleDemande.REPONSE_AUTEUR, c.auteur(),
          defautDeReponse ? "constater le défaut de réponse du demandeur" : "enregistrer le refus du demandeur");
    }
    Optional<Decision<EvenementDemande>> etape = etapeAttendue(d, c.logement(), c.auteur(), Suite.REFUS);
    if (etape.isPresent()) {
      return etape.get();
    }
    if (defautDeReponse) {
      Optional<LocalDate> limite = d.decisionCal(c.logement()).orElseThrow().dateLimiteReponse();
      if (limite.isEmpty() || !ctx.aujourdhui().isAfter(limite.get())) {
        return refus(RegleDemande.DEFAUT_REPONSE,
            "Le défaut de réponse ne se constate qu'après l'expiration du délai de réponse"
                + limite.map(l -> " (" + JOUR.format(l) + ")").orElse(" d'une proposition") + ".",
            Map.of("logement", c.logement().valeur()));
      }
    }
    return accepter(new RefusDuDemandeur(c.numero(), ctx.aujourdhui(), c.auteur(),
        visible(ctx, NatureEvenement.REFUS_DEMANDEUR), c.logement(), motif, defautDeReponse));
  }

  private static Decision<EvenementDemande> condition(
      ActeAttribution c, Demande d, ContexteDecision ctx, boolean levee) {
    if (c.auteur().type() != TypeActeur.BAILLEUR) {
      return refusAuteur(RegleDemande.CONDITION_AUTEUR, c.auteur(), "statuer sur une condition suspensive");
    }
    Optional<Decision<EvenementDemande>> etape = etapeAttendue(d, c.logement(), c.auteur(), Suite.CONDITION);
    if (etape.isPresent()) {
      return etape.get();
    }
    if (!(d.decisionCal(c.logement()).orElseThrow().decision() instanceof AttributionSousCondition s)) {
      return refus(RegleDemande.CONDITION_ABSENTE,
          "L'attribution du logement " + c.logement() + " n'est pas sous condition suspensive.",
          Map.of("logement", c.logement().valeur()));
    }
    Optional<PieceJustificative> manquante = pieceManquante(d, s);
    if (levee && manquante.isPresent()) {
      return refus(RegleDemande.CONDITION_SUSPENSIVE,
          "La pièce « " + manquante.get().libelle() + " » n'a pas été fournie au plus tard le "
              + JOUR.format(s.dateLimite()) + ".",
          Map.of("piece", manquante.get().name(), "dateLimite", s.dateLimite().toString()));
    }
    if (!levee && manquante.isEmpty()) {
      return refus(RegleDemande.CONDITION_REMPLIE,
          "Les pièces ont été fournies dans le délai : la condition suspensive est remplie.",
          Map.of("dateLimite", s.dateLimite().toString()));
    }
    if (!levee && !ctx.aujourdhui().isAfter(s.dateLimite())) {
      return refus(RegleDemande.CONDITION_DELAI_EN_COURS,
          "Le délai fixé pour fournir les pièces court jusqu'au " + JOUR.format(s.dateLimite()) + ".",
          Map.of("dateLimite", s.dateLimite().toString()));
    }
    return levee
        ? accepter(new ConditionSuspensiveLevee(c.numero(), ctx.aujourdhui(), c.auteur(),
            visible(ctx, NatureEvenement.CONDITION_LEVEE), c.logement()))
        : accepter(new ConditionSuspensiveNonLevee(c.numero(), ctx.aujourdhui(), c.auteur(),
            visible(ctx, NatureEvenement.CONDITION_NON_LEVEE), c.logement()));
  }

  private static Decision<EvenementDemande> conditionsNonRemplies(
      ActeAttribution.ConstaterConditionsNonRemplies c, Demande d, ContexteDecision ctx) {
    if (c.auteur().type() != TypeActeur.BAILLEUR) {
      return refusAuteur(RegleDemande.CONDITION_AUTEUR, c.auteur(), "statuer sur une condition suspensive");
    }
    Optional<Decision<EvenementDemande>> etape = etapeAttendue(d, c.logement(), c.auteur(), Suite.CONDITION);
    if (etape.isPresent()) {
      return etape.get();
    }
    if (!(d.decisionCal(c.logement()).orElseThrow().decision() instanceof AttributionSousCondition s)) {
      return refus(RegleDemande.CONDITION_ABSENTE,
          "L'attribution du logement " + c.logement() + " n'est pas sous condition suspensive.",
          Map.of("logement", c.logement().valeur()));
    }
    Optional<PieceJustificative> manquante = pieceManquante(d, s);
    if (manquante.isPresent()) {
      return refus(RegleDemande.CONDITIONS_ACCES_SANS_PIECES,
          "La pièce « " + manquante.get().libelle() + " » n'a pas été fournie au plus tard le " + JOUR.format(s.dateLimite())
              + " : les conditions d'accès ne s'apprécient qu'au vu des pièces fournies dans le délai.",
          Map.of("piece", manquante.get().name(), "dateLimite", s.dateLimite().toString()));
    }
    return accepter(new EvenementDemande.ConditionsAccesNonRemplies(c.numero(), ctx.aujourdhui(), c.auteur(),
        visible(ctx, NatureEvenement.CONDITIONS_ACCES_NON_REMPLIES), c.logement(), c.motif()));
  }

  /** The first missing document not supplied by the condition's deadline, if any. */
  private static Optional<PieceJustificative> pieceManquante(Demande d, AttributionSousCondition s) {
    Map<PieceJustificative, LocalDate> fournies = d.piecesFourniesLe();
    return s.piecesManquantes().stream()
        .filter(p -> fournies.get(p) == null || fournies.get(p).isAfter(s.dateLimite()))
        .findFirst();
  }

  private static Decision<EvenementDemande> sansSuite(SignalerAttributionSansSuite c, Demande d, ContexteDecision ctx) {
    if (c.auteur().type() != TypeActeur.BAILLEUR) {
      return refusAuteur(RegleDemande.ATTRIBUTION_SANS_SUITE_AUTEUR, c.auteur(), "déclarer une attribution sans suite");
    }
    Optional<Decision<EvenementDemande>> etape = etapeAttendue(d, c.logement(), c.auteur(), Suite.SANS_SUITE);
    if (etape.isPresent()) {
      return etape.get();
    }
    DecisionCal decision = d.decisionCal(c.logement()).orElseThrow().decision();
    int rang = decision instanceof DecisionCal.AttributionEnRang r ? r.rang()
        : decision instanceof AttributionSousCondition s ? s.rang().orElse(1) : 1;
    return accepter(new AttributionSansSuite(c.numero(), ctx.aujourdhui(), c.auteur(),
        visible(ctx, NatureEvenement.ATTRIBUTION_SANS_SUITE), c.logement(), rang));
  }

  private static Decision<EvenementDemande> signerBail(SignerBail c, Demande d, ContexteDecision ctx) {
    IdentifiantRpls logement = c.attribution().logement();
    if (c.auteur().type() != TypeActeur.BAILLEUR) {
      return refusAuteur(RegleDemande.BAIL_AUTEUR, c.auteur(), "signer un bail");
    }
    Optional<Decision<EvenementDemande>> etape = etapeAttendue(d, logement, c.auteur(), Suite.BAIL);
    if (etape.isPresent()) {
      return etape.get();
    }
    if (d.decisionCal(logement).orElseThrow().decision() instanceof AttributionSousCondition s
        && pieceManquante(d, s).isPresent()) {
      return refus(RegleDemande.BAIL_CONDITION_NON_LEVEE,
          "La condition suspensive n'est pas levée : la pièce « " + pieceManquante(d, s).get().libelle()
              + " » n'a pas été fournie au plus tard le " + JOUR.format(s.dateLimite()) + ".",
          Map.of("piece", pieceManquante(d, s).get().name(), "dateLimite", s.dateLimite().toString()));
    }
    return accepter(
        new BailSigne(c.numero(), ctx.aujourdhui(), c.auteur(), visible(ctx, NatureEvenement.BAIL_SIGNE), c.attribution()),
        new DemandeRadiee(
            c.numero(), ctx.aujourdhui(), c.auteur(), visible(ctx, NatureEvenement.RADIATION),
            MotifRadiation.ATTRIBUTION, Optional.empty(), Optional.of(c.attribution()), Optional.empty()));
  }

  private static Decision<EvenementDemande> annuler(AnnulerEvenement c, Demande d, ContexteDecision ctx) {
    EvenementDemande cible = d.annulables().get(c.version());
    if (cible == null) {
      return refus(
          RegleDemande.ANNULATION_NON_ANNULABLE,
          "L'événement n°" + c.version() + " n'existe pas, a déjà été retiré ou ne peut pas l'être.",
          Map.of("version", Long.toString(c.version())));
    }
    if (!cible.auteur().estLaMemeEntiteQue(c.auteur())) {
      return refus(
          RegleDemande.ANNULATION,
          "Seul " + cible.auteur().nom() + ", qui l'a enregistré, peut retirer cet événement.",
          Map.of("auteur", cible.auteur().identifiant()));
    }
    return accepter(
        new EvenementAnnule(c.numero(), ctx.aujourdhui(), c.auteur(), cible.visibleDuDemandeur(), c.version(), c.motif()));
  }

  // ---------------------------------------------------------------------------------------------

  private static Optional<Decision<EvenementDemande>> memeTerritoire(Demande d, ContenuDemande contenu) {
    if (contenu.territoire().equals(d.territoire())) {
      return Optional.empty();
    }
    return Optional.of(
        refus(
            RegleDemande.TERRITOIRE,
            "La demande vaut pour le territoire « " + d.territoire().libelle() + " » ; les communes souhaitées"
                + " relèvent de « " + contenu.territoire().libelle() + " » : une nouvelle demande est nécessaire.",
            Map.of("territoire", d.territoire().code(), "territoireDemande", contenu.territoire().code())));
  }

  private static boolean estBailleurOuReservataire(Acteur a) {
    return a.type() == TypeActeur.BAILLEUR || a.type() == TypeActeur.RESERVATAIRE;
  }

  private static boolean visible(ContexteDecision ctx, NatureEvenement nature) {
    return ctx.diffusion().estVisible(nature);
  }

  private static Decision<EvenementDemande> refus(RegleDemande regle, String message, Map<String, String> donnees) {
    return Decision.refuser(Refus.de(regle, message, donnees));
  }

  private static Decision<EvenementDemande> refusAuteur(RegleDemande regle, Acteur auteur, String action) {
    return Decision.refuser(refusDeLAuteur(regle, auteur, action));
  }

  private static Refus refusDeLAuteur(RegleDemande regle, Acteur auteur, String action) {
    return Refus.de(
        regle,
        auteur.type().libelle() + " (" + auteur.nom() + ") ne peut pas " + action + ". " + regle.enonce(),
        Map.of("auteur", auteur.type().name()));
  }
}
