package org.sne4j.nuu;

import java.util.Objects;

/**
 * One thing wrong with an interfaceNuu document: a stable code, the path of the element (from
 * {@code interfaceNuu}, e.g. {@code demande/demandeLogement/personnePhysique/demandeur/civilite})
 * and a message for the programmer that names the element and the value.
 *
 * @param code the stable code (see {@link DocumentNuuException} for the list)
 * @param chemin the path of the element or attribute ({@code @code} for the attribute)
 * @param message what is wrong, in English
 */
public record ProblemeDocument(String code, String chemin, String message) {

  /** Malformed XML, or not an {@code interfaceNuu} document. */
  public static final String XML_INVALIDE = "nuu.xml-invalide";
  /** A coded value whose code is not in its list. */
  public static final String CODE_INCONNU = "nuu.code-inconnu";
  /** A mandatory element is missing or empty. */
  public static final String OBLIGATOIRE = "nuu.obligatoire";
  /** A value that does not parse (date, amount, number, INSEE code, numéro unique…). */
  public static final String VALEUR_INVALIDE = "nuu.valeur-invalide";
  /** Values that each parse but do not fit together (e.g. reason 23 without its text). */
  public static final String INCOHERENT = "nuu.incoherent";
  /** A value of the model that the format cannot carry (e.g. a third tax income, a merger). */
  public static final String NON_TRANSPORTABLE = "nuu.non-transportable";

  public ProblemeDocument {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(chemin, "chemin");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return chemin + ": " + message + " [" + code + "]";
  }
}
