package org.sne4j.attribution;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sne4j.acteur.Acteur;
import org.sne4j.attribution.EvenementVacance.DecisionCandidat;
import org.sne4j.cal.AccordCollectif;
import org.sne4j.cal.SousMotifIrrecevabilite;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.logement.Logement;

/**
 * What an actor asks of a vacancy. {@link DecisionsVacance#decider} turns a command into the
 * vacancy's events and the effects on the candidates' demands, or a refusal.
 */
public sealed interface CommandeVacance {

  /** The vacancy concerned. */
  IdentifiantVacance vacance();

  /** Who acts. */
  Acteur auteur();

  /** A command that concerns one candidate's demand (beside the candidates already listed). */
  sealed interface SurUnCandidat extends CommandeVacance {

    /** The candidate concerned. */
    NumeroUnique candidat();
  }

  private static void communs(IdentifiantVacance vacance, Acteur auteur) {
    Objects.requireNonNull(vacance, "vacance");
    Objects.requireNonNull(auteur, "auteur");
  }

  /** The bailleur declares a freed dwelling and who designates its candidates. */
  record Declarer(
      IdentifiantVacance vacance, Acteur auteur, Logement logement, LocalDate dateLiberation, TitulaireDesignation titulaire)
      implements CommandeVacance {
    public Declarer {
      communs(vacance, auteur);
      Objects.requireNonNull(logement, "logement");
      Objects.requireNonNull(dateLiberation, "dateLiberation");
      Objects.requireNonNull(titulaire, "titulaire");
    }
  }

  /**
   * Designates a candidate; {@code designationPrefetDalo} when the préfet designates a household
   * recognised under the DALO (L441-2-3 II al. 7).
   */
  record Designer(IdentifiantVacance vacance, Acteur auteur, NumeroUnique candidat, boolean designationPrefetDalo)
      implements SurUnCandidat {
    public Designer {
      communs(vacance, auteur);
      Objects.requireNonNull(candidat, "candidat");
    }
  }

  /** Withdraws a candidate before the CAL. */
  record RetirerCandidat(IdentifiantVacance vacance, Acteur auteur, NumeroUnique candidat, String motif)
      implements SurUnCandidat {
    public RetirerCandidat {
      communs(vacance, auteur);
      Objects.requireNonNull(candidat, "candidat");
      checkArgument(motif != null && !motif.isBlank(), "A withdrawal states its reason");
    }
  }

  /** The bailleur takes the designation back after the holder's time ran out (R441-5). */
  record ReprendreDesignation(IdentifiantVacance vacance, Acteur auteur) implements CommandeVacance {
    public ReprendreDesignation {
      communs(vacance, auteur);
    }
  }

  /**
   * Puts the vacancy on a CAL session's agenda with all its candidates. Fewer than three need an
   * exception of R441-3; too few candidates needs its justification.
   */
  record InscrireEnCommission(
      IdentifiantVacance vacance,
      Acteur auteur,
      LocalDate dateSeance,
      Optional<ExceptionTroisCandidats> exception,
      Optional<String> justification)
      implements CommandeVacance {
    public InscrireEnCommission {
      communs(vacance, auteur);
      Objects.requireNonNull(dateSeance, "dateSeance");
      Objects.requireNonNull(exception, "exception");
      Objects.requireNonNull(justification, "justification");
    }
  }

  /** Records the CAL's decision for each listed candidate (R441-3). */
  record RendreDecisions(IdentifiantVacance vacance, Acteur auteur, List<DecisionCandidat> decisions)
      implements CommandeVacance {
    public RendreDecisions {
      communs(vacance, auteur);
      decisions = ImmutableList.copyOf(decisions);
    }
  }

  /** Offers the dwelling to the next attributee in line (R441-10). */
  record Proposer(IdentifiantVacance vacance, Acteur auteur) implements CommandeVacance {
    public Proposer {
      communs(vacance, auteur);
    }
  }

  /** Records that the candidate accepted the offer (R441-10). */
  record AccepterOffre(IdentifiantVacance vacance, Acteur auteur, NumeroUnique candidat) implements SurUnCandidat {
    public AccepterOffre {
      communs(vacance, auteur);
      Objects.requireNonNull(candidat, "candidat");
    }
  }

  /** Records that the candidate refused the offer, with his reason (R441-10). */
  record RefuserOffre(IdentifiantVacance vacance, Acteur auteur, NumeroUnique candidat, String motif)
      implements SurUnCandidat {
    public RefuserOffre {
      communs(vacance, auteur);
      Objects.requireNonNull(candidat, "candidat");
      checkArgument(motif != null && !motif.isBlank(), "A refusal is recorded with its reason");
    }
  }

  /** Records that the offer lapsed without an answer: a refusal (R441-10). */
  record ConstaterDefautDeReponse(IdentifiantVacance vacance, Acteur auteur) implements CommandeVacance {
    public ConstaterDefautDeReponse {
      communs(vacance, auteur);
    }
  }

  /** Records that the candidate's suspensive condition is met: the documents came in time (R441-3 c). */
  record LeverCondition(IdentifiantVacance vacance, Acteur auteur, NumeroUnique candidat) implements SurUnCandidat {
    public LeverCondition {
      communs(vacance, auteur);
      Objects.requireNonNull(candidat, "candidat");
    }
  }

  /**
   * Records that the candidate's suspensive condition was not met by its deadline: the attribution
   * becomes a non-attribution (R441-3 c).
   */
  record ConstaterConditionNonLevee(IdentifiantVacance vacance, Acteur auteur, NumeroUnique candidat)
      implements SurUnCandidat {
    public ConstaterConditionNonLevee {
      communs(vacance, auteur);
      Objects.requireNonNull(candidat, "candidat");
    }
  }

  /**
   * Records that the documents the candidate supplied in time show that his household does not meet
   * the access conditions: the bailleur is not bound to sign, the attribution lapses and the
   * dwelling goes to the next ranked candidate (R441-3 c).
   *
   * @param motif which access condition is not met
   */
  record ConstaterConditionsNonRemplies(
      IdentifiantVacance vacance, Acteur auteur, NumeroUnique candidat, SousMotifIrrecevabilite motif)
      implements SurUnCandidat {
    public ConstaterConditionsNonRemplies {
      communs(vacance, auteur);
      Objects.requireNonNull(candidat, "candidat");
      Objects.requireNonNull(motif, "motif");
    }
  }

  /**
   * Signs the lease with the candidate who accepted; his demand is radiated for attribution with
   * the R441-2-9 data.
   *
   * @param accordCollectif whether the attribution counts under an accord collectif
   */
  record SignerBail(IdentifiantVacance vacance, Acteur auteur, NumeroUnique candidat, AccordCollectif accordCollectif)
      implements SurUnCandidat {
    public SignerBail {
      communs(vacance, auteur);
      Objects.requireNonNull(candidat, "candidat");
      Objects.requireNonNull(accordCollectif, "accordCollectif");
    }
  }

  /** Opens a new round of designation when no attributee is left. */
  record OuvrirNouveauTour(IdentifiantVacance vacance, Acteur auteur, String motif) implements CommandeVacance {
    public OuvrirNouveauTour {
      communs(vacance, auteur);
      checkArgument(motif != null && !motif.isBlank(), "A new round states its reason");
    }
  }
}
