package org.sne4j.eligibilite;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.sne4j.commun.Montant;

/**
 * The household income compared with the resource ceiling, which one it is and why (arrêté du 29
 * juillet 1987 art. 4; CCH R441-1 1°).
 *
 * <p>The rule: the sum of the tax reference incomes (revenus fiscaux de référence) of the persons
 * of the household for year N-2, N being the year the lease is signed (or the year of the
 * examination, before a lease); at the household's request, its income of year N-1 or of the
 * last twelve months is used instead when « inférieurs d'au moins 10 % » to that N-2 income, i.e.
 * when it is at most 90 % of it (exactly 10 % lower qualifies; 9.9 % lower does not). When both
 * qualify, the lower is used: the text lets the household choose, and this is its interest.
 *
 * <p>The rule is monotonic in the compared income, not in each input: lowering the N-2 income may
 * disqualify a lower N-1 income (N-2 = 100, N-1 = 85 compares 85; N-2 = 90, N-1 = 85 compares 90).
 * That is the text's effect, not the library's.
 *
 * @param base which income was retained
 * @param montant the income compared with the ceiling
 * @param anneeReference the year N (lease signature or examination)
 * @param revenuFiscalN2 the household's N-2 tax reference income, for reference
 * @param explication why, in French
 */
public record RevenuRetenu(
    Base base, Montant montant, int anneeReference, Montant revenuFiscalN2, String explication) {

  /** Which income is compared with the ceiling. */
  public enum Base {
    /** Tax reference income of year N-2 (the rule). */
    REVENU_FISCAL_N_MOINS_2("revenu fiscal de référence"),
    /** Income of year N-1, at the household's request, at least 10 % lower. */
    REVENUS_N_MOINS_1("revenus"),
    /** Income of the last twelve months, at the household's request, at least 10 % lower. */
    DOUZE_DERNIERS_MOIS("revenus des douze derniers mois");

    private final String libelle;

    Base(String libelle) {
      this.libelle = libelle;
    }
  }

  private static final BigDecimal CENT = BigDecimal.valueOf(100);

  public RevenuRetenu {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(montant, "montant");
    checkArgument(!montant.estNegatif(), "An income cannot be negative: %s", montant);
    Objects.requireNonNull(revenuFiscalN2, "revenuFiscalN2");
    checkArgument(
        base == Base.REVENU_FISCAL_N_MOINS_2 ? montant.equals(revenuFiscalN2) : !montant.estSuperieurA(revenuFiscalN2),
        "The income retained (%s) cannot exceed the N-2 income (%s) unless it is that income",
        montant,
        revenuFiscalN2);
    checkArgument(explication != null && !explication.isBlank(), "Say why this income");
  }

  /**
   * The income compared with the ceiling for a lease signed (or a demand examined) in {@code
   * anneeReference}, given the household's N-2 tax reference income and what it invokes.
   */
  public static RevenuRetenu determiner(
      int anneeReference, Montant revenuFiscalN2, RevenusInvoques invoques) {
    Objects.requireNonNull(revenuFiscalN2, "revenuFiscalN2");
    Objects.requireNonNull(invoques, "invoques");
    int n2 = anneeReference - 2;
    Base base = Base.REVENU_FISCAL_N_MOINS_2;
    Montant retenu = revenuFiscalN2;
    List<String> autres = new ArrayList<>();
    if (revenuFiscalN2.centimes() == 0 && (invoques.revenusAnneeN1().isPresent() || invoques.revenusDouzeDerniersMois().isPresent())) {
      autres.add("le revenu fiscal de référence " + n2 + " étant nul, aucun revenu plus bas ne peut être retenu");
    } else {
      if (invoques.revenusAnneeN1().isPresent()) {
        Montant n1 = invoques.revenusAnneeN1().get();
        if (auMoinsDixPourCentInferieur(n1, revenuFiscalN2)) {
          base = Base.REVENUS_N_MOINS_1;
          retenu = n1;
        } else {
          autres.add(nonRetenu("revenus " + (anneeReference - 1), n1, revenuFiscalN2));
        }
      }
      if (invoques.revenusDouzeDerniersMois().isPresent()) {
        Montant douze = invoques.revenusDouzeDerniersMois().get();
        if (auMoinsDixPourCentInferieur(douze, revenuFiscalN2) && douze.estInferieurA(retenu)) {
          if (base == Base.REVENUS_N_MOINS_1) {
            autres.add(
                "revenus " + (anneeReference - 1) + " invoqués (" + Textes.euros(retenu)
                    + ") non retenus : les revenus des douze derniers mois sont plus bas");
          }
          base = Base.DOUZE_DERNIERS_MOIS;
          retenu = douze;
        } else if (auMoinsDixPourCentInferieur(douze, revenuFiscalN2)) {
          autres.add(
              "revenus des douze derniers mois invoqués (" + Textes.euros(douze)
                  + ") non retenus : les revenus " + (anneeReference - 1) + " retenus ne sont pas plus"
                  + " élevés");
        } else {
          autres.add(nonRetenu("revenus des douze derniers mois", douze, revenuFiscalN2));
        }
      }
    }
    StringBuilder texte = new StringBuilder("Ressources retenues : ");
    switch (base) {
      case REVENU_FISCAL_N_MOINS_2 ->
          texte.append("revenu fiscal de référence ").append(n2)
              .append(" du ménage (année N-2 pour ").append(anneeReference).append("), ")
              .append(Textes.euros(retenu));
      case REVENUS_N_MOINS_1 ->
          texte.append("revenus ").append(anneeReference - 1).append(" (année N-1), ")
              .append(Textes.euros(retenu)).append(", à la demande du ménage : ")
              .append(baisse(retenu, revenuFiscalN2, n2));
      case DOUZE_DERNIERS_MOIS ->
          texte.append("revenus des douze derniers mois, ").append(Textes.euros(retenu))
              .append(", à la demande du ménage : ").append(baisse(retenu, revenuFiscalN2, n2));
    }
    texte.append(".");
    for (String autre : autres) {
      texte.append(" ").append(Character.toUpperCase(autre.charAt(0))).append(autre.substring(1)).append(".");
    }
    return new RevenuRetenu(base, retenu, anneeReference, revenuFiscalN2, texte.toString());
  }

  /**
   * Whether {@code revenu} is « inférieur d'au moins 10 % » to {@code reference}: at most 90 % of
   * it, compared exactly in cents.
   */
  public static boolean auMoinsDixPourCentInferieur(Montant revenu, Montant reference) {
    return Math.multiplyExact(revenu.centimes(), 10L) <= Math.multiplyExact(reference.centimes(), 9L);
  }

  /** The year of the income retained: N-2, N-1, or empty for the last twelve months. */
  public OptionalInt anneeDesRevenus() {
    return switch (base) {
      case REVENU_FISCAL_N_MOINS_2 -> OptionalInt.of(anneeReference - 2);
      case REVENUS_N_MOINS_1 -> OptionalInt.of(anneeReference - 1);
      case DOUZE_DERNIERS_MOIS -> OptionalInt.empty();
    };
  }

  /** The rule applied: N-2 income, or a more recent income at the household's request. */
  public RegleEligibilite regle() {
    return base == Base.REVENU_FISCAL_N_MOINS_2
        ? RegleEligibilite.REVENU_N_MOINS_2
        : RegleEligibilite.REVENU_RECENT;
  }

  /** A short French name of the income with its amount, e.g. « revenu fiscal de référence 2023, 24 000 € ». */
  public String libelle() {
    return base.libelle
        + anneeDesRevenus().stream().mapToObj(a -> " " + a).findFirst().orElse("")
        + ", "
        + Textes.euros(montant);
  }

  private static String nonRetenu(String quoi, Montant revenu, Montant n2) {
    if (!revenu.estInferieurA(n2)) {
      return quoi + " invoqués (" + Textes.euros(revenu) + ") non retenus : ils ne sont pas"
          + " inférieurs au revenu fiscal de référence N-2 (" + Textes.euros(n2) + ")";
    }
    return quoi + " invoqués (" + Textes.euros(revenu) + ") non retenus : inférieurs de "
        + Textes.pourcentage(pourcentageBaisse(revenu, n2)) + " seulement au revenu fiscal de"
        + " référence N-2 (" + Textes.euros(n2) + "), moins de 10 %";
  }

  private static String baisse(Montant retenu, Montant n2, int anneeN2) {
    return "inférieurs de " + Textes.pourcentage(pourcentageBaisse(retenu, n2))
        + ", soit d'au moins 10 %, au revenu fiscal de référence " + anneeN2 + " ("
        + Textes.euros(n2) + ")";
  }

  /** The fall from {@code n2} to {@code revenu}, in percent, rounded down to two decimals. */
  private static BigDecimal pourcentageBaisse(Montant revenu, Montant n2) {
    if (n2.centimes() == 0) {
      return BigDecimal.ZERO;
    }
    return BigDecimal.valueOf(n2.centimes() - revenu.centimes())
        .multiply(CENT)
        .divide(BigDecimal.valueOf(n2.centimes()), 2, RoundingMode.DOWN);
  }
}
