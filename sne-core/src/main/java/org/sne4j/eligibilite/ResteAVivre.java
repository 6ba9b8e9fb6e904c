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
 * A local parameter: the least remaining income (reste à vivre) per consumption unit accepted for
 * an attribution, once rent and charges are paid:
 *
 * <pre>
 * reste à vivre = (ressources mensuelles + aide au logement estimée − loyer − charges)
 *                 / unités de consommation [/ jours par mois]
 * </pre>
 *
 * per month, or per day with a conventional number of days per month. No text fixes it: USH
 * Repères n°47 (2018) lists an insufficient remaining income among the usual grounds of
 * non-attribution, and each bailleur or territory sets its own amount and method.
 *
 * <p><b>Default ({@link #parDefaut()}), illustrative:</b> 10 € per day and per consumption unit,
 * months counted as 30 days; the partners must set their own. Consumption units are those of the
 * household ({@link Menage#unitesConsommation(LocalDate)}, modified OECD scale).
 *
 * @param seuilMinimum the least remaining income accepted, per consumption unit and per {@code
 *     unite}; positive or zero
 * @param unite whether the threshold is per day or per month
 * @param joursParMois the days in a month when the threshold is per day (28 to 31; 30 by default)
 * @param source where the threshold comes from, in French
 * @param valableDu first day the threshold applies
 * @param valableAu last day the threshold applies, if it has an end
 */
public record ResteAVivre(
    Montant seuilMinimum,
    Unite unite,
    int joursParMois,
    String source,
    LocalDate valableDu,
    Optional<LocalDate> valableAu) {

  /** The period the threshold is expressed for. */
  public enum Unite {
    PAR_JOUR("par jour"),
    PAR_MOIS("par mois");

    private final String libelle;

    Unite(String libelle) {
      this.libelle = libelle;
    }

    /** The French label, e.g. « par jour ». */
    public String libelle() {
      return libelle;
    }
  }

  public ResteAVivre {
    Objects.requireNonNull(seuilMinimum, "seuilMinimum");
    checkArgument(!seuilMinimum.estNegatif(), "A remaining-income threshold cannot be negative: %s", seuilMinimum);
    Objects.requireNonNull(unite, "unite");
    checkArgument(joursParMois >= 28 && joursParMois <= 31, "Days per month out of 28…31: %s", joursParMois);
    Validites.exigerSource(source);
    Validites.verifierPeriode(valableDu, valableAu);
  }

  /** The illustrative default: 10 € per day and per consumption unit, 30-day months, from 1 January 2024. */
  public static ResteAVivre parDefaut() {
    return new ResteAVivre(
        Montant.euros(10),
        Unite.PAR_JOUR,
        30,
        "Seuil d'illustration de la bibliothèque (10 € par jour et par unité de consommation), à"
            + " fixer par les partenaires",
        LocalDate.of(2024, 1, 1),
        Optional.empty());
  }

  /** Whether the threshold applies on {@code date}. */
  public boolean estValableLe(LocalDate date) {
    return Validites.contient(valableDu, valableAu, date);
  }

  /**
   * The household's remaining income per consumption unit, against the threshold. A remaining
   * income equal to the threshold is accepted.
   *
   * @param ressourcesMensuelles the household's monthly resources, housing benefit excluded
   * @param loyer the monthly rent
   * @param charges the monthly charges
   * @param aideLogement the estimated monthly housing benefit (APL or AL), if any
   * @param unitesConsommation the household's consumption units, positive
   * @param date the date of the check
   * @throws IllegalArgumentException when the threshold does not apply on {@code date}
   */
  public VerificationResteAVivre verifier(
      Montant ressourcesMensuelles,
      Montant loyer,
      Montant charges,
      Optional<Montant> aideLogement,
      BigDecimal unitesConsommation,
      LocalDate date) {
    Validites.exigerValable("Remaining-income threshold", valableDu, valableAu, date);
    Objects.requireNonNull(ressourcesMensuelles, "ressourcesMensuelles");
    Objects.requireNonNull(loyer, "loyer");
    Objects.requireNonNull(charges, "charges");
    Objects.requireNonNull(aideLogement, "aideLogement");
    Objects.requireNonNull(unitesConsommation, "unitesConsommation");
    checkArgument(unitesConsommation.signum() > 0, "Consumption units must be positive: %s", unitesConsommation);
    Montant resteMensuel =
        ressourcesMensuelles.plus(aideLogement.orElse(Montant.ZERO)).moins(loyer).moins(charges);
    BigDecimal diviseur =
        unite == Unite.PAR_JOUR
            ? unitesConsommation.multiply(BigDecimal.valueOf(joursParMois))
            : unitesConsommation;
    // exact comparison: reste >= seuil × UC (× jours)
    boolean conforme =
        BigDecimal.valueOf(resteMensuel.centimes())
                .compareTo(BigDecimal.valueOf(seuilMinimum.centimes()).multiply(diviseur))
            >= 0;
    // rounded down, so that an amount shown equal to the threshold is never one below it
    Montant resteParUc =
        Montant.centimes(
            BigDecimal.valueOf(resteMensuel.centimes())
                .divide(diviseur, 0, RoundingMode.FLOOR)
                .longValueExact());
    String texte =
        "Reste à vivre de "
            + Textes.euros(resteParUc)
            + " "
            + unite.libelle()
            + " et par unité de consommation (ressources "
            + Textes.euros(ressourcesMensuelles)
            + aideLogement.map(a -> " + aide au logement estimée " + Textes.euros(a)).orElse("")
            + " − loyer "
            + Textes.euros(loyer)
            + " − charges "
            + Textes.euros(charges)
            + " = "
            + Textes.euros(resteMensuel)
            + " par mois, pour "
            + Textes.nombre(unitesConsommation)
            + " UC"
            + (unite == Unite.PAR_JOUR ? " sur " + joursParMois + " jours" : "")
            + ") : "
            + (conforme ? "au moins égal au seuil de " : "inférieur au seuil de ")
            + Textes.euros(seuilMinimum)
            + " fixé localement.";
    return new VerificationResteAVivre(
        conforme, ressourcesMensuelles, loyer, charges, aideLogement, resteMensuel,
        unitesConsommation, resteParUc, this, texte);
  }

  /**
   * {@link #verifier(Montant, Montant, Montant, Optional, BigDecimal, LocalDate)} for a household
   * and a dwelling: the household's monthly resources received less the amounts it pays out
   * (floored at zero), its consumption units on {@code date}, the dwelling's rent and charges.
   */
  public VerificationResteAVivre verifier(
      Menage menage, Logement logement, Optional<Montant> aideLogement, LocalDate date) {
    return verifier(
        TauxEffort.ressourcesNettes(menage),
        logement.loyer(),
        logement.charges(),
        aideLogement,
        menage.unitesConsommation(date),
        date);
  }
}
