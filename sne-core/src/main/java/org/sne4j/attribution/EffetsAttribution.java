package org.sne4j.attribution;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sne4j.commun.Refus;
import org.sne4j.demande.EvenementDemande;
import org.sne4j.demande.NumeroUnique;

/**
 * What a vacancy command produces: the vacancy's events and each candidate demand's events, to
 * append atomically; or the refusal.
 */
public sealed interface EffetsAttribution {

  /**
   * The command is accepted.
   *
   * @param vacance the vacancy's new events, at least one
   * @param demandes the new events of each demand concerned, in order
   */
  record Acceptes(List<EvenementVacance> vacance, Map<NumeroUnique, List<EvenementDemande>> demandes)
      implements EffetsAttribution {
    public Acceptes {
      vacance = ImmutableList.copyOf(vacance);
      if (vacance.isEmpty()) {
        throw new IllegalArgumentException("An accepted vacancy command produces at least one vacancy event");
      }
      ImmutableMap.Builder<NumeroUnique, List<EvenementDemande>> b = ImmutableMap.builder();
      demandes.forEach((k, v) -> b.put(k, ImmutableList.copyOf(v)));
      demandes = b.build();
    }
  }

  /** The command is refused, for the rule it breaks (an attribution rule or a demand's rule). */
  record Refuses(Refus refus) implements EffetsAttribution {
    public Refuses {
      Objects.requireNonNull(refus, "refus");
    }
  }
}
