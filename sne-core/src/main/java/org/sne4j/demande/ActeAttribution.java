package org.sne4j.demande;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sne4j.acteur.Acteur;
import org.sne4j.cal.DecisionCal;
import org.sne4j.cal.DonneesAttribution;
import org.sne4j.cal.SousMotifIrrecevabilite;
import org.sne4j.contingent.TypeReservataire;
import org.sne4j.logement.IdentifiantRpls;

/**
 * The effects on one candidate's demand of a step of the attribution process (designation, CAL
 * listing and decision, offer, answer, suspensive condition, lease). They are produced by the
 * vacancy's decisions ({@code org.sne4j.attribution.DecisionsVacance}) and decided by the demand's
 * own rules ({@link DecisionsDemande#decider}), so that a demand's rules hold whoever acts; no
 * public entry point accepts them on their own.
 */
public sealed interface ActeAttribution extends ActeDemande {

  /** The dwelling concerned. */
  IdentifiantRpls logement();

  private static void communs(NumeroUnique numero, Acteur auteur, IdentifiantRpls logement) {
    Objects.requireNonNull(numero, "numero");
    Objects.requireNonNull(auteur, "auteur");
    Objects.requireNonNull(logement, "logement");
  }

  /** Designates the applicant on a dwelling with a view to the CAL. */
  record Designer(
      NumeroUnique numero, Acteur auteur, IdentifiantRpls logement, Optional<TypeReservataire> contingent)
      implements ActeAttribution {
    public Designer {
      communs(numero, auteur, logement);
      Objects.requireNonNull(contingent, "contingent");
    }
  }

  /** Puts the file on the agenda of a CAL session. */
  record InscrireEnCal(NumeroUnique numero, Acteur auteur, IdentifiantRpls logement, LocalDate dateSeance)
      implements ActeAttribution {
    public InscrireEnCal {
      communs(numero, auteur, logement);
      Objects.requireNonNull(dateSeance, "dateSeance");
    }
  }

  /**
   * Records the CAL's decision on this candidate (R441-3). A rejection for inadmissibility also
   * sends the warning that announces the radiation (R441-2-8 d).
   */
  record RendreDecisionCal(NumeroUnique numero, Acteur auteur, IdentifiantRpls logement, DecisionCal decision)
      implements ActeAttribution {
    public RendreDecisionCal {
      communs(numero, auteur, logement);
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
      implements ActeAttribution {
    public EmettreOffre {
      communs(numero, auteur, logement);
      Objects.requireNonNull(dateLimiteReponse, "dateLimiteReponse");
      Objects.requireNonNull(descriptionLogement, "descriptionLogement");
      Objects.requireNonNull(consequencesRefus, "consequencesRefus");
    }
  }

  /** Records that the applicant accepted the offer. */
  record AccepterOffre(NumeroUnique numero, Acteur auteur, IdentifiantRpls logement) implements ActeAttribution {
    public AccepterOffre {
      communs(numero, auteur, logement);
    }
  }

  /** Records that the applicant refused the dwelling offered, with his reason (R441-10). */
  record EnregistrerRefus(NumeroUnique numero, Acteur auteur, IdentifiantRpls logement, String motif)
      implements ActeAttribution {
    public EnregistrerRefus {
      communs(numero, auteur, logement);
      checkArgument(motif != null && !motif.isBlank(), "A refusal is recorded with its reason");
    }
  }

  /** Records that the offer lapsed without an answer, which counts as a refusal (R441-10). */
  record ConstaterDefautDeReponse(NumeroUnique numero, Acteur auteur, IdentifiantRpls logement)
      implements ActeAttribution {
    public ConstaterDefautDeReponse {
      communs(numero, auteur, logement);
    }
  }

  /** Records that the suspensive condition was met in time (R441-3 c). */
  record LeverCondition(NumeroUnique numero, Acteur auteur, IdentifiantRpls logement) implements ActeAttribution {
    public LeverCondition {
      communs(numero, auteur, logement);
    }
  }

  /** Records that the suspensive condition's deadline passed: a non-attribution (R441-3 c). */
  record ConstaterConditionNonLevee(NumeroUnique numero, Acteur auteur, IdentifiantRpls logement)
      implements ActeAttribution {
    public ConstaterConditionNonLevee {
      communs(numero, auteur, logement);
    }
  }

  /**
   * Records that the documents supplied in time show the household does not meet the access
   * conditions: the bailleur is not bound to sign and the attribution lapses (R441-3 c).
   *
   * @param motif which access condition is not met
   */
  record ConstaterConditionsNonRemplies(
      NumeroUnique numero, Acteur auteur, IdentifiantRpls logement, SousMotifIrrecevabilite motif)
      implements ActeAttribution {
    public ConstaterConditionsNonRemplies {
      communs(numero, auteur, logement);
      Objects.requireNonNull(motif, "motif");
    }
  }

  /** Records that a better-ranked candidate signed the lease: this attribution lapses. */
  record SignalerAttributionSansSuite(NumeroUnique numero, Acteur auteur, IdentifiantRpls logement)
      implements ActeAttribution {
    public SignalerAttributionSansSuite {
      communs(numero, auteur, logement);
    }
  }

  /** Records the signed lease; the demand is radiated for attribution (R441-2-8 a, R441-2-9). */
  record SignerBail(NumeroUnique numero, Acteur auteur, DonneesAttribution attribution) implements ActeAttribution {
    public SignerBail {
      Objects.requireNonNull(numero, "numero");
      Objects.requireNonNull(auteur, "auteur");
      Objects.requireNonNull(attribution, "attribution");
    }

    @Override
    public IdentifiantRpls logement() {
      return attribution.logement();
    }
  }
}
