package org.sne4j.demande;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The timers of the demand's lifecycle. The validity of one year is the law (CCH R441-2-7) and
 * not a parameter; the other timers are those of the registration system's operating rules
 * (cahier des charges of the SPTA, arrêté du 23 mars 2015 annexe §5–7, kept by the SNE), which the
 * arrêté du 6 août 2018 may have changed (its annex was not read: docs/reglementation.md §15 item 11). They are
 * therefore parameters with the 2015 values as default, and the legal floors are enforced.
 *
 * @param preavisRenouvellement how long before the end of validity the renewal notice is due: at
 *     least one month (R441-2-7: « un mois au moins avant »); default one month
 * @param radiationNonRenouvellement how long after the filing or the last renewal a demand not
 *     renewed is radiated (RADREN): more than the one-year validity; default 13 months
 * @param reactivationNonRenouvellement until when after the filing or last renewal a demand
 *     radiated for non-renewal can be reactivated with its number and seniority; default 18 months
 * @param radiationAbsenceReponse how long after the warning a demand whose applicant did not
 *     answer is radiated (RADCON): at least one month (R441-2-8 c); default two months (SNE
 *     tolerance, arrêté de 2015 §6)
 * @param reactivationAbsenceReponse how long after a radiation for no answer the demand can be
 *     reactivated when the answer arrives; default five months
 * @param radiationIrrecevabilite how long after the warning a demand rejected as inadmissible is
 *     radiated (RADIRR): at least one month (R441-2-8 d); default one month
 * @param conservation how long nominative data are kept after radiation before erasure; default
 *     one year (arrêté du 23 mars 2015 annexe §7)
 */
