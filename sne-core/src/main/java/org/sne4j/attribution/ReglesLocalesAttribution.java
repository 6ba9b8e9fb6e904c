package org.sne4j.attribution;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * The local rules of the attribution process that the law leaves to the partners (DGP
 * convention, reservation conventions, bailleur's own rules): never constants in the code.
 *
 * @param delaiReponseJours the days an offer leaves the applicant to answer: at least ten (CCH
 *     R441-10: « ce délai ne peut être inférieur à dix jours »); counted as the code de procédure
 *     civile counts (arts. 641–642: the day of notification does not count, the period ends at
 *     midnight of its last day, extended to the next working day)
 * @param consequencesRefus what refusing an offer entails for the applicant, as he is told
 *     (R441-2-17 5°; a local management rule, USH 2017)
 * @param delaiDesignation the time the holder of the designation right has to designate its
 *     candidates, after which the dwelling returns to the bailleur for that round (R441-5;
 *     reservation convention)
 * @param propositionAuSuivant whether, when an offer is refused or lapses or a suspensive condition
 *     fails, the dwelling is offered at once to the next ranked candidate with the same time to answer
 *     (R441-3 b: « au profit du candidat suivant »); default {@code true}; {@code false} leaves the
 *     next offer to an explicit {@code Proposer}
 * @param valableDu first day these rules apply
 * @param valableAu last day they apply, if limited
 */
public record ReglesLocalesAttribution(
    int delaiReponseJours,
    String consequencesRefus,
    Period delaiDesignation,
    boolean propositionAuSuivant,
    LocalDate valableDu,
    Optional<LocalDate> valableAu) {

  /** The legal minimum time to answer an offer, in days (R441-10). */
  public static final int DELAI_REPONSE_MINIMUM_JOURS = 10;

  public ReglesLocalesAttribution {
    checkArgument(
        delaiReponseJours >= DELAI_REPONSE_MINIMUM_JOURS,
        "An offer leaves at least ten days to answer (R441-10): %s",
        delaiReponseJours);
    checkArgument(delaiReponseJours <= 60, "Implausible time to answer an offer: %s days", delaiReponseJours);
    checkArgument(consequencesRefus != null && !consequencesRefus.isBlank(), "State the consequences of a refusal");
    Objects.requireNonNull(delaiDesignation, "delaiDesignation");
    checkArgument(!delaiDesignation.isNegative() && !delaiDesignation.isZero(), "Invalid designation time: %s", delaiDesignation);
    Objects.requireNonNull(valableDu, "valableDu");
    Objects.requireNonNull(valableAu, "valableAu");
    valableAu.ifPresent(au -> checkArgument(!au.isBefore(valableDu), "Validity ends before it starts: %s", au));
  }

  /**
   * Illustrative defaults the partners must confirm: ten days to answer (the legal minimum), a
   * neutral statement of the consequences of a refusal, one month to designate.
   */
  public static ReglesLocalesAttribution parDefaut() {
    return builder().build();
  }

  /** A builder starting from the defaults ({@link #parDefaut()}). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReglesLocalesAttribution} from the documented defaults. */
  public static final class Builder {
    private int delaiReponseJours = DELAI_REPONSE_MINIMUM_JOURS;
    private String consequencesRefus =
        "Si vous refusez ce logement, votre demande reste active avec son ancienneté. Un refus"
            + " d'un logement adapté à vos besoins et à vos capacités peut toutefois être pris en"
            + " compte selon les règles locales de gestion de la demande (cotation, priorité) et, si"
            + " vous bénéficiez d'une décision DALO, peut faire perdre le bénéfice de cette décision.";
    private Period delaiDesignation = Period.ofMonths(1);
    private boolean propositionAuSuivant = true;
    private LocalDate valableDu = LocalDate.of(2000, 1, 1);
    private Optional<LocalDate> valableAu = Optional.empty();

    private Builder() {}

    /** Days an offer leaves to answer (default and floor: ten, R441-10). */
    public Builder delaiReponseJours(int jours) {
      this.delaiReponseJours = jours;
      return this;
    }

    /** What refusing an offer entails, as the applicant is told. */
    public Builder consequencesRefus(String texte) {
      this.consequencesRefus = texte;
      return this;
    }

    /** The time the holder of the designation right has to designate (default one month). */
    public Builder delaiDesignation(Period p) {
      this.delaiDesignation = p;
      return this;
    }

    /** Whether a refused or lapsed offer passes at once to the next ranked candidate (default yes). */
    public Builder propositionAuSuivant(boolean oui) {
      this.propositionAuSuivant = oui;
      return this;
    }

    /** The validity of these rules (default from 1 January 2000, unlimited). */
    public Builder validite(LocalDate du, Optional<LocalDate> au) {
      this.valableDu = du;
      this.valableAu = au;
      return this;
    }

    /**
     * The rules.
     *
     * @throws IllegalArgumentException when a value breaks its floor or is implausible
     */
    public ReglesLocalesAttribution build() {
      return new ReglesLocalesAttribution(
          delaiReponseJours, consequencesRefus, delaiDesignation, propositionAuSuivant, valableDu, valableAu);
    }
  }

  /** Whether these rules apply on {@code date}. */
  public boolean estValableLe(LocalDate date) {
    return !date.isBefore(valableDu) && valableAu.map(au -> !date.isAfter(au)).orElse(true);
  }
}
