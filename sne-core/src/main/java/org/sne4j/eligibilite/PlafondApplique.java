package org.sne4j.eligibilite;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.sne4j.commun.Montant;
import org.sne4j.logement.PlafondsApplicables;
import org.sne4j.menage.CategorieMenage;
import org.sne4j.territoire.ZonePlafonds;

/**
 * A resource ceiling found for a household and a dwelling, with everything needed to read where
 * it comes from: the ceilings that apply (PLUS, PLAI or PLS), the year, the zone, the household
 * category with its ground, the table it was read from (the PLUS table for a PLS ceiling) and
 * the computation in French.
 *
 * @param plafonds which ceilings: {@link PlafondsApplicables#PLUS}, {@link
 *     PlafondsApplicables#PLAI} or {@link PlafondsApplicables#PLS}
 * @param annee the year of the ceilings
 * @param zone the zone of the dwelling
 * @param categorie the household category, with its ground (« fondement »)
 * @param montant the annual ceiling
 * @param table the published table it comes from, with its source and validity
 * @param calcul how the amount was obtained, in French (e.g. « 81 562 € + 2 × 9 089 € »)
 */
public record PlafondApplique(
    PlafondsApplicables plafonds,
    int annee,
    ZonePlafonds zone,
    CategorieMenage categorie,
    Montant montant,
    TablePlafonds table,
    String calcul) {

  public PlafondApplique {
    Objects.requireNonNull(plafonds, "plafonds");
    checkArgument(
        plafonds == PlafondsApplicables.PLUS
            || plafonds == PlafondsApplicables.PLAI
            || plafonds == PlafondsApplicables.PLS,
        "Only PLUS, PLAI and PLS ceilings are computed, not %s",
        plafonds);
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(categorie, "categorie");
    Objects.requireNonNull(montant, "montant");
    checkArgument(montant.centimes() > 0, "A ceiling is positive: %s", montant);
    Objects.requireNonNull(table, "table");
    checkArgument(
        table.annee() == annee && table.zone() == zone,
        "Ceiling of %s in zone %s read from another table: %s",
        annee,
        zone,
        table.libelle());
    checkArgument(calcul != null && !calcul.isBlank(), "A ceiling needs its computation");
  }

  /** Where the amounts come from: the source of the published table. */
  public String source() {
    return table.source();
  }

  /**
   * The ceiling in one French sentence, e.g. « Plafond PLUS 2025, zone « Paris et communes
   * limitrophes », catégorie 1 (personne seule) : 26 687 €. »
   */
  public String explication() {
    String nom =
        plafonds == PlafondsApplicables.PLS
            ? "Plafond PLS " + annee + " (plafond PLUS majoré de 30 %)"
            : "Plafond " + plafonds.name() + " " + annee;
    return nom
        + ", zone « "
        + zone.libelle()
        + " », "
        + libelleCategorie(categorie)
        + " : "
        + Textes.euros(montant)
        + (calcul.equals(Textes.euros(montant)) ? "" : " (" + calcul + ")")
        + ".";
  }

  static String libelleCategorie(CategorieMenage categorie) {
    int n = categorie.personnesSupplementaires();
    return "catégorie "
        + categorie.numero()
        + (n == 0 ? "" : " + " + n + (n == 1 ? " personne supplémentaire" : " personnes supplémentaires"))
        + " ("
        + categorie.fondement()
        + ")";
  }
}
