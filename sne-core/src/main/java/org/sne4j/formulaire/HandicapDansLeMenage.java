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
 * The number of persons concerned by the disability block is not greater than the number of persons
 * to be housed (code {@code handicap.personnes-trop-nombreuses}, on {@code
 * handicap.nombrePersonnes}).
 *
 * <p>Enforced by {@link ValidateurFormulaire}; default code {@code
 * handicap.personnes-trop-nombreuses}.
 */
@Documented
@Constraint(validatedBy = ValidateursFormulaire.HandicapDansLeMenageValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface HandicapDansLeMenage {

  /** The message key; its last part is the violation's code. */
  String message() default "{sne.handicap.personnes-trop-nombreuses}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
