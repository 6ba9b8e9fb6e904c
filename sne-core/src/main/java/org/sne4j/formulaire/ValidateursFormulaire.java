package org.sne4j.formulaire;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.sne4j.demande.MotifDemande;
import org.sne4j.handicap.AideTechnique;
import org.sne4j.territoire.CodeInsee;
import org.sne4j.territoire.TerritoireEnregistrement;

/**
 * The validators of the cross-field (class-level) constraints. Each reports on the field it
 * concerns, never on the whole record, so that the path names what to correct. Every one of them
 * reads a form full of nulls without failing: the field constraints report those.
 */
final class ValidateursFormulaire {

  private ValidateursFormulaire() {}

  /** Reports {@code template} on the property {@code champ} of the validated record. */
  static void signaler(ConstraintValidatorContext contexte, String template, String champ) {
    contexte.disableDefaultConstraintViolation();
    contexte
        .buildConstraintViolationWithTemplate(template)
        .addPropertyNode(champ)
        .addConstraintViolation();
  }

  /** Reports {@code template} on the element {@code index} of the list {@code liste}. */
  static void signalerElement(
      ConstraintValidatorContext contexte, String template, String liste, int index) {
    contexte.disableDefaultConstraintViolation();
    contexte
        .buildConstraintViolationWithTemplate(template)
        .addPropertyNode(liste)
        .addBeanNode()
        .inIterable()
        .atIndex(index)
        .addConstraintViolation();
  }

  static HibernateConstraintValidatorContext hibernate(ConstraintValidatorContext contexte) {
    return contexte.unwrap(HibernateConstraintValidatorContext.class);
  }

  static final class AdresseCoherenteValidator
      implements ConstraintValidator<AdresseCoherente, FormulaireAdresse> {

    private static final Pattern CODE_POSTAL_FRANCAIS = Pattern.compile("[0-9]{5}");

    @Override
    public boolean isValid(FormulaireAdresse adresse, ConstraintValidatorContext contexte) {
      if (adresse == null) {
        return true;
      }
      boolean valide = true;
      if (adresse.estALEtranger()) {
        if (Textes.estVide(adresse.pays())) {
          signaler(contexte, "{sne.adresse.pays-manquant}", "pays");
          valide = false;
        }
      } else {
        if (Textes.estVide(adresse.commune())) {
          signaler(contexte, "{sne.adresse.commune-manquante}", "commune");
          valide = false;
        }
        if (!Textes.estVide(adresse.codePostal())
            && !CODE_POSTAL_FRANCAIS.matcher(adresse.codePostal().strip()).matches()) {
          signaler(contexte, "{sne.code-postal.invalide}", "codePostal");
          valide = false;
        }
      }
      return valide;
    }
  }

  static final class UnRevenuFiscalParAnneeValidator
      implements ConstraintValidator<UnRevenuFiscalParAnnee, FormulaireTitulaire> {

    @Override
    public boolean isValid(FormulaireTitulaire titulaire, ConstraintValidatorContext contexte) {
      if (titulaire == null) {
        return true;
      }
      boolean valide = true;
      Set<Integer> annees = new HashSet<>();
      List<FormulaireRevenuFiscal> revenus = titulaire.revenusFiscaux();
      for (int i = 0; i < revenus.size(); i++) {
        FormulaireRevenuFiscal revenu = revenus.get(i);
        if (revenu != null && revenu.annee() != null && !annees.add(revenu.annee())) {
          contexte.disableDefaultConstraintViolation();
          hibernate(contexte)
              .addMessageParameter("annee", revenu.annee())
              .buildConstraintViolationWithTemplate("{sne.revenu-fiscal.annee-en-double}")
              .addPropertyNode("revenusFiscaux")
              .addPropertyNode("annee")
              .inIterable()
              .atIndex(i)
              .addConstraintViolation();
          valide = false;
        }
      }
      return valide;
    }
  }

  static final class CommunesDistinctesValidator
      implements ConstraintValidator<CommunesDistinctes, FormulaireLogementRecherche> {

    @Override
    public boolean isValid(
        FormulaireLogementRecherche recherche, ConstraintValidatorContext contexte) {
      if (recherche == null) {
        return true;
      }
      boolean valide = true;
      Set<CodeInsee> vues = new HashSet<>();
      List<String> communes = recherche.communes();
      for (int i = 0; i < communes.size(); i++) {
        String texte = communes.get(i);
        if (CodeInsee.isValid(texte)) {
          CodeInsee commune = CodeInsee.parse(texte);
          if (!vues.add(commune)) {
            hibernate(contexte).addMessageParameter("commune", commune.code());
            signalerElement(contexte, "{sne.communes.doublon}", "communes", i);
            valide = false;
          }
        }
      }
      return valide;
    }
  }

