package org.sne4j.eligibilite;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The two ceiling tables the arrêté du 29 juillet 1987 publishes each year: annex I (PLUS, and
 * the dwellings other than those of CCH R331-1 II) and annex II (PLAI). PLS ceilings are not a
 * table of their own: they are PLUS ceilings increased by 30 % (art. 1), derived on demand.
 */
public enum BaremePlafonds {
  /** Annex I: « plafonds de ressources applicables aux logements autres que ceux mentionnés au II de l'article R. 331-1 (notamment PLUS) ». */
  PLUS("annexe I"),
  /** Annex II: ceilings of the dwellings of CCH R331-1 II (PLAI). */
  PLAI("annexe II");

  private final String annexe;

  BaremePlafonds(String annexe) {
    this.annexe = annexe;
  }

  /** The annex of the arrêté du 29 juillet 1987 that holds this table, in French. */
  public String annexe() {
    return annexe;
  }

  /**
   * The table named {@code nom} ({@code PLUS} or {@code PLAI}).
   *
   * @throws IllegalArgumentException naming the known tables when none matches
   */
  public static BaremePlafonds parNom(String nom) {
    for (BaremePlafonds bareme : values()) {
      if (bareme.name().equals(nom)) {
        return bareme;
      }
    }
    throw new IllegalArgumentException(
        "Unknown ceiling table '"
            + nom
            + "'; known tables: "
            + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
  }
}
