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
 * The annotated amount in euros is one that {@link org.sne4j.commun.Montant} holds: positive or
 * zero (else code {@code montant.negatif}), at most two decimals and thirteen integer digits (else
 * code {@code montant.invalide}). The format check is {@link
 * org.sne4j.commun.Montant#isValid(String)}'s, on the amount written without exponent; huge
 * exponents are rejected before the amount is ever written out. {@code null} is valid.
 *
 * <p>Enforced by {@link ValidateurFormulaire}; default code {@code montant.invalide}.
 */
@Documented
@Constraint(validatedBy = ValidateursChamps.MontantValideValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface MontantValide {

  /** The message key; its last part is the violation's code. */
  String message() default "{sne.montant.invalide}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
