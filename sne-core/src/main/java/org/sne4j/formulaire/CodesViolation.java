package org.sne4j.formulaire;

import java.util.List;

/**
 * The stable codes of {@link Violation#code()}. A code never changes meaning; a new rule gets a new
 * code. Each is the key of the French message in {@code org/sne4j/formulaire/Messages.properties}
 * and of the English one in {@code Messages_en.properties}, prefixed with {@code sne.}. The table
 * with their meaning is in the package documentation and in {@code sne-core/README.md}.
 */
public final class CodesViolation {

  private CodesViolation() {}

  /** No form at all ({@code null}). */
  public static final String FORMULAIRE_ABSENT = "formulaire.absent";

  /** A mandatory field, block or list is missing, empty or blank. */
  public static final String CHAMP_OBLIGATOIRE = "champ.obligatoire";

  /** A text is longer than its maximum. */
  public static final String TEXTE_TROP_LONG = "texte.trop-long";

  /** A text holds a control character or another character that cannot be typed. */
  public static final String TEXTE_CARACTERES_INTERDITS = "texte.caracteres-interdits";

  /** A list holds more elements than its maximum. */
  public static final String LISTE_TROP_LONGUE = "liste.trop-longue";

  /** A number lies outside its bounds. */
  public static final String VALEUR_HORS_LIMITES = "valeur.hors-limites";

  /** A text is not an INSEE commune code. */
  public static final String CODE_INSEE_INVALIDE = "code-insee.invalide";

  /** A French postal code is not five digits. */
  public static final String CODE_POSTAL_INVALIDE = "code-postal.invalide";

  /** A social security number is malformed or its key is wrong. */
  public static final String NIR_INVALIDE = "nir.invalide";

  /** A numéro unique is malformed. */
  public static final String NUMERO_UNIQUE_INVALIDE = "numero-unique.invalide";

  /** A phone number is malformed. */
  public static final String TELEPHONE_INVALIDE = "telephone.invalide";

  /** An e-mail address is malformed. */
  public static final String EMAIL_INVALIDE = "email.invalide";

  /** An amount has more than two decimals or more than thirteen integer digits. */
  public static final String MONTANT_INVALIDE = "montant.invalide";

  /** An amount is negative. */
  public static final String MONTANT_NEGATIF = "montant.negatif";

  /** A birth date is after the filing date. */
  public static final String DATE_NAISSANCE_FUTURE = "date-naissance.future";

  /** A birth date is more than 130 years before the filing date. */
  public static final String DATE_NAISSANCE_TROP_ANCIENNE = "date-naissance.trop-ancienne";

  /** An expected birth date is more than a year away from the filing date. */
  public static final String DATE_NAISSANCE_PREVUE_INVALIDE = "date-naissance-prevue.invalide";

  /** The year of a tax reference income is after the filing year or more than 10 years before. */
  public static final String ANNEE_REVENU_INVALIDE = "annee-revenu.invalide";

  /** A holder declares two tax reference incomes for the same year. */
  public static final String REVENU_FISCAL_ANNEE_EN_DOUBLE = "revenu-fiscal.annee-en-double";

  /** A French address has no commune INSEE code. */
  public static final String ADRESSE_COMMUNE_MANQUANTE = "adresse.commune-manquante";

  /** An address abroad has no country. */
  public static final String ADRESSE_PAYS_MANQUANT = "adresse.pays-manquant";

  /** More than ten communes are sought. */
  public static final String COMMUNES_TROP_NOMBREUSES = "communes.trop-nombreuses";

  /** A commune sought is listed twice. */
  public static final String COMMUNES_DOUBLON = "communes.doublon";

  /** The communes sought lie in several registration territories. */
  public static final String COMMUNES_TERRITOIRES_MULTIPLES = "communes.territoires-multiples";

  /** Reason 23 « autre motif » is given without its text. */
  public static final String MOTIF_AUTRE_PRECISION_MANQUANTE = "motif-autre.precision-manquante";

  /** The technical aid « aucune » is combined with an aid. */
  public static final String AIDES_TECHNIQUES_AUCUNE_COMBINEE = "aides-techniques.aucune-combinee";

  /** The household counts more than 20 persons. */
  public static final String MENAGE_TROP_NOMBREUX = "menage.trop-nombreux";

  /** More persons are concerned by the disability than the household counts. */
  public static final String HANDICAP_PERSONNES_TROP_NOMBREUSES =
      "handicap.personnes-trop-nombreuses";

  /** Every code, in the order of the documentation's table. */
  public static final List<String> TOUS =
      List.of(
          FORMULAIRE_ABSENT,
          CHAMP_OBLIGATOIRE,
          TEXTE_TROP_LONG,
          TEXTE_CARACTERES_INTERDITS,
          LISTE_TROP_LONGUE,
          VALEUR_HORS_LIMITES,
          CODE_INSEE_INVALIDE,
          CODE_POSTAL_INVALIDE,
          NIR_INVALIDE,
          NUMERO_UNIQUE_INVALIDE,
          TELEPHONE_INVALIDE,
          EMAIL_INVALIDE,
          MONTANT_INVALIDE,
          MONTANT_NEGATIF,
          DATE_NAISSANCE_FUTURE,
          DATE_NAISSANCE_TROP_ANCIENNE,
          DATE_NAISSANCE_PREVUE_INVALIDE,
          ANNEE_REVENU_INVALIDE,
          REVENU_FISCAL_ANNEE_EN_DOUBLE,
          ADRESSE_COMMUNE_MANQUANTE,
          ADRESSE_PAYS_MANQUANT,
          COMMUNES_TROP_NOMBREUSES,
          COMMUNES_DOUBLON,
          COMMUNES_TERRITOIRES_MULTIPLES,
          MOTIF_AUTRE_PRECISION_MANQUANTE,
          AIDES_TECHNIQUES_AUCUNE_COMBINEE,
          MENAGE_TROP_NOMBREUX,
          HANDICAP_PERSONNES_TROP_NOMBREUSES);
}
