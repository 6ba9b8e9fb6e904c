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
 * In the disability block ({@link FormulaireHandicap}), the technical aid « aucune » is not
 * combined with an aid (code {@code aides-techniques.aucune-combinee}, on {@code aidesTechniques}).
 *
 * <p>Enforced by {@link ValidateurFormulaire}; default code {@code
 * aides-techniques.aucune-combinee}.
 */
@Documented
@Constraint(validatedBy = ValidateursFormulaire.AucuneAideTechniqueSeuleValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface AucuneAideTechniqueSeule {

  /** The message key; its last part is the violation's code. */
  String message() default "{sne.aides-techniques.aucune-combinee}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
