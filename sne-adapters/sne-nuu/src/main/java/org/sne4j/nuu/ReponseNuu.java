package org.sne4j.nuu;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.spi.DecisionDalo;
import org.sne4j.spi.DoublonPotentiel;
import org.sne4j.spi.RadiationNationale;

/**
 * The answer document of an SNE web service (other than {@code getDemandeLogement}, which answers
 * a whole demand): the number allocated or acknowledged, the possible duplicates, the DALO
 * decisions or the radiations listed. Anomalies are read apart ({@link NuuCodec#anomalies}).
 *
 * @param numero {@code demande/demandeLogement/numUnique}, if present
 * @param doublons {@code demande/listeDoublons/doublon}
 * @param dalos {@code demande/listeDalo/dalo}
 * @param radiations {@code demande/listeRadiation/radiation}
 */
public record ReponseNuu(
    Optional<NumeroUnique> numero,
    List<DoublonPotentiel> doublons,
    List<DecisionDalo> dalos,
    List<RadiationNationale> radiations) {

  public ReponseNuu {
    Objects.requireNonNull(numero, "numero");
    doublons = List.copyOf(doublons);
    dalos = List.copyOf(dalos);
    radiations = List.copyOf(radiations);
  }
}
