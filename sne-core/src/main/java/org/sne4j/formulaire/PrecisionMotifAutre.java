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
 * Reason 23 « autre motif particulier » comes with its text (CCH R441-2-2 g; code {@code
 * motif-autre.precision-manquante}, on {@code precisionMotif}).
 *
 * <p>Enforced by {@link ValidateurFormulaire}; default code {@code
 * motif-autre.precision-manquante}.
 */
@Documented
@Constraint(validatedBy = ValidateursFormulaire.PrecisionMotifAutreValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PrecisionMotifAutre {

  /** The message key; its last part is the violation's code. */
  String message() default "{sne.motif-autre.precision-manquante}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
