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
 * The annotated text is a numéro unique that {@link org.sne4j.demande.NumeroUnique#parse(String)}
 * reads; the check is {@link org.sne4j.demande.NumeroUnique#isValid(String)}'s. {@code null} and
 * blank are valid (no number at a first registration).
 *
 * <p>Enforced by {@link ValidateurFormulaire}; default code {@code numero-unique.invalide}.
 */
@Documented
@Constraint(validatedBy = ValidateursChamps.NumeroUniqueValideValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface NumeroUniqueValide {

  /** The message key; its last part is the violation's code. */
  String message() default "{sne.numero-unique.invalide}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
