package org.sne4j.formulaire;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated birth date is plausible on the reference date: not after it (code {@code
 * date-naissance.future}) and not more than {@link #ageMax()} years before it (code {@code
 * date-naissance.trop-ancienne}). The reference date is the filing date given to {@link
 * ValidateurFormulaire}; used elsewhere, the validator's {@link jakarta.validation.ClockProvider}
 * gives today. {@code null} is valid.
 *
 * <p>Enforced by {@link ValidateurFormulaire}; default code {@code date-naissance.future}.
 */
@Documented
@Constraint(validatedBy = ValidateursChamps.DateNaissanceValideValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface DateNaissanceValide {

  /** The message key; its last part is the violation's code. */
  String message() default "{sne.date-naissance.future}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** The greatest plausible age, in years. */
  int ageMax() default 130;
}
