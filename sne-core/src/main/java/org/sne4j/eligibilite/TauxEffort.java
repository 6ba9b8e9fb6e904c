package org.sne4j.eligibilite;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sne4j.commun.Montant;
import org.sne4j.logement.Logement;
import org.sne4j.menage.Menage;

/**
 * A local parameter: the highest effort rate (taux d'effort) accepted for an attribution. The
 * effort rate is the share of the household's monthly resources spent on housing:
 *
 * <pre>
 * taux d'effort = (loyer + charges − aide au logement estimée) / ressources mensuelles
 * </pre>
 *
 * No text fixes a threshold: USH Repères n°47 (2018) lists an effort rate incompatible with the
 * rent among the usual grounds of non-attribution, and each bailleur or territory sets its own.
 * A national calculation method for the rate is referred to by CCH R441-3-1 (arrêté of 10 March
 * 2011, not read: to verify); this class uses the formula above.
 *
 * <p><b>Default ({@link #parDefaut()}), illustrative:</b> 33 % (a third of the resources), a
 * common practice, not law; the partners must set their own.
 *
 * @param seuilMaximum the highest effort rate accepted, in percent (e.g. {@code 33} for 33 %),
 *     above 0 and at most 100, at most two decimals
 * @param source where the threshold comes from, in French
 * @param valableDu first day the threshold applies
 * @param valableAu last day the threshold applies, if it has an end
 */
public record TauxEffort(
    BigDecimal seuilMaximum, String source, LocalDate valableDu, Optional<LocalDate> valableAu) {

  private static final BigDecimal CENT = BigDecimal.valueOf(100);

  public TauxEffort {
    Objects.requireNonNull(seuilMaximum, "seuilMaximum");
    checkArgument(
        seuilMaximum.signum() > 0 && seuilMaximum.compareTo(CENT) <= 0,
        "An effort-rate threshold is a percentage above 0 and at most 100: %s",
        seuilMaximum);
    checkArgument(
        seuilMaximum.stripTrailingZeros().scale() <= 2,
        "An effort-rate threshold has at most two decimals: %s",
        seuilMaximum);
    seuilMaximum = seuilMaximum.setScale(2); // 33 and 33.00 are the same threshold
    Validites.exigerSource(source);
    Validites.verifierPeriode(valableDu, valableAu);
  }

  /** The illustrative default: 33 %, from 1 January 2024. */
  public static TauxEffort parDefaut() {
    return new TauxEffort(
        BigDecimal.valueOf(33),
        "Seuil d'illustration de la bibliothèque (un tiers des ressources, pratique courante, non"
            + " réglementaire), à fixer par les partenaires",
        LocalDate.of(2024, 1, 1),
        Optional.empty());
  }

  /** Whether the threshold applies on {@code date}. */
  public boolean estValableLe(LocalDate date) {
    return Validites.contient(valableDu, valableAu, date);
  }

  /**
   * The household's effort rate for the dwelling, against the threshold. An effort rate equal to
   * the threshold is accepted. With no resources, the rate is not defined and the check passes
   * only when nothing is left to pay.
   *
   * @param loyer the monthly rent
   * @param charges the monthly charges
   * @param aideLogement the estimated monthly housing benefit (APL or AL), if any
   * @param ressourcesMensuelles the household's monthly resources, housing benefit excluded
   * @param date the date of the check
   * @throws IllegalArgumentException when the threshold does not apply on {@code date}
   */
  public VerificationTauxEffort verifier(
      Montant loyer,
      Montant charges,
      Optional<Montant> aideLogement,
      Montant ressourcesMensuelles,
      LocalDate date) {
    Validites.exigerValable("Effort-rate threshold", valableDu, valableAu, date);
    Objects.requireNonNull(loyer, "loyer");
    Objects.requireNonNull(charges, "charges");
    Objects.requireNonNull(aideLogement, "aideLogement");
    Objects.requireNonNull(ressourcesMensuelles, "ressourcesMensuelles");
    checkArgument(!ressourcesMensuelles.estNegatif(), "Negative resources: %s", ressourcesMensuelles);
    Montant depense = loyer.plus(charges).moins(aideLogement.orElse(Montant.ZERO));
    Optional<BigDecimal> taux;
    boolean conforme;
    if (ressourcesMensuelles.centimes() == 0) {
      taux = Optional.empty();
      conforme = depense.centimes() <= 0;
    } else {
      BigDecimal depenseCentimes = BigDecimal.valueOf(depense.centimes());
      BigDecimal ressources = BigDecimal.valueOf(ressourcesMensuelles.centimes());
      conforme = depenseCentimes.multiply(CENT).compareTo(seuilMaximum.multiply(ressources)) <= 0;
      // rounded up, so that a rate shown equal to the threshold is never one above it
      taux = Optional.of(depenseCentimes.multiply(CENT).divide(ressources, 2, RoundingMode.CEILING));
    }
    String detail =
        "loyer "
            + Textes.euros(loyer)
            + " + charges "
            + Textes.euros(charges)
            + aideLogement.map(a -> " − aide au logement estimée " + Textes.euros(a)).orElse("")
            + " = "
            + Textes.euros(depense)
            + " pour "
            + Textes.euros(ressourcesMensuelles)
            + " de ressources mensuelles";
    String seuil = Textes.pourcentage(seuilMaximum);
    String texte =
        taux.map(
                t ->
                    "Taux d'effort de "
                        + Textes.pourcentage(t)
                        + " ("
                        + detail
                        + ") : "
                        + (conforme
                            ? "inférieur ou égal au seuil de " + seuil + " fixé localement."
                            : "supérieur au seuil de " + seuil + " fixé localement."))
            .orElse(
                "Taux d'effort non calculable, le ménage n'ayant pas de ressources ("
                    + detail
                    + ") : "
                    + (conforme
                        ? "aucune dépense de logement ne reste à sa charge."
                        : "la dépense de logement restant à sa charge dépasse le seuil de "
                            + seuil
                            + " fixé localement."));
    return new VerificationTauxEffort(
        conforme, loyer, charges, aideLogement, depense, ressourcesMensuelles, taux, this, texte);
  }

  /**
   * {@link #verifier(Montant, Montant, Optional, Montant, LocalDate)} for a household and a
   * dwelling: the dwelling's rent and charges; the household's monthly resources received less the
   * amounts it pays out (e.g. maintenance paid, {@link Menage#ressourcesVerseesMensuelles()}),
   * floored at zero.
   */
  public VerificationTauxEffort verifier(
      Menage menage, Logement logement, Optional<Montant> aideLogement, LocalDate date) {
    return verifier(
        logement.loyer(), logement.charges(), aideLogement, ressourcesNettes(menage), date);
  }

  static Montant ressourcesNettes(Menage menage) {
    Montant nettes = menage.ressourcesMensuelles().moins(menage.ressourcesVerseesMensuelles());
    return nettes.estNegatif() ? Montant.ZERO : nettes;
  }
}
