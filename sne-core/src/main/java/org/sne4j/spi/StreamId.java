package org.sne4j.spi;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;
import org.sne4j.attribution.IdentifiantVacance;
import org.sne4j.demande.NumeroUnique;

/**
 * The identity of an event stream: the history of one aggregate (one demand, one vacancy…).
 *
 * @param category the kind of aggregate, e.g. {@code demande}; lower-case letters, digits, '-'
 * @param id the aggregate's identifier within its category, e.g. a numéro unique
 */
public record StreamId(String category, String id) {

  /** The category of the demands' streams: one stream per numéro unique. */
  public static final String CATEGORIE_DEMANDE = "demande";

  /** The category of the vacancies' streams: one stream per vacancy. */
  public static final String CATEGORIE_VACANCE = "vacance";

  private static final Pattern CATEGORY = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  public StreamId {
    checkArgument(
        category != null && CATEGORY.matcher(category).matches(),
        "Invalid stream category: '%s' (lower-case letters, digits and '-', at most 40)",
        category);
    checkArgument(
        id != null && !id.isBlank() && id.length() <= 100, "Invalid stream id: '%s' (1 to 100 characters)", id);
  }

  /** The stream of a demand. */
  public static StreamId demande(NumeroUnique numero) {
    return new StreamId(CATEGORIE_DEMANDE, numero.valeur());
  }

  /** The stream of a vacancy. */
  public static StreamId vacance(IdentifiantVacance vacance) {
    return new StreamId(CATEGORIE_VACANCE, vacance.valeur());
  }

  /** Whether this is a demand's stream. */
  public boolean estUneDemande() {
    return category.equals(CATEGORIE_DEMANDE);
  }

  /** Whether this is a vacancy's stream. */
  public boolean estUneVacance() {
    return category.equals(CATEGORIE_VACANCE);
  }

  @Override
  public String toString() {
    return category + "/" + id;
  }
}
