package org.sne4j.formulaire;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.hibernate.validator.constraints.Range;
import org.sne4j.menage.NaissanceAttendue;

/**
 * Children expected, in the form (CCH R441-2-2 a; interfaceNuu {@code personneANaitre}). Mirrors
 * {@link NaissanceAttendue}.
 *
 * @param nombre number of children expected, 1 to 9, mandatory in the block
 * @param dateNaissancePrevue expected birth date, mandatory in the block, within a year of the
 *     filing date
 */
public record FormulaireNaissance(
    @NotNull(message = "{sne.champ.obligatoire}")
        @Range(min = 1, max = FormulaireNaissance.NOMBRE_MAX, message = "{sne.valeur.hors-limites}")
        Integer nombre,
    @NotNull(message = "{sne.champ.obligatoire}") @DateNaissancePrevueValide
        LocalDate dateNaissancePrevue) {

  /** Most children expected at once (interfaceNuu {@code personneANaitre/nombre}). */
  public static final int NOMBRE_MAX = 9;

  /** Children expected. */
  public static FormulaireNaissance of(Integer nombre, LocalDate dateNaissancePrevue) {
    return new FormulaireNaissance(nombre, dateNaissancePrevue);
  }

  /** The form of the children expected of the content. */
  public static FormulaireNaissance depuis(NaissanceAttendue naissance) {
    return new FormulaireNaissance(naissance.nombre(), naissance.dateNaissancePrevue());
  }
}
