package org.sne4j.attribution;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.sne4j.territoire.Departement;

/**
 * French public holidays (jours fériés), to count procedural time limits: the eleven national
 * holidays of the code du travail (L3133-1), Good Friday and 26 December in Moselle, Bas-Rhin and
 * Haut-Rhin (L3134-13), and the commemoration of the abolition of slavery in the overseas
 * départements (loi n° 83-550 and décret n° 83-1003: 27 April in Mayotte, 22 May in Martinique, 27
 * May in Guadeloupe, 10 June in Guyane, 20 December in La Réunion).
 */
public final class CalendrierJoursFeries {

  private static final Set<String> ALSACE_MOSELLE = Set.of("57", "67", "68");
  private static final Map<String, MonthDay> ABOLITION_ESCLAVAGE =
      Map.of(
          "976", MonthDay.of(4, 27),
          "972", MonthDay.of(5, 22),
          "971", MonthDay.of(5, 27),
          "973", MonthDay.of(6, 10),
          "974", MonthDay.of(12, 20));

  private CalendrierJoursFeries() {}

  /** The public holidays of {@code annee} in {@code departement}. */
  public static Set<LocalDate> joursFeries(int annee, Departement departement) {
    Set<LocalDate> feries = new HashSet<>();
    LocalDate paques = dimancheDePaques(annee);
    feries.add(LocalDate.of(annee, 1, 1));
    feries.add(paques.plusDays(1)); // lundi de Pâques
    feries.add(LocalDate.of(annee, 5, 1));
    feries.add(LocalDate.of(annee, 5, 8));
    feries.add(paques.plusDays(39)); // Ascension
    feries.add(paques.plusDays(50)); // lundi de Pentecôte
    feries.add(LocalDate.of(annee, 7, 14));
    feries.add(LocalDate.of(annee, 8, 15));
    feries.add(LocalDate.of(annee, 11, 1));
    feries.add(LocalDate.of(annee, 11, 11));
    feries.add(LocalDate.of(annee, 12, 25));
    if (ALSACE_MOSELLE.contains(departement.code())) {
      feries.add(paques.minusDays(2)); // Vendredi saint
      feries.add(LocalDate.of(annee, 12, 26));
    }
    MonthDay abolition = ABOLITION_ESCLAVAGE.get(departement.code());
    if (abolition != null) {
      feries.add(abolition.atYear(annee));
    }
    return feries;
  }

  /** Whether {@code date} is a working day: neither a Saturday, a Sunday nor a public holiday. */
  public static boolean estOuvre(LocalDate date, Departement departement) {
    return date.getDayOfWeek() != DayOfWeek.SATURDAY
        && date.getDayOfWeek() != DayOfWeek.SUNDAY
        && !joursFeries(date.getYear(), departement).contains(date);
  }

  /**
   * The last day of a period of {@code jours} days that starts with a notification on {@code
   * notification}, counted as the code de procédure civile counts (art. 641: the day of the event
   * does not count; art. 642: the period ends at midnight of its last day, and a period that would
   * end on a Saturday, a Sunday or a public holiday is extended to the next working day).
   */
  public static LocalDate finDeDelai(LocalDate notification, int jours, Departement departement) {
    LocalDate fin = notification.plusDays(jours);
    while (!estOuvre(fin, departement)) {
      fin = fin.plusDays(1);
    }
    return fin;
  }

  /** Easter Sunday of {@code annee} (Gregorian computus, Meeus/Jones/Butcher). */
  static LocalDate dimancheDePaques(int annee) {
    int a = annee % 19;
    int b = annee / 100;
    int c = annee % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int mois = (h + l - 7 * m + 114) / 31;
    int jour = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(annee, mois, jour);
  }
}
