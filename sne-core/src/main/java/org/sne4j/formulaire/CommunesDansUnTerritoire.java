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
 * The communes sought lie in one registration territory ({@link
 * org.sne4j.territoire.TerritoireEnregistrement}): one département, or the Île-de-France région
 * (CCH R441-2-1 ff.: one demand per territory). The first valid commune sets the territory; code
 * {@code communes.territoires-multiples}, on {@code communes[i]} of each commune outside it.
 *
 * <p>Enforced by {@link ValidateurFormulaire}; default code {@code communes.territoires-multiples}.
 */
@Documented
@Constraint(validatedBy = ValidateursFormulaire.CommunesDansUnTerritoireValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface CommunesDansUnTerritoire {

  /** The message key; its last part is the violation's code. */
  String message() default "{sne.communes.territoires-multiples}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
