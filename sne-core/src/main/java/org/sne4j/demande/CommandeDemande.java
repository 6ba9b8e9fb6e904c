package org.sne4j.demande;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sne4j.acteur.Acteur;
import org.sne4j.cal.DonneesAttribution;
import org.sne4j.cal.SousMotifIrrecevabilite;
import org.sne4j.contingent.ContingentEligible;
import org.sne4j.logement.IdentifiantRpls;
import org.sne4j.piece.PieceJustificative;
import org.sne4j.priorite.PublicPrioritaire;
import org.sne4j.priorite.SourcePriorite;

/**
 * What an actor asks of an existing demand: the commands {@code sne.demandes().executer(…)}
 * accepts. Every command names its demand and its actor; the day it is decided comes from the
 * application's clock. {@link DecisionsDemande#decider} turns a command into events or a refusal.
 * Registration ({@link ActeDemande.Enregistrer}) and the steps of the attribution process ({@link
 * ActeAttribution}) are not commands of this family: the type system keeps them off this entry
 * point.
 */
public sealed interface CommandeDemande extends ActeDemande {

  private static void communs(NumeroUnique numero, Acteur auteur) {
    Objects.requireNonNull(numero, "numero");
    Objects.requireNonNull(auteur, "auteur");
  }

  /** Records a change the applicant asked for or validated (arrêté du 23 mars 2015 §4). */
  record Modifier(NumeroUnique numero, Acteur auteur, ContenuDemande contenu, OrigineModification origine)
      implements CommandeDemande {
    public Modifier {
      communs(numero, auteur);
      Objects.requireNonNull(contenu, "contenu");
      Objects.requireNonNull(origine, "origine");
    }
  }

  /** Corrects the demand from the documents supplied (R441-2-15 I, 1st dash). */
  record Rectifier(
      NumeroUnique numero,
      Acteur auteur,
      ContenuDemande contenu,
      Set<PieceJustificative> pieces,
      Optional<String> commentaire)
      implements CommandeDemande {
    public Rectifier {
      communs(numero, auteur);
      Objects.requireNonNull(contenu, "contenu");
      pieces = ImmutableSet.copyOf(pieces);
      Objects.requireNonNull(commentaire, "commentaire");
    }
  }

  /** Renews the demand for a year with its updated content (R441-2-7). */
  record Renouveler(NumeroUnique numero, Acteur auteur, ContenuDemande contenu)
      implements CommandeDemande {
    public Renouveler {
      communs(numero, auteur);
      Objects.requireNonNull(contenu, "contenu");
    }
  }

  /** Records that the renewal notice was sent (R441-2-7). */
  record EnvoyerAvisRenouvellement(NumeroUnique numero, Acteur auteur) implements CommandeDemande {
    public EnvoyerAvisRenouvellement {
      communs(numero, auteur);
    }
  }

  /**
   * Records the warning sent to an applicant who did not answer a letter, announcing the radiation
   * (R441-2-8 c: « après avertissement par lettre recommandée »): the radiation delay runs from the
   * letter's date.
   *
   * @param dateEnvoi the day the letter was sent (at most today); empty: today
   * @param preuveEnvoi the proof of dispatch (e.g. the registered letter's number), if any
   */
  record AvertirAbsenceDeReponse(
      NumeroUnique numero, Acteur auteur, Optional<LocalDate> dateEnvoi, Optional<String> preuveEnvoi)
      implements CommandeDemande {
    public AvertirAbsenceDeReponse {
      communs(numero, auteur);
      Objects.requireNonNull(dateEnvoi, "dateEnvoi");
      Objects.requireNonNull(preuveEnvoi, "preuveEnvoi");
    }

    /** The warning sent today, without a recorded proof. */
    public AvertirAbsenceDeReponse(NumeroUnique numero, Acteur auteur) {
      this(numero, auteur, Optional.empty(), Optional.empty());
    }
  }

  /**
   * Records the letter by which the bailleur whose CAL rejected the demand as inadmissible warns
   * the applicant of the coming radiation (R441-2-8 d: « un mois après l'avertissement » by
   * registered letter): the radiation delay runs from the letter's date, not from the session.
   *
   * @param logement the dwelling whose CAL decided the inadmissibility
   * @param dateEnvoi the day the letter was sent (not before the decision, at most today); empty: today
   * @param preuveEnvoi the proof of dispatch (e.g. the registered letter's number), if any
   */
  record NotifierIrrecevabilite(
      NumeroUnique numero, Acteur auteur, IdentifiantRpls logement, Optional<LocalDate> dateEnvoi, Optional<String> preuveEnvoi)
      implements CommandeDemande {
    public NotifierIrrecevabilite {
      communs(numero, auteur);
      Objects.requireNonNull(logement, "logement");
      Objects.requireNonNull(dateEnvoi, "dateEnvoi");
      Objects.requireNonNull(preuveEnvoi, "preuveEnvoi");
    }
  }

  /** Records that the applicant answered: the warning for no answer is lifted. */
  record LeverAvertissement(NumeroUnique numero, Acteur auteur) implements CommandeDemande {
    public LeverAvertissement {
      communs(numero, auteur);
    }
  }

  /**
   * Radiates the demand on a ground of R441-2-8 that carries no data: renunciation (b), no answer
   * (c), inadmissibility (d), non-renewal (e). Radiation for attribution (a) follows the lease,
   * signed through its vacancy; a merger (f) is {@link RadierPourFusion}.
   */
  record Radier(NumeroUnique numero, Acteur auteur, MotifRadiation motif) implements CommandeDemande {
    public Radier {
      communs(numero, auteur);
      Objects.requireNonNull(motif, "motif");
      checkArgument(
          motif != MotifRadiation.ATTRIBUTION,
          "A radiation for attribution (%s, R441-2-8 a) follows the signed lease: sign it through its vacancy",
          RegleDemande.RADIATION_ATTRIBUTION.id());
      checkArgument(
          motif != MotifRadiation.FUSION,
          "A radiation for a merger (R441-2-8 f) names the national number: use RadierPourFusion");
    }
  }

