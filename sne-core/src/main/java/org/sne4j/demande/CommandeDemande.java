package org.sne4j.demande;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sne4j.acteur.Acteur;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.cal.DecisionCal;
import org.sne4j.cal.DonneesAttribution;
import org.sne4j.cal.SousMotifIrrecevabilite;
import org.sne4j.contingent.ContingentEligible;
import org.sne4j.contingent.TypeReservataire;
import org.sne4j.logement.IdentifiantRpls;
import org.sne4j.piece.PieceJustificative;
import org.sne4j.priorite.PublicPrioritaire;
import org.sne4j.priorite.SourcePriorite;

/**
 * What an actor asks of a demand. Every command names its demand and its actor; the day it is
 * decided comes from the application's clock. {@link DecisionsDemande#decider} turns a command
 * into events or a refusal.
 */
public sealed interface CommandeDemande {

  /** The demand concerned. */
  NumeroUnique numero();

  /** Who acts. */
  Acteur auteur();

  /**
   * The commands of the attribution process (designation, CAL, offer, lease). They are the effects
   * on each demand of the vacancy's process ({@code org.sne4j.attribution}): the façade runs them
   * only through a vacancy, so that the rules of the dwelling (three candidates, one lease) hold.
   */
  sealed interface ActeDAttribution extends CommandeDemande {

    /** The dwelling concerned. */
    IdentifiantRpls logement();
  }

  private static void communs(NumeroUnique numero, Acteur auteur) {
    Objects.requireNonNull(numero, "numero");
    Objects.requireNonNull(auteur, "auteur");
  }

