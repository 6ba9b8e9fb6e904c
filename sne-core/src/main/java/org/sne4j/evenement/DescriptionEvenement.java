package org.sne4j.evenement;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;
import org.sne4j.cal.DecisionCal;
import org.sne4j.cal.MotifNonAttribution;
import org.sne4j.demande.DelaisReglementaires;
import org.sne4j.demande.EvenementDemande;
import org.sne4j.demande.EvenementDemande.AttributionSansSuite;
import org.sne4j.demande.EvenementDemande.AvertissementEnvoye;
import org.sne4j.demande.EvenementDemande.ConditionSuspensiveLevee;
import org.sne4j.demande.EvenementDemande.ConditionSuspensiveNonLevee;
import org.sne4j.demande.EvenementDemande.OffreAcceptee;
import org.sne4j.demande.EvenementDemande.OffreEmise;
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
import org.sne4j.piece.PieceJustificative;

/**
 * What each event says, in one French sentence, as the partners and the applicant read it in a
 * timeline.
 */
public final class DescriptionEvenement {

  private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private DescriptionEvenement() {}

  /** The French sentence describing {@code e}. */
  public static String decrire(EvenementDemande e) {
    if (e instanceof DemandeEnregistree x) {
      return "Demande enregistrée sous le numéro " + x.numero() + " (" + x.canal().libelle().toLowerCase(java.util.Locale.FRENCH)
          + ", dépôt du " + jour(x.dateDepot()) + ") ; valable jusqu'au "
          + jour(DelaisReglementaires.finDeValidite(x.dateDepot())) + ".";
    } else if (e instanceof DemandeModifiee x) {
      return "Demande modifiée (" + x.origine().libelle().toLowerCase(java.util.Locale.FRENCH) + ").";
    } else if (e instanceof DemandeCorrigee x) {
      return "Demande rectifiée au vu des pièces justificatives : " + pieces(x.pieces())
          + x.commentaire().map(c -> " (" + c + ")").orElse("") + ".";
    } else if (e instanceof DemandeRenouvelee x) {
      return "Demande renouvelée (" + x.canal().libelle().toLowerCase(java.util.Locale.FRENCH) + ") ; valable jusqu'au "
          + jour(DelaisReglementaires.finDeValidite(x.date())) + ".";
    } else if (e instanceof AvisRenouvellementEnvoye x) {
      return "Avis de renouvellement adressé ("
          + x.canaux().stream().map(c -> c.libelle().toLowerCase(java.util.Locale.FRENCH)).collect(Collectors.joining(" et "))
          + ") : sans renouvellement, la demande cesse d'être valide après le " + jour(x.dateFinValidite())
          + " et sera radiée.";
    } else if (e instanceof AvertissementEnvoye x) {
      return "Avertissement avant radiation (" + x.motif().libelle().toLowerCase(java.util.Locale.FRENCH)
          + x.sousMotif().map(s -> " : " + s.libelle().toLowerCase(java.util.Locale.FRENCH)).orElse("")
          + ") : la radiation peut intervenir à partir du " + jour(x.radiationPossibleLe())
          + x.preuveEnvoi().map(p -> " (lettre " + p + ")").orElse("") + ".";
    } else if (e instanceof AvertissementLeve) {
      return "Réponse du demandeur reçue : l'avertissement est levé.";
    } else if (e instanceof DemandeRadiee x) {
      return "Demande radiée : " + x.motif().libelle().toLowerCase(java.util.Locale.FRENCH)
          + x.sousMotif().map(s -> " (" + s.libelle().toLowerCase(java.util.Locale.FRENCH) + ")").orElse("")
          + x.numeroNational().map(n -> ", numéro national " + n).orElse("") + ".";
    } else if (e instanceof EvenementDemande.RadiationNationaleConstatee x) {
      return "Demande radiée dans le système national le " + jour(x.dateRadiation()) + " : "
          + x.motif().libelle().toLowerCase(java.util.Locale.FRENCH)
          + x.sousMotif().map(s -> " (" + s.libelle().toLowerCase(java.util.Locale.FRENCH) + ")").orElse("") + ".";
    } else if (e instanceof DemandeReactivee x) {
      return "Demande réactivée (radiation pour « " + x.motifLeve().libelle().toLowerCase(java.util.Locale.FRENCH)
          + " » levée) ; son numéro et son ancienneté sont conservés.";
    } else if (e instanceof PrioriteReconnue x) {
      return "Caractère prioritaire reconnu : " + x.publicPrioritaire().libelle().toLowerCase(java.util.Locale.FRENCH)
          + " (" + x.source().libelle().toLowerCase(java.util.Locale.FRENCH) + " du " + jour(x.dateDecision()) + ").";
    } else if (e instanceof PrioriteRetiree x) {
      return "Fin du caractère prioritaire (" + x.publicPrioritaire().libelle().toLowerCase(java.util.Locale.FRENCH) + ") : "
          + x.motif() + ".";
    } else if (e instanceof ContingentDeclare x) {
      return "Éligible au contingent « " + x.contingent().type().libelle() + " » (" + x.contingent().reservataire() + ").";
    } else if (e instanceof PiecesDemandees x) {
      return "Pièces demandées : " + pieces(x.pieces())
          + x.dateLimite().map(d -> ", à fournir avant le " + jour(d)).orElse("")
          + x.precision().map(p -> " (" + p + ")").orElse("") + ".";
    } else if (e instanceof PiecesFournies x) {
      return "Pièces fournies : " + pieces(x.pieces()) + ".";
    } else if (e instanceof DemandeDesignee x) {
      return "Désignation sur le logement " + x.logement() + " en vue de la commission d'attribution"
          + x.contingent().map(c -> " (contingent « " + c.libelle() + " »)").orElse("") + ".";
    } else if (e instanceof DemandeInscriteEnCal x) {
      return "Dossier inscrit à la commission d'attribution du " + jour(x.dateSeance()) + " pour le logement "
          + x.logement() + ".";
    } else if (e instanceof VisiteProposee x) {
      return "Visite du logement " + x.logement() + " proposée le " + jour(x.dateVisite()) + ".";
    } else if (e instanceof VisiteEffectuee x) {
      return "Visite du logement " + x.logement() + " effectuée.";
    } else if (e instanceof DecisionCalRendue x) {
      return "Décision de la commission d'attribution pour le logement " + x.logement() + " : " + decision(x.decision()) + ".";
    } else if (e instanceof OffreEmise x) {
      return "Proposition du logement " + x.logement() + " : " + x.descriptionLogement()
          + (x.offreDalo() ? " Ce logement vous est proposé au titre du droit au logement opposable (DALO)." : "")
          + " Réponse attendue au plus tard le " + jour(x.dateLimiteReponse())
          + " ; sans réponse dans ce délai, la proposition est réputée refusée. " + x.consequencesRefus();
    } else if (e instanceof OffreAcceptee x) {
      return "Proposition du logement " + x.logement() + " acceptée.";
    } else if (e instanceof RefusDuDemandeur x) {
      return x.defautDeReponse()
          ? "Sans réponse dans le délai, la proposition du logement " + x.logement() + " est réputée refusée."
          : "Logement " + x.logement() + " refusé par le demandeur : " + x.motif() + ".";
    } else if (e instanceof ConditionSuspensiveLevee x) {
      return "Pièces fournies dans le délai : la condition suspensive est levée et l'attribution du logement "
          + x.logement() + " est confirmée.";
    } else if (e instanceof ConditionSuspensiveNonLevee x) {
      return "Les pièces demandées n'ont pas été fournies dans le délai : le logement " + x.logement()
          + " n'est pas attribué.";
    } else if (e instanceof EvenementDemande.ConditionsAccesNonRemplies x) {
      return "Les pièces fournies montrent que les conditions d'accès au logement social ne sont pas remplies ("
          + x.motif().libelle().toLowerCase(java.util.Locale.FRENCH) + ") : le logement " + x.logement()
          + " ne vous est pas attribué.";
    } else if (e instanceof AttributionSansSuite x) {
      return "Le logement " + x.logement() + " a été attribué à un candidat mieux classé (vous étiez classé n°" + x.rang()
          + ") : votre demande reste active avec son ancienneté ; ce n'est pas un refus de votre part.";
    } else if (e instanceof BailSigne x) {
      return "Bail signé pour le logement " + x.attribution().logement() + ".";
    } else if (e instanceof EvenementAnnule x) {
      return "Retrait de l'événement n°" + x.versionAnnulee() + " : " + x.motif() + ".";
    } else if (e instanceof EvenementLocal x) {
      return x.libelle();
    }
    throw new IllegalArgumentException("Unknown event " + e);
  }