  /**
   * Radiates the demand for its merger into a demand with a national numéro unique (R441-2-8 f).
   *
   * @param numeroNational the number of the demand it is merged into
   */
  record RadierPourFusion(NumeroUnique numero, Acteur auteur, NumeroUnique numeroNational) implements CommandeDemande {
    public RadierPourFusion {
      communs(numero, auteur);
      Objects.requireNonNull(numeroNational, "numeroNational");
    }
  }

  /**
   * Records on the local demand a radiation another service pronounced in the national system,
   * as the national system reports it (inbound synchronisation).
   */
  record ConstaterRadiationNationale(
      NumeroUnique numero,
      Acteur auteur,
      MotifRadiation motif,
      Optional<SousMotifIrrecevabilite> sousMotif,
      LocalDate dateRadiation,
      Optional<DonneesAttribution> attribution)
      implements CommandeDemande {
    public ConstaterRadiationNationale {
      communs(numero, auteur);
      Objects.requireNonNull(motif, "motif");
      Objects.requireNonNull(sousMotif, "sousMotif");
      Objects.requireNonNull(dateRadiation, "dateRadiation");
      Objects.requireNonNull(attribution, "attribution");
    }
  }

  /** Undoes a radiation within its window (déradiation). */
  record Reactiver(NumeroUnique numero, Acteur auteur) implements CommandeDemande {
    public Reactiver {
      communs(numero, auteur);
    }
  }

  /** Records that a body recognised the demand as a priority (R441-2-15 I). */
  record ReconnaitrePriorite(
      NumeroUnique numero,
      Acteur auteur,
      PublicPrioritaire publicPrioritaire,
      SourcePriorite source,
      LocalDate dateDecision,
      Optional<String> reference)
      implements CommandeDemande {
    public ReconnaitrePriorite {
      communs(numero, auteur);
      Objects.requireNonNull(publicPrioritaire, "publicPrioritaire");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(dateDecision, "dateDecision");
      Objects.requireNonNull(reference, "reference");
    }
  }

  /** Ends a priority label (e.g. a lapsed DALO decision). */
  record RetirerPriorite(
      NumeroUnique numero,
      Acteur auteur,
      PublicPrioritaire publicPrioritaire,
      SourcePriorite source,
      String motif)
      implements CommandeDemande {
    public RetirerPriorite {
      communs(numero, auteur);
      Objects.requireNonNull(publicPrioritaire, "publicPrioritaire");
      Objects.requireNonNull(source, "source");
      checkArgument(motif != null && !motif.isBlank(), "Ending a priority label needs its reason");
    }
  }

  /** Records a quota the applicant is eligible for (R441-2-15 I). */
  record DeclarerContingent(NumeroUnique numero, Acteur auteur, ContingentEligible contingent)
      implements CommandeDemande {
    public DeclarerContingent {
      communs(numero, auteur);
      Objects.requireNonNull(contingent, "contingent");
    }
  }

  /** Asks the applicant for documents of the closed list (R441-2-4-1). */
  record DemanderPieces(
      NumeroUnique numero,
      Acteur auteur,
      Set<PieceJustificative> pieces,
      Optional<LocalDate> dateLimite,
      Optional<String> precision)
      implements CommandeDemande {
    public DemanderPieces {
      communs(numero, auteur);
      pieces = ImmutableSet.copyOf(pieces);
      checkArgument(!pieces.isEmpty(), "A request names at least one document");
      Objects.requireNonNull(dateLimite, "dateLimite");
      Objects.requireNonNull(precision, "precision");
    }
  }

  /** Records documents the applicant supplied. */
  record EnregistrerPieces(NumeroUnique numero, Acteur auteur, Set<PieceJustificative> pieces)
      implements CommandeDemande {
    public EnregistrerPieces {
      communs(numero, auteur);
      pieces = ImmutableSet.copyOf(pieces);
      checkArgument(!pieces.isEmpty(), "At least one document is supplied");
    }
  }

  /** Offers a visit of the dwelling before the CAL. */
  record ProposerVisite(NumeroUnique numero, Acteur auteur, IdentifiantRpls logement, LocalDate dateVisite)
      implements CommandeDemande {
    public ProposerVisite {
      communs(numero, auteur);
      Objects.requireNonNull(logement, "logement");
      Objects.requireNonNull(dateVisite, "dateVisite");
    }
  }

  /** Records that the applicant visited the dwelling. */
  record ConstaterVisite(NumeroUnique numero, Acteur auteur, IdentifiantRpls logement)
      implements CommandeDemande {
    public ConstaterVisite {
      communs(numero, auteur);
      Objects.requireNonNull(logement, "logement");
    }
  }

  /** Withdraws an event recorded by mistake (R441-2-15: the deletion stays traced). */
  record AnnulerEvenement(NumeroUnique numero, Acteur auteur, long version, String motif)
      implements CommandeDemande {
    public AnnulerEvenement {
      communs(numero, auteur);
      checkArgument(motif != null && !motif.isBlank(), "A withdrawal states its reason");
    }
  }

  /** Records an event of a kind the DGP's convention added. */
  record EnregistrerEvenementLocal(NumeroUnique numero, Acteur auteur, String type, String libelle)
      implements CommandeDemande {
    public EnregistrerEvenementLocal {
      communs(numero, auteur);
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(libelle, "libelle");
    }
  }
}
