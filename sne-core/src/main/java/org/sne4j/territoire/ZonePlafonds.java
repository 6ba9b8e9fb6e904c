package org.sne4j.territoire;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The three zones of the resource ceilings of the arrêté du 29 juillet 1987 (annexes I and II):
 * the ceilings are fixed « en fonction de la catégorie du ménage ainsi que de la région
 * d'implantation du logement » (art. 1). {@link ZonagePlafonds} tells the zone of a commune.
 *
 * <p>Overseas départements have their own arrêtés and are in none of these zones.
 */
public enum ZonePlafonds {
  /** « Paris et communes limitrophes »: Paris and the communes bordering it. */
  PARIS_ET_COMMUNES_LIMITROPHES("PARIS_LIMITROPHES", "Paris et communes limitrophes"),
  /** « Île-de-France hors Paris et communes limitrophes ». */
  ILE_DE_FRANCE_HORS_PARIS_ET_COMMUNES_LIMITROPHES(
      "IDF_HORS_PARIS", "Île-de-France hors Paris et communes limitrophes"),
  /** « Autres régions »: mainland France outside Île-de-France, and Corsica. */
  AUTRES_REGIONS("AUTRES_REGIONS", "Autres régions");

  private final String code;
  private final String libelle;

  ZonePlafonds(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  /** A stable code used in data files: {@code PARIS_LIMITROPHES}, {@code IDF_HORS_PARIS}, {@code AUTRES_REGIONS}. */
  public String code() {
    return code;
  }

  /** The zone's name as written in the arrêté, e.g. « Paris et communes limitrophes ». */
  public String libelle() {
    return libelle;
  }

  /**
   * The zone whose {@linkplain #code() code} is {@code code}.
   *
   * @throws IllegalArgumentException naming the known codes when none matches
   */
  public static ZonePlafonds parCode(String code) {
    for (ZonePlafonds zone : values()) {
      if (zone.code.equals(code)) {
        return zone;
      }
    }
    throw new IllegalArgumentException(
        "Unknown ceiling zone '"
            + code
            + "'; known codes: "
            + Arrays.stream(values()).map(ZonePlafonds::code).collect(Collectors.joining(", ")));
  }
}