  static final class CommunesDansUnTerritoireValidator
      implements ConstraintValidator<CommunesDansUnTerritoire, FormulaireLogementRecherche> {

    @Override
    public boolean isValid(
        FormulaireLogementRecherche recherche, ConstraintValidatorContext contexte) {
      if (recherche == null) {
        return true;
      }
      boolean valide = true;
      CodeInsee premiere = null;
      List<String> communes = recherche.communes();
      for (int i = 0; i < communes.size(); i++) {
        String texte = communes.get(i);
        if (!CodeInsee.isValid(texte)) {
          continue;
        }
        CodeInsee commune = CodeInsee.parse(texte);
        if (premiere == null) {
          premiere = commune;
        } else if (!TerritoireEnregistrement.de(premiere).contient(commune)) {
          hibernate(contexte)
              .addMessageParameter("commune", commune.code())
              .addMessageParameter("premiere", premiere.code());
          signalerElement(contexte, "{sne.communes.territoires-multiples}", "communes", i);
          valide = false;
        }
      }
      return valide;
    }
  }

  static final class AucuneAideTechniqueSeuleValidator
      implements ConstraintValidator<AucuneAideTechniqueSeule, FormulaireHandicap> {

    @Override
    public boolean isValid(FormulaireHandicap handicap, ConstraintValidatorContext contexte) {
      if (handicap == null || !handicap.aidesTechniques().contains(AideTechnique.AUCUNE)) {
        return true;
      }
      boolean autreAide =
          handicap.aidesTechniques().stream().anyMatch(a -> a != null && a != AideTechnique.AUCUNE);
      if (autreAide) {
        signaler(contexte, "{sne.aides-techniques.aucune-combinee}", "aidesTechniques");
      }
      return !autreAide;
    }
  }

  static final class PrecisionMotifAutreValidator
      implements ConstraintValidator<PrecisionMotifAutre, FormulaireDemande> {

    @Override
    public boolean isValid(FormulaireDemande formulaire, ConstraintValidatorContext contexte) {
      if (formulaire == null
          || formulaire.motifs().stream().noneMatch(m -> m != null && m.exigePrecision())
          || !Textes.estVide(formulaire.precisionMotif())) {
        return true;
      }
      hibernate(contexte).addMessageParameter("motif", MotifDemande.AUTRE.code());
      signaler(contexte, "{sne.motif-autre.precision-manquante}", "precisionMotif");
      return false;
    }
  }

  static final class AdresseDemandeurObligatoireValidator
      implements ConstraintValidator<AdresseDemandeurObligatoire, FormulaireDemande> {

    @Override
    public boolean isValid(FormulaireDemande formulaire, ConstraintValidatorContext contexte) {
      if (formulaire == null
          || formulaire.demandeur() == null
          || formulaire.demandeur().adresse() != null) {
        return true;
      }
      contexte.disableDefaultConstraintViolation();
      contexte
          .buildConstraintViolationWithTemplate("{sne.champ.obligatoire}")
          .addPropertyNode("demandeur")
          .addPropertyNode("adresse")
          .addConstraintViolation();
      return false;
    }
  }

  static final class TailleMenageValidator
      implements ConstraintValidator<TailleMenage, FormulaireDemande> {

    private int max;

    @Override
    public void initialize(TailleMenage annotation) {
      max = annotation.max();
    }

    @Override
    public boolean isValid(FormulaireDemande formulaire, ConstraintValidatorContext contexte) {
      if (formulaire == null) {
        return true;
      }
      long personnes = formulaire.personnesALoger();
      if (personnes <= max) {
        return true;
      }
      hibernate(contexte).addMessageParameter("personnes", personnes);
      return false;
    }
  }

  static final class HandicapDansLeMenageValidator
      implements ConstraintValidator<HandicapDansLeMenage, FormulaireDemande> {

    @Override
    public boolean isValid(FormulaireDemande formulaire, ConstraintValidatorContext contexte) {
      if (formulaire == null
          || formulaire.handicap() == null
          || formulaire.handicap().nombrePersonnes() == null) {
        return true;
      }
      long personnes = formulaire.personnesALoger();
      int concernees = formulaire.handicap().nombrePersonnes();
      if (concernees <= personnes) {
        return true;
      }
      contexte.disableDefaultConstraintViolation();
      hibernate(contexte)
          .addMessageParameter("nombre", concernees)
          .addMessageParameter("personnes", personnes)
          .buildConstraintViolationWithTemplate("{sne.handicap.personnes-trop-nombreuses}")
          .addPropertyNode("handicap")
          .addPropertyNode("nombrePersonnes")
          .addConstraintViolation();
      return false;
    }
  }
}
