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
 * The household counts at most {@link #max()} persons: the applicant, the co-holders, the
 * dependants, the children expected and the children received part-time. No text sets a ceiling:
 * this one bounds hostile input well above any real household (code {@code menage.trop-nombreux},
 * on the whole form, path {@code ""}).
 *
 * <p>Enforced by {@link ValidateurFormulaire}; default code {@code menage.trop-nombreux}.
 */
@Documented
@Constraint(validatedBy = ValidateursFormulaire.TailleMenageValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface TailleMenage {

  /** The message key; its last part is the violation's code. */
  String message() default "{sne.menage.trop-nombreux}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** The most persons a household may count. */
  int max() default FormulaireDemande.PERSONNES_MAX;
}
