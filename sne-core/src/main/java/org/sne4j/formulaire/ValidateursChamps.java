package org.sne4j.formulaire;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.sne4j.commun.Montant;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.menage.Nir;
import org.sne4j.territoire.CodeInsee;

/**
 * The validators of the field constraints. Each one delegates the check to the value type that owns
 * it ({@code isValid}) whenever there is one, so that a check never lives in two places. They are
 * package-private: {@link FabriqueValidateurs} instantiates them.
 */
final class ValidateursChamps {

  private ValidateursChamps() {}

  /**
   * The reference date of the validation: the payload {@link ValidateurFormulaire} passes, or today
   * by the validator's clock provider.
   */
  static LocalDate dateReference(ConstraintValidatorContext contexte) {
    try {
      LocalDate date =
          contexte
              .unwrap(HibernateConstraintValidatorContext.class)
              .getConstraintValidatorPayload(LocalDate.class);
      if (date != null) {
        return date;
      }
    } catch (ValidationException nonHibernate) {
      // another provider: fall back on its clock
    }
    return LocalDate.now(contexte.getClockProvider().getClock());
  }

  /** Reports {@code template} instead of the constraint's default message. */
  static boolean signaler(ConstraintValidatorContext contexte, String template) {
    contexte.disableDefaultConstraintViolation();
    contexte.buildConstraintViolationWithTemplate(template).addConstraintViolation();
    return false;
  }

  static final class CodeInseeValideValidator
      implements ConstraintValidator<CodeInseeValide, String> {
    @Override
    public boolean isValid(String valeur, ConstraintValidatorContext contexte) {
      return Textes.estVide(valeur) || CodeInsee.isValid(valeur);
    }
  }

  static final class NirValideValidator implements ConstraintValidator<NirValide, String> {
    @Override
    public boolean isValid(String valeur, ConstraintValidatorContext contexte) {
      return Textes.estVide(valeur) || Nir.isValid(Textes.nir(valeur));
    }
  }

  static final class NumeroUniqueValideValidator
      implements ConstraintValidator<NumeroUniqueValide, String> {
    @Override
    public boolean isValid(String valeur, ConstraintValidatorContext contexte) {
      return Textes.estVide(valeur) || NumeroUnique.isValid(valeur);
    }
  }

  static final class MontantValideValidator
      implements ConstraintValidator<MontantValide, BigDecimal> {

    /** Integer digits {@link Montant#isValid(String)} accepts; checked first to bound the work. */
    private static final int CHIFFRES_ENTIERS_MAX = 13;

    @Override
    public boolean isValid(BigDecimal valeur, ConstraintValidatorContext contexte) {
      if (valeur == null || valeur.signum() == 0) {
        return true;
      }
      if (valeur.signum() < 0) {
        return signaler(contexte, "{sne.montant.negatif}");
      }
      BigDecimal reduit = valeur.stripTrailingZeros();
      // Never write out 1E+1000000000 or 1E-1000000000: check the shape before the text.
      boolean borne =
          reduit.scale() <= 2 && (long) reduit.precision() - reduit.scale() <= CHIFFRES_ENTIERS_MAX;
      return borne && Montant.isValid(reduit.toPlainString());
    }
  }

  static final class TelephoneValideValidator
      implements ConstraintValidator<TelephoneValide, String> {

    private static final int LONGUEUR_MAX = 30;
    private static final Pattern CARACTERES = Pattern.compile("\\+?[0-9 .()/-]+");
    private static final Pattern SEPARATEURS = Pattern.compile("[ .()/+-]");
    private static final Pattern CHIFFRES = Pattern.compile("[0-9]{6,15}");

    @Override
    public boolean isValid(String valeur, ConstraintValidatorContext contexte) {
      if (Textes.estVide(valeur)) {
        return true;
      }
      String texte = valeur.strip();
      return texte.length() <= LONGUEUR_MAX
          && CARACTERES.matcher(texte).matches()
          && CHIFFRES.matcher(SEPARATEURS.matcher(texte).replaceAll("")).matches();
    }
  }

