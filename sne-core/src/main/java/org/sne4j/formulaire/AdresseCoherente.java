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
 * A {@link FormulaireAdresse} is complete for where it lies (CCH R441-2-2 b): a French address
 * needs its commune's INSEE code (code {@code adresse.commune-manquante}, on {@code commune}) and a
 * five-digit postal code (code {@code code-postal.invalide}, on {@code codePostal}); an address
 * abroad needs its country (code {@code adresse.pays-manquant}, on {@code pays}).
 *
 * <p>Enforced by {@link ValidateurFormulaire}; default code {@code adresse.commune-manquante}.
 */
@Documented
@Constraint(validatedBy = ValidateursFormulaire.AdresseCoherenteValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface AdresseCoherente {

  /** The message key; its last part is the violation's code. */
  String message() default "{sne.adresse.commune-manquante}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
