package org.sne4j.menage;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The household category (catégorie de ménage) that selects the line of the resource ceilings'
 * tables (arrêté du 29 juillet 1987, art. 2): 1 to 6, plus a number of additional persons beyond
 * category 6.
 *
 * @param numero the category, 1 to 6
 * @param personnesSupplementaires persons beyond category 6 (0 unless {@code numero} is 6)
 * @param fondement the clause of art. 2 that applies, in French (e.g. « jeune ménage sans
 *     personne à charge »), so that a CAL file or an applicant can read why
 */
public record CategorieMenage(int numero, int personnesSupplementaires, String fondement) {

  public CategorieMenage {
    checkArgument(numero >= 1 && numero <= 6, "Household category out of 1…6: %s", numero);
    checkArgument(personnesSupplementaires >= 0, "Negative additional persons: %s", personnesSupplementaires);
    checkArgument(
        numero == 6 || personnesSupplementaires == 0,
        "Additional persons only beyond category 6, not with category %s",
        numero);
    checkArgument(fondement != null && !fondement.isBlank(), "A category needs its ground");
  }

  @Override
  public String toString() {
    return "catégorie "
        + numero
        + (personnesSupplementaires > 0 ? " + " + personnesSupplementaires + " pers." : "")
        + " (" + fondement + ")";
  }
}