  /**
   * Registers a demand whose number the national registry has just allocated. Applications call
   * {@code Sne.enregistrer} with a form instead: it validates the form and allocates the number.
   */
  record Enregistrer(
      NumeroUnique numero, Acteur auteur, CodeGuichet guichet, LocalDate dateDepot, ContenuDemande contenu)
      implements CommandeDemande {
    public Enregistrer {
      communs(numero, auteur);
      Objects.requireNonNull(guichet, "guichet");
      Objects.requireNonNull(dateDepot, "dateDepot");
      Objects.requireNonNull(contenu, "contenu");
    }
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

  /** Warns the applicant who did not answer a letter that his demand will be radiated (R441-2-8 c). */
  record AvertirAbsenceDeReponse(NumeroUnique numero, Acteur auteur) implements CommandeDemande {
    public AvertirAbsenceDeReponse {
      communs(numero, auteur);
    }
  }

  /** Records that the applicant answered: the warning for no answer is lifted. */
  record LeverAvertissement(NumeroUnique numero, Acteur auteur) implements CommandeDemande {
    public LeverAvertissement {
      communs(numero, auteur);
    }
  }

  /**
   * Radiates the demand on a ground of R441-2-8 other than attribution (which follows {@link
   * SignerBail}).
   *
   * @param numeroNational for a merger ({@link MotifRadiation#FUSION}), the national number
   */
  record Radier(
      NumeroUnique numero, Acteur auteur, MotifRadiation motif, Optional<NumeroUnique> numeroNational)
      implements CommandeDemande {
    public Radier {
      communs(numero, auteur);
      Objects.requireNonNull(motif, "motif");
      Objects.requireNonNull(numeroNational, "numeroNational");
    }

    /** Radiation on a ground that carries no data. */
    public static Radier pour(NumeroUnique numero, Acteur auteur, MotifRadiation motif) {
      return new Radier(numero, auteur, motif, Optional.empty());
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

  /** Designates the applicant on a dwelling with a view to the CAL. */
  record Designer(
      NumeroUnique numero, Acteur auteur, IdentifiantRpls logement, Optional<TypeReservataire> contingent)
      implements ActeDAttribution {
    public Designer {
      communs(numero, auteur);
      Objects.requireNonNull(logement, "logement");
      Objects.requireNonNull(contingent, "contingent");
    }
  }

  /** Puts the file on the agenda of a CAL session. */
  record InscrireEnCal(NumeroUnique numero, Acteur auteur, IdentifiantRpls logement, LocalDate dateSeance)
      implements ActeDAttribution {
    public InscrireEnCal {
      communs(numero, auteur);
      Objects.requireNonNull(logement, "logement");
      Objects.requireNonNull(dateSeance, "dateSeance");
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

  /**
   * Records the CAL's decision on this candidate (R441-3). A rejection for inadmissibility also
   * sends the warning that announces the radiation (R441-2-8 d).
   */
  record RendreDecisionCal(NumeroUnique numero, Acteur auteur, IdentifiantRpls logement, DecisionCal decision)
      implements ActeDAttribution {
    public RendreDecisionCal {
      communs(numero, auteur);
      Objects.requireNonNull(logement, "logement");
      Objects.requireNonNull(decision, "decision");
    }
  }

  /**
   * Offers the dwelling attributed to the applicant (R441-10), with the deadline to answer (at
   * least ten days), the dwelling's description, whether the offer is made under the DALO, and the
   * consequences of a refusal.
   */
  record EmettreOffre(
      NumeroUnique numero,
      Acteur auteur,
      IdentifiantRpls logement,
      LocalDate dateLimiteReponse,
      String descriptionLogement,
      boolean offreDalo,
      String consequencesRefus)
      implements ActeDAttribution {
    public EmettreOffre {
      communs(numero, auteur);
      Objects.requireNonNull(logement, "logement");
      Objects.requireNonNull(dateLimiteReponse, "dateLimiteReponse");
      Objects.requireNonNull(descriptionLogement, "descriptionLogement");
      Objects.requireNonNull(consequencesRefus, "consequencesRefus");
    }
  }

  /** Records that the applicant accepted the offer. */
  record AccepterOffre(NumeroUnique numero, Acteur auteur, IdentifiantRpls logement) implements ActeDAttribution {
    public AccepterOffre {
      communs(numero, auteur);
      Objects.requireNonNull(logement, "logement");
    }
  }

  /**
   * Records that the applicant refused the dwelling offered, with his reason, or that the offer
   * lapsed without an answer, which counts as a refusal (R441-10).
   */
  record EnregistrerRefus(NumeroUnique numero, Acteur auteur, IdentifiantRpls logement, String motif, boolean defautDeReponse)
      implements ActeDAttribution {
    public EnregistrerRefus {
      communs(numero, auteur);
      Objects.requireNonNull(logement, "logement");
      checkArgument(motif != null && !motif.isBlank(), "A refusal is recorded with its reason");
    }
  }

  /** Records that the suspensive condition was met in time (R441-3 c). */
  record LeverCondition(NumeroUnique numero, Acteur auteur, IdentifiantRpls logement) implements ActeDAttribution {
    public LeverCondition {
      communs(numero, auteur);
      Objects.requireNonNull(logement, "logement");
    }
  }

  /** Records that the suspensive condition's deadline passed: a non-attribution (R441-3 c). */
  record ConstaterConditionNonLevee(NumeroUnique numero, Acteur auteur, IdentifiantRpls logement)
      implements ActeDAttribution {
    public ConstaterConditionNonLevee {
      communs(numero, auteur);
      Objects.requireNonNull(logement, "logement");
    }
  }

  /** Records that a better-ranked candidate signed the lease: this attribution lapses. */
  record SignalerAttributionSansSuite(NumeroUnique numero, Acteur auteur, IdentifiantRpls logement)
      implements ActeDAttribution {
    public SignalerAttributionSansSuite {
      communs(numero, auteur);
      Objects.requireNonNull(logement, "logement");
    }
  }

  /** Records the signed lease; the demand is radiated for attribution (R441-2-8 a, R441-2-9). */
  record SignerBail(NumeroUnique numero, Acteur auteur, DonneesAttribution attribution)
      implements ActeDAttribution {
    public SignerBail {
      communs(numero, auteur);
      Objects.requireNonNull(attribution, "attribution");
    }

    @Override
    public IdentifiantRpls logement() {
      return attribution.logement();
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
