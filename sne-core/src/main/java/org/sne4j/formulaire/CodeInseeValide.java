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
 * The annotated text is an INSEE commune code (code officiel géographique) that {@link
 * org.sne4j.territoire.CodeInsee#parse(String)} reads: surrounding blanks and lower case are
 * accepted, Corsican ({@code 2A004}) and overseas ({@code 97411}) codes too. The check is {@link
 * org.sne4j.territoire.CodeInsee#isValid(String)}'s. {@code null} and blank are valid, as an
 * optional field left empty (combine with {@link TexteObligatoire} where the code is required).
 *
 * <p>Enforced by {@link ValidateurFormulaire}; default code {@code code-insee.invalide}.
 */
@Documented
@Constraint(validatedBy = ValidateursChamps.CodeInseeValideValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface CodeInseeValide {

  /** The message key; its last part is the violation's code. */
  String message() default "{sne.code-insee.invalide}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
