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
 * The annotated text holds only characters that the SNE's XML exchange format can carry and that a
 * person can type: no control character (tab, line feed and carriage return only when {@link
 * #multiligne()}), no lone surrogate, no non-character {@code U+FFFE}/{@code U+FFFF}. The text is
 * checked as the form reads it, stripped: a trailing line feed pasted with a name is harmless.
 * {@code null} is valid.
 *
 * <p>Enforced by {@link ValidateurFormulaire}; default code {@code texte.caracteres-interdits}.
 */
@Documented
@Constraint(validatedBy = ValidateursChamps.TexteImprimableValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface TexteImprimable {

  /** The message key; its last part is the violation's code. */
  String message() default "{sne.texte.caracteres-interdits}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** Whether line breaks and tabs are allowed (free texts on several lines). */
  boolean multiligne() default false;
}