  /** The French statement of a CAL decision, with its rank, condition or reasons (R441-2-17). */
  public static String decision(DecisionCal d) {
    if (d instanceof DecisionCal.Attribution) {
      return "attribution du logement";
    } else if (d instanceof DecisionCal.AttributionEnRang r) {
      return "attribution en rang n°" + r.rang()
          + (r.rang() == 1 ? "" : " (le logement vous revient si les candidats classés avant vous le refusent)");
    } else if (d instanceof DecisionCal.AttributionSousCondition c) {
      return "attribution sous condition suspensive : fournir " + pieces(c.piecesManquantes()) + " au plus tard le "
          + jour(c.dateLimite()) + c.rang().map(r -> " (rang n°" + r + ")").orElse("");
    } else if (d instanceof DecisionCal.NonAttribution n) {
      return "non-attribution, motif : "
          + n.motifs().stream()
              .map(m -> m == MotifNonAttribution.AUTRE ? n.precision().orElse(m.libelle()) : m.libelle())
              .collect(Collectors.joining(" ; "));
    } else if (d instanceof DecisionCal.Irrecevabilite i) {
      return "rejet pour irrecevabilité (" + i.sousMotif().libelle().toLowerCase(java.util.Locale.FRENCH)
          + ") ; la demande sera radiée un mois après l'avertissement";
    }
    throw new IllegalArgumentException("Unknown decision " + d);
  }

  private static String pieces(Collection<PieceJustificative> pieces) {
    return pieces.stream().map(PieceJustificative::libelle).collect(Collectors.joining(", "));
  }

  private static String jour(LocalDate d) {
    return JOUR.format(d);
  }
}
