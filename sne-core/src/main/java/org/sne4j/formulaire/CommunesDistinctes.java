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
 * The communes sought ({@link FormulaireLogementRecherche#communes()}) are listed once each,
 * compared as INSEE codes ({@code 2a004} and {@code 2A004} are the same); code {@code
 * communes.doublon}, on {@code communes[i]} of each repetition.
 *
 * <p>Enforced by {@link ValidateurFormulaire}; default code {@code communes.doublon}.
 */
@Documented
@Constraint(validatedBy = ValidateursFormulaire.CommunesDistinctesValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface CommunesDistinctes {

  /** The message key; its last part is the violation's code. */
  String message() default "{sne.communes.doublon}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
