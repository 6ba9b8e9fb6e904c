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
 * The annotated text is a phone number: digits, optionally a leading {@code +}, and the separators
 * space, dot, hyphen, slash and parentheses; 6 to 15 digits (ITU-T E.164 allows 15); at most 30
 * characters. Surrounding blanks are ignored. {@code null} and blank are valid (an optional field
 * left empty).
 *
 * <p>Enforced by {@link ValidateurFormulaire}; default code {@code telephone.invalide}.
 */
@Documented
@Constraint(validatedBy = ValidateursChamps.TelephoneValideValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface TelephoneValide {

  /** The message key; its last part is the violation's code. */
  String message() default "{sne.telephone.invalide}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
