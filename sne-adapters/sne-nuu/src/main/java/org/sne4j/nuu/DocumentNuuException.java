package org.sne4j.nuu;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An interfaceNuu document could not be read, or a document could not be written because the
 * data lacks what the SNE requires. Carries <em>every</em> problem found, each with a stable code
 * ({@link ProblemeDocument#XML_INVALIDE}, {@link ProblemeDocument#CODE_INCONNU}, {@link
 * ProblemeDocument#OBLIGATOIRE}, {@link ProblemeDocument#VALEUR_INVALIDE}, {@link
 * ProblemeDocument#INCOHERENT}, {@link ProblemeDocument#NON_TRANSPORTABLE}) and the path of the
 * element. Not retryable: the document must change.
 */
public final class DocumentNuuException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Whether the document was being read or written. */
  public enum Sens {
    LECTURE,
    ECRITURE
  }

  private final Sens sens;
  private final transient List<ProblemeDocument> problemes;

  public DocumentNuuException(Sens sens, List<ProblemeDocument> problemes) {
    super(
        (sens == Sens.LECTURE ? "Cannot read the interfaceNuu document: " : "Cannot write the interfaceNuu document: ")
            + problemes.stream().map(ProblemeDocument::toString).collect(Collectors.joining("; ")));
    this.sens = sens;
    this.problemes = List.copyOf(problemes);
  }

  /** Reading or writing. */
  public Sens sens() {
    return sens;
  }

  /** Every problem found, in document order. */
  public List<ProblemeDocument> problemes() {
    return problemes;
  }
}
