package org.sne4j.spi;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import com.google.common.collect.Sets;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sne4j.demande.TypeFichier;

/**
 * A change of a numbered demand to send to the national registry (arrêté du 23 mars 2015 annexe
 * §5–8: creations, modifications, renewals and radiations reach the SNE daily): the operation and
 * the demand as it stands after it.
 *
 * @param typeFichier the operation: {@link TypeFichier#CREATION} (a demand numbered elsewhere or
 *     earlier, sent again), {@link TypeFichier#MODIFICATION}, {@link TypeFichier#RENOUVELLEMENT}
 *     or {@link TypeFichier#RADIATION}
 * @param dateFichier when the change was recorded: the same change sent twice carries the same
 *     date, which lets the registry recognise a repeat
 * @param version the version of the local demand's stream after the change, when a relay sends it:
 *     a registry that keeps versions applies a change once per (demand, version), and ignores a
 *     repeat or an older change
 * @param demande the demand after the change; for a radiation, with its {@linkplain
 *     DemandeNationale#radiation() radiation}; for a reactivation (déradiation), sent as a
 *     radiation file without one
 */
public record DemandeATransmettre(
    TypeFichier typeFichier, Instant dateFichier, DemandeNationale demande, Optional<Long> version) {

  /** The operations a transmission may carry. */
  public static final Set<TypeFichier> OPERATIONS =
      Sets.immutableEnumSet(TypeFichier.CREATION, TypeFichier.MODIFICATION, TypeFichier.RENOUVELLEMENT, TypeFichier.RADIATION);

  public DemandeATransmettre {
    Objects.requireNonNull(typeFichier, "typeFichier");
    checkArgument(OPERATIONS.contains(typeFichier), "Not an operation on a numbered demand: %s", typeFichier);
    Objects.requireNonNull(dateFichier, "dateFichier");
    Objects.requireNonNull(demande, "demande");
    Objects.requireNonNull(version, "version");
    version.ifPresent(v -> checkArgument(v >= 1, "Versions start at 1: %s", v));
  }

  /** A transmission without the local version (sent by hand, not by a relay). */
  public DemandeATransmettre(TypeFichier typeFichier, Instant dateFichier, DemandeNationale demande) {
    this(typeFichier, dateFichier, demande, Optional.empty());
  }
}
