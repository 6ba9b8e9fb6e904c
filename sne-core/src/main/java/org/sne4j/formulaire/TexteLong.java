package org.sne4j.formulaire;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text is a free text that may span several lines: at most {@link
 * FormulaireDemande#LONGUEUR_LONGUE_MAX} characters (code {@code texte.trop-long}, counted before
 * blanks are stripped, so that hostile input is bounded) and only characters a person can type
 * (code {@code texte.caracteres-interdits}, see {@link TexteImprimable}). {@code null} is valid.
 * Each part reports its own violation.
 */
@Documented
@Constraint(validatedBy = {})
@Size(max = FormulaireDemande.LONGUEUR_LONGUE_MAX, message = "{sne.texte.trop-long}")
@TexteImprimable(multiligne = true)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface TexteLong {

  /** Unused: each composing constraint reports with its own message. */
  String message() default "{sne.texte.trop-long}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
