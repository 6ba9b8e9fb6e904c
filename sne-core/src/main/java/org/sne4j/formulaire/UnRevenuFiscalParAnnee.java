package org.sne4j.formulaire;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A holder ({@link FormulaireTitulaire}) declares at most one tax reference income per year (code
 * {@code revenu-fiscal.annee-en-double}, on {@code revenusFiscaux[i].annee} of each repeated year
 * after the first).
 *
 * <p>Enforced by {@link ValidateurFormulaire}; default code {@code revenu-fiscal.annee-en-double}.
 */
@Documented
@Constraint(validatedBy = ValidateursFormulaire.UnRevenuFiscalParAnneeValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface UnRevenuFiscalParAnnee {

  /** The message key; its last part is the violation's code. */
  String message() default "{sne.revenu-fiscal.annee-en-double}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
