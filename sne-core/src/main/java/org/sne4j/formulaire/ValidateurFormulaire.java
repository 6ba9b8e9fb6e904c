package org.sne4j.formulaire;

import static com.google.common.base.Preconditions.checkArgument;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.annotation.ElementType;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.sne4j.demande.ContenuDemande;

/**
 * The single entry point of the form's validation: checks a {@link FormulaireDemande} against every
 * constraint at once and reports <em>all</em> the violations (never fail-fast), each with its
 * stable code, its field path and a message in French, or in English on request; {@link #valide}
 * also turns a valid form into its {@link ContenuDemande}.
 *
 * <p>The validation runs on Hibernate Validator configured with {@link
 * ParameterMessageInterpolator}: no expression language is needed nor loaded. The validator
 * factory, which holds the costly metadata, is built once, lazily, at the first validation, and
 * shared by every instance; each call then takes a light validator from it carrying the call's
 * reference date and language. The form's messages come from its own bundles ({@code
 * org/sne4j/formulaire/Messages*.properties}), never from the application's {@code
 * ValidationMessages}; XML configuration ({@code META-INF/validation.xml}) is ignored and JPA is
 * never consulted, so that the embedding application cannot change the rules.
 *
 * <p>Instances are immutable and thread-safe; they hold no state, so one may be shared.
 */
public final class ValidateurFormulaire {

  /** The language of the messages when none is asked for. */
  public static final Locale LANGUE_PAR_DEFAUT = Locale.FRENCH;

  /** By path (names in alphabetical order, list indexes in numerical order), then code. */
  private static final Comparator<Violation> ORDRE =
      Comparator.comparing(Violation::chemin, ValidateurFormulaire::comparerChemins)
          .thenComparing(Violation::code)
          .thenComparing(Violation::message);

