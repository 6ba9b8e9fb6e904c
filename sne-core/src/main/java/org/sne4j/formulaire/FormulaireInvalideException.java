package org.sne4j.formulaire;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link ValidateurFormulaire#valide} when a form is not valid: carries every violation
 * found, in the order {@link ValidateurFormulaire#valider} gives them. Its message, for
 * programmers, names the paths and codes and never the values typed (a form holds a NIR).
 */
public final class FormulaireInvalideException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** How many violations the message names before « and N more ». */
  private static final int DANS_LE_MESSAGE = 10;

  /** The violations; an unmodifiable list of serializable records. */
  @SuppressWarnings("serial")
  private final List<Violation> violations;

  /**
   * @param violations the violations found, at least one
   */
  public FormulaireInvalideException(List<Violation> violations) {
    super(resume(violations));
    this.violations = List.copyOf(violations);
  }

  /** The violations found, unmodifiable, at least one. */
  public List<Violation> violations() {
    return violations;
  }

  private static String resume(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("An invalid form has at least one violation");
    }
    String premieres =
        violations.stream()
            .limit(DANS_LE_MESSAGE)
            .map(Violation::toString)
            .collect(Collectors.joining("; "));
    int reste = violations.size() - DANS_LE_MESSAGE;
    return "Invalid demand form, "
        + violations.size()
        + (violations.size() == 1 ? " violation: " : " violations: ")
        + premieres
        + (reste > 0 ? "; and " + reste + " more" : "");
  }
}
