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
 * The annotated text is an e-mail address: {@code local@domain.tld}, no blank or control character,
 * at most 254 characters. Deliberately permissive: only the mailbox can prove an address.
 * Surrounding blanks are ignored. {@code null} and blank are valid (an optional field left empty).
 *
 * <p>Enforced by {@link ValidateurFormulaire}; default code {@code email.invalide}.
 */
@Documented
@Constraint(validatedBy = ValidateursChamps.EmailValideValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface EmailValide {

  /** The message key; its last part is the violation's code. */
  String message() default "{sne.email.invalide}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
