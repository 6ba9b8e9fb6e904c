package org.sne4j.spi;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import org.sne4j.logement.TypeLogement;
import org.sne4j.territoire.CodeInsee;
import org.sne4j.territoire.TerritoireEnregistrement;

/**
 * A search over the index of demands; every criterion is optional.
 *
 * @param territoire only demands of this registration territory
 * @param commune only demands that seek this commune
 * @param typologie only demands that seek this typology
 * @param activesSeulement only demands not radiated
 * @param decalage how many results to skip (paging)
 * @param limite at most this many results, 1 to 10 000
 */
public record CritereRecherche(
    Optional<TerritoireEnregistrement> territoire,
    Optional<CodeInsee> commune,
    Optional<TypeLogement> typologie,
    boolean activesSeulement,
    int decalage,
    int limite) {

  public CritereRecherche {
    Objects.requireNonNull(territoire, "territoire");
    Objects.requireNonNull(commune, "commune");
    Objects.requireNonNull(typologie, "typologie");
    checkArgument(decalage >= 0, "Negative offset: %s", decalage);
    checkArgument(limite >= 1 && limite <= 10_000, "Limit out of 1…10000: %s", limite);
  }

  /** Every demand, active or radiated, the first {@code limite}. */
  public static CritereRecherche toutes(int limite) {
    return new CritereRecherche(Optional.empty(), Optional.empty(), Optional.empty(), false, 0, limite);
  }

  /** The active demands, the first {@code limite}. */
  public static CritereRecherche actives(int limite) {
    return new CritereRecherche(Optional.empty(), Optional.empty(), Optional.empty(), true, 0, limite);
  }

  public CritereRecherche dansLeTerritoire(TerritoireEnregistrement t) {
    return new CritereRecherche(Optional.of(t), commune, typologie, activesSeulement, decalage, limite);
  }

  public CritereRecherche pourLaCommune(CodeInsee c) {
    return new CritereRecherche(territoire, Optional.of(c), typologie, activesSeulement, decalage, limite);
  }

  public CritereRecherche pourLaTypologie(TypeLogement t) {
    return new CritereRecherche(territoire, commune, Optional.of(t), activesSeulement, decalage, limite);
  }

  public CritereRecherche aPartirDe(int nouveauDecalage) {
    return new CritereRecherche(territoire, commune, typologie, activesSeulement, nouveauDecalage, limite);
  }
}
