package org.sne4j.eligibilite;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sne4j.commun.Montant;
import org.sne4j.territoire.ZonePlafonds;

/**
 * One line of the yearly ceiling tables of the arrêté du 29 juillet 1987: for one table (PLUS or
 * PLAI), one year and one zone, the annual ceiling of the household's tax reference income for
 * each household category 1 to 6, and the amount added per person beyond category 6.
 *
 * <p>Invariants (also applied to data loaded by an application): amounts in whole euros and
 * positive, strictly increasing from category 1 to 6; a source; a validity within the year (the
 * ceilings are revised each 1 January, CCH R441-1 1°).
 *
 * @param bareme which table: annex I (PLUS) or annex II (PLAI)
 * @param annee the year the ceilings apply to
 * @param zone the zone
 * @param parCategorie the ceilings of categories 1 to 6, in that order (six amounts)
 * @param parPersonneSupplementaire the amount added per person beyond category 6
 * @param source the text that fixes the amounts, in French: arrêté, date, JORF, and where the
 *     values were read when not on Légifrance
 * @param valableDu first day the amounts apply (in {@code annee})
 * @param valableAu last day the amounts apply (in {@code annee})
 */
public record TablePlafonds(
    BaremePlafonds bareme,
    int annee,
    ZonePlafonds zone,
    List<Montant> parCategorie,
    Montant parPersonneSupplementaire,
    String source,
    LocalDate valableDu,
    LocalDate valableAu) {

  /** Number of household categories with their own ceiling (arrêté du 29 juillet 1987 art. 2). */
  public static final int NOMBRE_CATEGORIES = 6;

  public TablePlafonds {
    Objects.requireNonNull(bareme, "bareme");
    checkArgument(annee >= 1987 && annee <= 2999, "Implausible year of ceilings: %s", annee);
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(parCategorie, "parCategorie");
    parCategorie = ImmutableList.copyOf(parCategorie);
    checkArgument(
        parCategorie.size() == NOMBRE_CATEGORIES,
        "A ceiling table has one amount per category 1 to 6, not %s: %s",
        parCategorie.size(),
        parCategorie);
    for (int i = 0; i < NOMBRE_CATEGORIES; i++) {
      Montant montant = parCategorie.get(i);
      checkArgument(
          montant.centimes() > 0 && montant.centimes() % 100 == 0,
          "Ceiling of category %s must be a positive whole number of euros: %s",
          i + 1,
          montant);
      if (i > 0) {
        checkArgument(
            montant.estSuperieurA(parCategorie.get(i - 1)),
            "Ceilings must increase with the category: category %s (%s) is not above category %s"
                + " (%s)",
            i + 1,
            montant,
            i,
            parCategorie.get(i - 1));
      }
    }
    Objects.requireNonNull(parPersonneSupplementaire, "parPersonneSupplementaire");
    checkArgument(
        parPersonneSupplementaire.centimes() > 0 && parPersonneSupplementaire.centimes() % 100 == 0,
        "Amount per additional person must be a positive whole number of euros: %s",
        parPersonneSupplementaire);
    checkArgument(source != null && !source.isBlank(), "A ceiling table needs its source");
    Objects.requireNonNull(valableDu, "valableDu");
    Objects.requireNonNull(valableAu, "valableAu");
    checkArgument(
        valableDu.getYear() == annee && valableAu.getYear() == annee,
        "Ceilings of %s apply within %s (revised each 1 January, CCH R441-1): valid %s to %s",
        annee,
        annee,
        valableDu,
        valableAu);
    checkArgument(
        !valableAu.isBefore(valableDu),
        "Validity ends (%s) before it starts (%s)",
        valableAu,
        valableDu);
  }

  /**
   * A table valid the whole year, from amounts in euros.
   *
   * @param parCategorie the six ceilings of categories 1 to 6, in euros
   */
  public static TablePlafonds enEuros(
      BaremePlafonds bareme,
      int annee,
      ZonePlafonds zone,
      List<Long> parCategorie,
      long parPersonneSupplementaire,
      String source) {
    return new TablePlafonds(
        bareme,
        annee,
        zone,
        parCategorie.stream().map(Montant::euros).toList(),
        Montant.euros(parPersonneSupplementaire),
        source,
        LocalDate.of(annee, 1, 1),
        LocalDate.of(annee, 12, 31));
  }

  /** The ceiling of {@code categorie} (1 to 6). */
  public Montant categorie(int categorie) {
    checkArgument(
        categorie >= 1 && categorie <= NOMBRE_CATEGORIES, "Category out of 1…6: %s", categorie);
    return parCategorie.get(categorie - 1);
  }

  /**
   * The ceiling of {@code categorie}, plus {@code personnesSupplementaires} times the amount per
   * additional person (only beyond category 6).
   */
  public Montant plafond(int categorie, int personnesSupplementaires) {
    checkArgument(
        personnesSupplementaires >= 0, "Negative additional persons: %s", personnesSupplementaires);
    checkArgument(
        categorie == NOMBRE_CATEGORIES || personnesSupplementaires == 0,
        "Additional persons only beyond category 6, not with category %s",
        categorie);
    return categorie(categorie).plus(parPersonneSupplementaire.fois(personnesSupplementaires));
  }

  /** A short French name, e.g. « plafonds PLUS 2025, zone « Autres régions » ». */
  public String libelle() {
    return "plafonds " + bareme + " " + annee + ", zone « " + zone.libelle() + " »";
  }
}
