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
 * The annotated expected birth date (date de naissance prévue) lies within {@link #moisMax()}
 * months of the reference date, before or after: a pregnancy lasts nine months, and a birth that
 * took place long ago is declared as a dependant instead. {@code null} is valid.
 *
 * <p>Enforced by {@link ValidateurFormulaire}; default code {@code date-naissance-prevue.invalide}.
 */
@Documented
@Constraint(validatedBy = ValidateursChamps.DateNaissancePrevueValideValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface DateNaissancePrevueValide {

  /** The message key; its last part is the violation's code. */
  String message() default "{sne.date-naissance-prevue.invalide}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** How many months before or after the reference date the expected birth may lie. */
  int moisMax() default 12;
}
