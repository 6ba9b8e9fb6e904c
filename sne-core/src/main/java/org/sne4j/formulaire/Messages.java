package org.sne4j.formulaire;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form's own message bundles, {@code org/sne4j/formulaire/Messages.properties} (French, the
 * default) and {@code Messages_en.properties} (English), read as UTF-8. They are loaded directly,
 * not through {@link ResourceBundle#getBundle}: no fallback on the JVM's default locale, and no
 * clash with an embedding application's {@code ValidationMessages}. Any locale whose language is
 * English gets English; every other locale gets French.
 */
final class Messages {

  private static final Pattern CLE = Pattern.compile("\\{(sne\\.[a-z0-9.-]+)\\}");
  private static final ResourceBundle FRANCAIS = charger("Messages.properties");
  private static final ResourceBundle ANGLAIS = charger("Messages_en.properties");

  private Messages() {}

  /** The bundle for {@code locale}. */
  static ResourceBundle bundle(Locale locale) {
    return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? ANGLAIS : FRANCAIS;
  }

  /**
   * The text of {@code template} in {@code locale} when it is a key of the form's bundles ({@code
   * {sne.champ.obligatoire}}), with its parameters still to fill; otherwise {@code template}.
   */
  static String resoudre(String template, Locale locale) {
    Matcher m = CLE.matcher(template);
    ResourceBundle bundle = bundle(locale);
    return m.matches() && bundle.containsKey(m.group(1)) ? bundle.getString(m.group(1)) : template;
  }

  /**
   * The code of a violation from its template: {@code {sne.champ.obligatoire}} gives {@code
   * champ.obligatoire}.
   */
  static String code(String template) {
    Matcher m = CLE.matcher(template);
    return m.matches() ? m.group(1).substring("sne.".length()) : template;
  }

  private static ResourceBundle charger(String nom) {
    try (InputStream in = Messages.class.getResourceAsStream(nom)) {
      if (in == null) {
        throw new IllegalStateException("Missing message bundle org/sne4j/formulaire/" + nom);
      }
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read message bundle " + nom, e);
    }
  }
}
