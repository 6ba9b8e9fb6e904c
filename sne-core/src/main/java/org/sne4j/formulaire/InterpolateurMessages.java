package org.sne4j.formulaire;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Interpolates a violation's message in one language: finds the text of the template's key in the
 * form's own bundles ({@link Messages}), then lets Hibernate Validator's {@link
 * ParameterMessageInterpolator} fill its parameters ({@code {max}}, {@code {commune}}…). No
 * expression language is involved anywhere.
 */
final class InterpolateurMessages implements MessageInterpolator {

  private final MessageInterpolator parametres;
  private final Locale locale;

  InterpolateurMessages(MessageInterpolator parametres, Locale locale) {
    this.parametres = parametres;
    this.locale = locale;
  }

  @Override
  public String interpolate(String template, Context contexte) {
    return interpolate(template, contexte, locale);
  }

  @Override
  public String interpolate(String template, Context contexte, Locale demandee) {
    return parametres.interpolate(Messages.resoudre(template, demandee), contexte, demandee);
  }
}