  static final class EmailValideValidator implements ConstraintValidator<EmailValide, String> {

    private static final int LONGUEUR_MAX = 254;
    private static final Pattern ADRESSE =
        Pattern.compile("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}.]+(\\.[^@\\s\\p{Cntrl}.]+)+");

    @Override
    public boolean isValid(String valeur, ConstraintValidatorContext contexte) {
      if (Textes.estVide(valeur)) {
        return true;
      }
      String texte = valeur.strip();
      return texte.length() <= LONGUEUR_MAX
          && Textes.estImprimable(texte, false)
          && ADRESSE.matcher(texte).matches();
    }
  }

  static final class TexteObligatoireValidator
      implements ConstraintValidator<TexteObligatoire, String> {
    @Override
    public boolean isValid(String valeur, ConstraintValidatorContext contexte) {
      return !Textes.estVide(valeur);
    }
  }

  static final class TexteImprimableValidator
      implements ConstraintValidator<TexteImprimable, String> {

    private boolean multiligne;

    @Override
    public void initialize(TexteImprimable annotation) {
      multiligne = annotation.multiligne();
    }

    @Override
    public boolean isValid(String valeur, ConstraintValidatorContext contexte) {
      return valeur == null || Textes.estImprimable(valeur.strip(), multiligne);
    }
  }

  static final class DateNaissanceValideValidator
      implements ConstraintValidator<DateNaissanceValide, LocalDate> {

    private int ageMax;

    @Override
    public void initialize(DateNaissanceValide annotation) {
      ageMax = annotation.ageMax();
    }

    @Override
    public boolean isValid(LocalDate valeur, ConstraintValidatorContext contexte) {
      if (valeur == null) {
        return true;
      }
      LocalDate reference = dateReference(contexte);
      if (valeur.isAfter(reference)) {
        return signaler(contexte, "{sne.date-naissance.future}");
      }
      if (valeur.isBefore(reference.minusYears(ageMax))) {
        return signaler(contexte, "{sne.date-naissance.trop-ancienne}");
      }
      return true;
    }
  }

  static final class DateNaissancePrevueValideValidator
      implements ConstraintValidator<DateNaissancePrevueValide, LocalDate> {

    private int moisMax;

    @Override
    public void initialize(DateNaissancePrevueValide annotation) {
      moisMax = annotation.moisMax();
    }

    @Override
    public boolean isValid(LocalDate valeur, ConstraintValidatorContext contexte) {
      if (valeur == null) {
        return true;
      }
      LocalDate reference = dateReference(contexte);
      return !valeur.isBefore(reference.minusMonths(moisMax))
          && !valeur.isAfter(reference.plusMonths(moisMax));
    }
  }

  static final class AnneeRevenuValideValidator
      implements ConstraintValidator<AnneeRevenuValide, Integer> {

    /** The bounds of {@link org.sne4j.menage.RevenuFiscal}. */
    private static final int ANNEE_MIN = 1900;

    private static final int ANNEE_MAX = 2999;

    private int anneesMax;

    @Override
    public void initialize(AnneeRevenuValide annotation) {
      anneesMax = annotation.anneesMax();
    }

    @Override
    public boolean isValid(Integer valeur, ConstraintValidatorContext contexte) {
      if (valeur == null) {
        return true;
      }
      int reference = dateReference(contexte).getYear();
      int min = Math.max(ANNEE_MIN, reference - anneesMax);
      int max = Math.min(ANNEE_MAX, reference);
      if (valeur >= min && valeur <= max) {
        return true;
      }
      contexte
          .unwrap(HibernateConstraintValidatorContext.class)
          .addMessageParameter("anneeMin", min)
          .addMessageParameter("anneeMax", max);
      return false;
    }
  }
}