public record DelaisReglementaires(
    Period preavisRenouvellement,
    Period radiationNonRenouvellement,
    Period reactivationNonRenouvellement,
    Period radiationAbsenceReponse,
    Period reactivationAbsenceReponse,
    Period radiationIrrecevabilite,
    Period conservation) {

  /** Validity of a demand from its filing or last renewal: one year (CCH R441-2-7). */
  public static final Period VALIDITE = Period.ofYears(1);

  private static final Period UN_MOIS = Period.ofMonths(1);

  /**
   * The start dates a floor is checked on: four whole years, one of them leap, so every day of
   * every month, the 29 February and every month length are among them (the calendar repeats
   * those combinations; the century rule only removes a 29 February).
   */
  private static final LocalDate PREMIER_JOUR_ETALON = LocalDate.of(2024, 1, 1);
  private static final LocalDate DERNIER_JOUR_ETALON = LocalDate.of(2027, 12, 31);

  /**
   * The last day of validity of a demand filed or renewed on {@code reference}: the anniversary
   * (CCH R441-2-7, « un an à compter de » the filing or renewal). The delay is counted as the code de
   * procédure civile counts a delay in years (art. 641: it ends on the day that bears the same date
   * a year later, or the last day of the month when there is none, so 29 February → 28 February;
   * art. 642: at midnight of that day): the applicant keeps the whole anniversary day. A demand filed
   * on 10 March 2025 is valid until 10 March 2026 included.
   */
  public static LocalDate finDeValidite(LocalDate reference) {
    return reference.plus(VALIDITE);
  }

  /**
   * The first day a demand may be radiated after a warning sent on {@code avertissement} with
   * {@code delai} (R441-2-8 c, d: « un mois après » the warning): the day after the delay ends,
   * the delay counted as CPC art. 641-642 count it (it ends at midnight of its last day, the day of
   * the same date {@code delai} later, or the month's last day when there is none).
   */
  public static LocalDate lendemainDuDelai(LocalDate avertissement, Period delai) {
    return avertissement.plus(delai).plusDays(1);
  }

  /** The first day a demand warned on {@code date} for no answer may be radiated (R441-2-8 c). */
  public LocalDate radiationPossibleApresAbsenceDeReponse(LocalDate date) {
    return lendemainDuDelai(date, radiationAbsenceReponse);
  }

  /** The first day a demand warned on {@code date} of its inadmissibility may be radiated (R441-2-8 d). */
  public LocalDate radiationPossibleApresIrrecevabilite(LocalDate date) {
    return lendemainDuDelai(date, radiationIrrecevabilite);
  }

  public DelaisReglementaires {
    Objects.requireNonNull(preavisRenouvellement, "preavisRenouvellement");
    Objects.requireNonNull(radiationNonRenouvellement, "radiationNonRenouvellement");
    Objects.requireNonNull(reactivationNonRenouvellement, "reactivationNonRenouvellement");
    Objects.requireNonNull(radiationAbsenceReponse, "radiationAbsenceReponse");
    Objects.requireNonNull(reactivationAbsenceReponse, "reactivationAbsenceReponse");
    Objects.requireNonNull(radiationIrrecevabilite, "radiationIrrecevabilite");
    Objects.requireNonNull(conservation, "conservation");
    checkArgument(
        auMoins(preavisRenouvellement, UN_MOIS),
        "The renewal notice is due at least one month before expiry (R441-2-7): %s",
        preavisRenouvellement);
    checkArgument(
        moinsQue(preavisRenouvellement, VALIDITE),
        "The renewal notice must fall within the year of validity: %s",
        preavisRenouvellement);
    checkArgument(
        auMoins(radiationNonRenouvellement, VALIDITE.plusDays(1)),
        "A demand cannot be radiated for non-renewal before its validity ends (R441-2-7): %s",
        radiationNonRenouvellement);
    checkArgument(
        auMoins(reactivationNonRenouvellement, radiationNonRenouvellement),
        "The reactivation window cannot end before the radiation: %s < %s",
        reactivationNonRenouvellement,
        radiationNonRenouvellement);
    checkArgument(
        auMoins(radiationAbsenceReponse, UN_MOIS),
        "Radiation for no answer comes at least one month after the warning (R441-2-8 c): %s",
        radiationAbsenceReponse);
    checkArgument(
        !reactivationAbsenceReponse.isNegative(),
        "Negative reactivation window: %s",
        reactivationAbsenceReponse);
    checkArgument(
        auMoins(radiationIrrecevabilite, UN_MOIS),
        "Radiation for inadmissibility comes at least one month after the warning (R441-2-8 d): %s",
        radiationIrrecevabilite);
    checkArgument(!conservation.isNegative(), "Negative retention: %s", conservation);
  }

  /** The values of the arrêté du 23 mars 2015 (annexe §5–7), applied by the SNE. */
  public static DelaisReglementaires parDefaut() {
    return builder().build();
  }

  /**
   * A builder starting from the defaults ({@link #parDefaut()}): set only the timers that differ
   * locally. {@link Builder#build()} checks the legal floors.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these timers. */
  public Builder toBuilder() {
    return new Builder()
        .preavisRenouvellement(preavisRenouvellement)
        .radiationNonRenouvellement(radiationNonRenouvellement)
        .reactivationNonRenouvellement(reactivationNonRenouvellement)
        .radiationAbsenceReponse(radiationAbsenceReponse)
        .reactivationAbsenceReponse(reactivationAbsenceReponse)
        .radiationIrrecevabilite(radiationIrrecevabilite)
        .conservation(conservation);
  }

  /** Builds {@link DelaisReglementaires} from the documented defaults. */
  public static final class Builder {
    private Period preavisRenouvellement = Period.ofMonths(1);
    private Period radiationNonRenouvellement = Period.ofMonths(13);
    private Period reactivationNonRenouvellement = Period.ofMonths(18);
    private Period radiationAbsenceReponse = Period.ofMonths(2);
    private Period reactivationAbsenceReponse = Period.ofMonths(5);
    private Period radiationIrrecevabilite = Period.ofMonths(1);
    private Period conservation = Period.ofYears(1);

    private Builder() {}

    /** How long before the end of validity the renewal notice is due (default one month; floor one month). */
    public Builder preavisRenouvellement(Period p) {
      this.preavisRenouvellement = Objects.requireNonNull(p, "preavisRenouvellement");
      return this;
    }

    /** How long after the filing or last renewal a demand not renewed is radiated (default 13 months). */
    public Builder radiationNonRenouvellement(Period p) {
      this.radiationNonRenouvellement = Objects.requireNonNull(p, "radiationNonRenouvellement");
      return this;
    }

    /** Until when after the filing or last renewal a non-renewal can be undone (default 18 months). */
    public Builder reactivationNonRenouvellement(Period p) {
      this.reactivationNonRenouvellement = Objects.requireNonNull(p, "reactivationNonRenouvellement");
      return this;
    }

    /** How long after the warning a demand without answer is radiated (default two months; floor one month). */
    public Builder radiationAbsenceReponse(Period p) {
      this.radiationAbsenceReponse = Objects.requireNonNull(p, "radiationAbsenceReponse");
      return this;
    }

    /** How long after a radiation for no answer the demand can be reactivated (default five months). */
    public Builder reactivationAbsenceReponse(Period p) {
      this.reactivationAbsenceReponse = Objects.requireNonNull(p, "reactivationAbsenceReponse");
      return this;
    }

    /** How long after the warning an inadmissible demand is radiated (default one month; floor one month). */
    public Builder radiationIrrecevabilite(Period p) {
      this.radiationIrrecevabilite = Objects.requireNonNull(p, "radiationIrrecevabilite");
      return this;
    }

    /** How long nominative data are kept after radiation (default one year). */
    public Builder conservation(Period p) {
      this.conservation = Objects.requireNonNull(p, "conservation");
      return this;
    }

    /**
     * The timers.
     *
     * @throws IllegalArgumentException when a timer is below its legal floor
     */
    public DelaisReglementaires build() {
      return new DelaisReglementaires(
          preavisRenouvellement,
          radiationNonRenouvellement,
          reactivationNonRenouvellement,
          radiationAbsenceReponse,
          reactivationAbsenceReponse,
          radiationIrrecevabilite,
          conservation);
    }
  }

  /**
   * Whether {@code periode} is at least {@code minimum} from every start date: the floors of the
   * texts (« un mois au moins ») hold whatever day the delay starts, so the dates are compared, not
   * the periods (29 days are a month from 31 January 2000, not from 1 March).
   */
  static boolean auMoins(Period periode, Period minimum) {
    for (LocalDate d = PREMIER_JOUR_ETALON; !d.isAfter(DERNIER_JOUR_ETALON); d = d.plusDays(1)) {
      if (d.plus(periode).isBefore(d.plus(minimum))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code periode} is shorter than {@code maximum} from every start date. */
  static boolean moinsQue(Period periode, Period maximum) {
    for (LocalDate d = PREMIER_JOUR_ETALON; !d.isAfter(DERNIER_JOUR_ETALON); d = d.plusDays(1)) {
      if (!d.plus(periode).isBefore(d.plus(maximum))) {
        return false;
      }
    }
    return true;
  }
}
