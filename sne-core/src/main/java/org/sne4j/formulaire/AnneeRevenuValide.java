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
 * The annotated income year of a tax reference income (RFR) is plausible: not after the reference
 * date's year, and not more than {@link #anneesMax()} years before it (the SNE asks for the incomes
 * of years N-1 and N-2). {@code null} is valid.
 *
 * <p>Enforced by {@link ValidateurFormulaire}; default code {@code annee-revenu.invalide}.
 */
@Documented
@Constraint(validatedBy = ValidateursChamps.AnneeRevenuValideValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface AnneeRevenuValide {

  /** The message key; its last part is the violation's code. */
  String message() default "{sne.annee-revenu.invalide}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** How many years before the reference year an income year may lie. */
  int anneesMax() default 10;
}
