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
 * The applicant gives his postal address (CCH R441-2-2 b), where the co-holders may leave theirs
 * out (code {@code champ.obligatoire}, on {@code demandeur.adresse}).
 *
 * <p>Enforced by {@link ValidateurFormulaire}; default code {@code champ.obligatoire}.
 */
@Documented
@Constraint(validatedBy = ValidateursFormulaire.AdresseDemandeurObligatoireValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface AdresseDemandeurObligatoire {

  /** The message key; its last part is the violation's code. */
  String message() default "{sne.champ.obligatoire}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
