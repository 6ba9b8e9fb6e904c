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
 * The annotated text is a social security number (NIR, CCH R441-2-2 a) with a valid key, written
 * with or without spaces. The check is {@link org.sne4j.menage.Nir#isValid(String)}'s, on the text
 * without spaces and in upper case. {@code null} and blank are valid (the NIR is optional).
 *
 * <p>Enforced by {@link ValidateurFormulaire}; default code {@code nir.invalide}.
 */
@Documented
@Constraint(validatedBy = ValidateursChamps.NirValideValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface NirValide {

  /** The message key; its last part is the violation's code. */
  String message() default "{sne.nir.invalide}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
