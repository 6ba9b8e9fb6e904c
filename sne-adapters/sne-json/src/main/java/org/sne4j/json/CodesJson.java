package org.sne4j.json;

import java.util.List;

/**
 * The codes of the violations that only sne-json reports, on top of the core's (the other codes,
 * such as {@code champ.obligatoire} or {@code code-insee.invalide}, are those of {@code
 * org.sne4j.formulaire.CodesViolation} and mean the same). Stable: a code never changes meaning.
 */
public final class CodesJson {

  /** The text is not well-formed JSON, is truncated, or repeats a key. */
  public static final String JSON_MAL_FORME = "json.mal-forme";

  /** The document nests more levels than {@link JsonLimits#maxNestingDepth()}. */
  public static final String JSON_TROP_PROFOND = "json.trop-profond";

  /** The document, a string, a number or a name exceeds a {@linkplain JsonLimits limit}. */
  public static final String JSON_TROP_GRAND = "json.trop-grand";

  /** A value has the wrong JSON type (a number where a text is expected, an object for a list…). */
  public static final String JSON_TYPE_INVALIDE = "json.type-invalide";

  /** A property that the document's schema does not define. */
  public static final String CHAMP_INCONNU = "champ.inconnu";

  /** An unknown type identifier (the {@code "type"} of an event or a CAL decision). */
  public static final String TYPE_INCONNU = "type.inconnu";

  /** A code outside its closed list (an SNE code, an enum constant). */
  public static final String CODE_INCONNU = "code.inconnu";

  /** A date that is not an ISO {@code yyyy-MM-dd} date. */
  public static final String DATE_INVALIDE = "date.invalide";

  /** A value that breaks a pattern with no more specific code. */
  public static final String VALEUR_INVALIDE = "valeur.invalide";

  /** A set given with the same element twice. */
  public static final String LISTE_DOUBLON = "liste.doublon";

  /** An event whose parts contradict each other (a rule of its record, e.g. a radiation's ground). */
  public static final String EVENEMENT_INVALIDE = "evenement.invalide";

  /** A département code that is not one. */
  public static final String DEPARTEMENT_INVALIDE = "departement.invalide";

  /** A registration territory that is not one. */
  public static final String TERRITOIRE_INVALIDE = "territoire.invalide";

  /** A desk code that is not one. */
  public static final String CODE_GUICHET_INVALIDE = "code-guichet.invalide";

  /** An RPLS identifier that is not one. */
  public static final String IDENTIFIANT_RPLS_INVALIDE = "identifiant-rpls.invalide";

  /** A vacancy identifier that is not one. */
  public static final String IDENTIFIANT_VACANCE_INVALIDE = "identifiant-vacance.invalide";

  /** Every code of this class. */
  public static final List<String> TOUS =
      List.of(JSON_MAL_FORME, JSON_TROP_PROFOND, JSON_TROP_GRAND, JSON_TYPE_INVALIDE, CHAMP_INCONNU,
          TYPE_INCONNU, CODE_INCONNU, DATE_INVALIDE, VALEUR_INVALIDE, LISTE_DOUBLON, EVENEMENT_INVALIDE,
          DEPARTEMENT_INVALIDE, TERRITOIRE_INVALIDE, CODE_GUICHET_INVALIDE, IDENTIFIANT_RPLS_INVALIDE,
          IDENTIFIANT_VACANCE_INVALIDE);

  private CodesJson() {}
}
