package org.sne4j.handicap;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The disability block of the demand (CCH R441-2-2 i; CERFA 14069 « complément handicap »): what
 * makes an adapted dwelling necessary.
 *
 * @param nombrePersonnes number of persons of the household concerned, at least 1
 * @param etat stable or progressive
 * @param moteur motor disabilities
 * @param sensoriel sensory disabilities
 * @param capaciteMarche how many steps can be climbed
 * @param aidesTechniques technical aids used
 * @param equipementsNecessaires equipment the dwelling must have
 * @param precisions free text
 */
public record BesoinsHandicap(
    int nombrePersonnes,
    Optional<EtatHandicap> etat,
    Set<NatureHandicapMoteur> moteur,
    Set<NatureHandicapSensoriel> sensoriel,
    Optional<CapaciteMarche> capaciteMarche,
    Set<AideTechnique> aidesTechniques,
    Set<EquipementHandicap> equipementsNecessaires,
    Optional<String> precisions) {

  public BesoinsHandicap {
    checkArgument(nombrePersonnes >= 1, "At least one person concerned: %s", nombrePersonnes);
    Objects.requireNonNull(etat, "etat");
    moteur = ImmutableSet.copyOf(moteur);
    sensoriel = ImmutableSet.copyOf(sensoriel);
    Objects.requireNonNull(capaciteMarche, "capaciteMarche");
    aidesTechniques = ImmutableSet.copyOf(aidesTechniques);
    checkArgument(
        !(aidesTechniques.contains(AideTechnique.AUCUNE) && aidesTechniques.size() > 1),
        "« Aucune » aide technique cannot be combined with an aid: %s",
        aidesTechniques);
    equipementsNecessaires = ImmutableSet.copyOf(equipementsNecessaires);
    Objects.requireNonNull(precisions, "precisions");
  }

  /** Whether the person needs a dwelling reachable without climbing any step. */
  public boolean exigeAccesSansMarche() {
    return capaciteMarche.map(c -> c == CapaciteMarche.IMPOSSIBLE).orElse(false)
        || aidesTechniques.contains(AideTechnique.FAUTEUIL_MANUEL)
        || aidesTechniques.contains(AideTechnique.FAUTEUIL_ELECTRIQUE);
  }
}