  private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)\\]");

  /** A validator of forms. */
  public ValidateurFormulaire() {}

  /**
   * Every violation of {@code formulaire}, with French messages.
   *
   * @see #valider(FormulaireDemande, LocalDate, Locale)
   */
  public List<Violation> valider(FormulaireDemande formulaire, LocalDate dateReference) {
    return valider(formulaire, dateReference, LANGUE_PAR_DEFAUT);
  }

  /**
   * Every violation of {@code formulaire}, sorted by path then code; empty when the form is valid.
   * A {@code null} form gives the single violation {@code formulaire.absent}; no input makes this
   * method throw.
   *
   * @param formulaire the form, possibly {@code null} or full of garbage
   * @param dateReference the filing date, against which birth dates and income years are judged
   *     (years 1900 to 2999)
   * @param locale the language of the messages: English for any English locale, French otherwise
   * @throws NullPointerException when {@code dateReference} or {@code locale} is {@code null}
   * @throws IllegalArgumentException when {@code dateReference} lies outside years 1900 to 2999
   */
  public List<Violation> valider(
      FormulaireDemande formulaire, LocalDate dateReference, Locale locale) {
    Objects.requireNonNull(dateReference, "dateReference");
    Objects.requireNonNull(locale, "locale");
    checkArgument(
        dateReference.getYear() >= 1900 && dateReference.getYear() <= 2999,
        "Implausible reference date: %s",
        dateReference);
    if (formulaire == null) {
      String template = "{sne." + CodesViolation.FORMULAIRE_ABSENT + "}";
      return List.of(
          new Violation(CodesViolation.FORMULAIRE_ABSENT, "", Messages.resoudre(template, locale)));
    }
    Validator validateur =
        Usine.FABRIQUE
            .usingContext()
            .constraintValidatorPayload(dateReference)
            .messageInterpolator(new InterpolateurMessages(Usine.PARAMETRES, locale))
            .getValidator();
    return validateur.validate(formulaire).stream()
        .map(ValidateurFormulaire::violation)
        .distinct()
        .sorted(ORDRE)
        .toList();
  }

  /**
   * The content of a valid form, with French messages in the exception otherwise.
   *
   * @see #valide(FormulaireDemande, LocalDate, Locale)
   */
  public ContenuDemande valide(FormulaireDemande formulaire, LocalDate dateReference) {
    return valide(formulaire, dateReference, LANGUE_PAR_DEFAUT);
  }

  /**
   * The content of {@code formulaire} when it is valid.
   *
   * @throws FormulaireInvalideException carrying every violation, when the form is not valid
   * @throws NullPointerException when {@code dateReference} or {@code locale} is {@code null}
   * @throws IllegalArgumentException when {@code dateReference} lies outside years 1900 to 2999
   */
  public ContenuDemande valide(
      FormulaireDemande formulaire, LocalDate dateReference, Locale locale) {
    List<Violation> violations = valider(formulaire, dateReference, locale);
    if (!violations.isEmpty()) {
      throw new FormulaireInvalideException(violations);
    }
    return Conversion.versContenu(formulaire);
  }

  private static Violation violation(ConstraintViolation<?> violation) {
    return new Violation(
        Messages.code(violation.getMessageTemplate()),
        chemin(violation.getPropertyPath()),
        violation.getMessage());
  }

  /**
   * The path as the form names it: {@code personnesACharge[0].dateNaissance}, without Hibernate
   * Validator's {@code <list element>} nodes or bean nodes.
   */
  static String chemin(Path path) {
    StringBuilder chemin = new StringBuilder();
    for (Path.Node noeud : path) {
      if (noeud.isInIterable()) {
        Object position = noeud.getIndex() != null ? noeud.getIndex() : noeud.getKey();
        chemin.append('[').append(position == null ? "" : position).append(']');
      }
      if (noeud.getKind() == ElementKind.PROPERTY && noeud.getName() != null) {
        if (chemin.length() > 0) {
          chemin.append('.');
        }
        chemin.append(noeud.getName());
      }
    }
    return chemin.toString();
  }

  /**
   * Compares two paths segment by segment: names alphabetically, indexes numerically ({@code [2]}
   * before {@code [10]}), a path before the paths it contains.
   */
  static int comparerChemins(String a, String b) {
    Matcher ma = SEGMENT.matcher(a);
    Matcher mb = SEGMENT.matcher(b);
    while (true) {
      boolean sa = ma.find();
      boolean sb = mb.find();
      if (!sa || !sb) {
        return Boolean.compare(sa, sb);
      }
      int ordre;
      if (ma.group(2) != null && mb.group(2) != null) {
        ordre = Long.compare(Long.parseLong(ma.group(2)), Long.parseLong(mb.group(2)));
      } else if (ma.group(2) == null && mb.group(2) == null) {
        ordre = ma.group(1).compareTo(mb.group(1));
      } else {
        ordre = ma.group(2) != null ? -1 : 1;
      }
      if (ordre != 0) {
        return ordre;
      }
    }
  }

  /**
   * Every property of a form is reachable and cascadable: the forms are plain records, so the
   * validation must not depend on whether the embedding application has JPA on its class path
   * (Hibernate Validator's default resolver asks JPA when it finds it).
   */
  private static final class ToutEstAtteignable implements TraversableResolver {
    @Override
    public boolean isReachable(
        Object objet, Path.Node propriete, Class<?> racine, Path chemin, ElementType type) {
      return true;
    }

    @Override
    public boolean isCascadable(
        Object objet, Path.Node propriete, Class<?> racine, Path chemin, ElementType type) {
      return true;
    }
  }

  /** The factory, built at first use (initialization-on-demand holder: lazy and thread-safe). */
  private static final class Usine {

    static final ParameterMessageInterpolator PARAMETRES = new ParameterMessageInterpolator();
    static final HibernateValidatorFactory FABRIQUE = construire();

    private static HibernateValidatorFactory construire() {
      HibernateValidatorConfiguration configuration =
          Validation.byProvider(HibernateValidator.class)
              .providerResolver(() -> List.of(new HibernateValidator()))
              .configure();
      configuration
          .ignoreXmlConfiguration()
          .failFast(false)
          .messageInterpolator(new InterpolateurMessages(PARAMETRES, LANGUE_PAR_DEFAUT))
          .traversableResolver(new ToutEstAtteignable())
          .constraintValidatorFactory(
              new FabriqueValidateurs(configuration.getDefaultConstraintValidatorFactory()));
      return configuration.buildValidatorFactory().unwrap(HibernateValidatorFactory.class);
    }
  }
}
