package org.sne4j.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sne4j.demande.ContenuDemande;
import org.sne4j.demande.NumeroUnique;

/**
 * The national registry's services beyond numbering (the SNE's web services {@code
 * getDemandeLogement}, {@code getDoublons}, {@code getNouveauxDaloDepuisLe}, {@code
 * getDemandesRadieesDepuisLe}, {@code declarationNouveauDalo}, and the transmission of the changes
 * of a demand). A port of its own so that the many implementations of {@link RegistreNational}
 * that only number demands keep working; the in-memory registry and {@code sne-nuu}'s connector
 * implement both.
 *
 * <p>An implementation must guarantee, besides {@link RegistreNational}'s guarantees:
 *
 * <ul>
 *   <li>{@link #transmettre} is idempotent for a repeat: the same transmission (same operation, date
 *       and demand) sent twice has the effect of one, so that a relay may deliver at least once;
 *   <li>the two "since" queries return every item recorded at or after the instant given, oldest
 *       first, so that a caller that keeps the instant of its last run misses nothing;
 *   <li>thread safety.
 * </ul>
 *
 * <p>Failures are {@link UnavailableException} (retryable: transport, time-out, server error) or
 * {@link RejectedException} (the registry refused the request; carries its anomalies).
 */
public interface EchangesRegistreNational extends RegistreNational {

  /** Sends a change of a numbered demand (modification, renewal, radiation, or a creation sent again). */
  void transmettre(DemandeATransmettre transmission);

  /** The demand the registry holds under {@code numero}, if any. */
  Optional<DemandeNationale> demande(NumeroUnique numero);

  /**
   * The registry's demands whose applicant has the name and birth date of {@code contenu}'s
   * applicant (possible duplicates), oldest first.
   */
  List<DoublonPotentiel> doublons(ContenuDemande contenu);

  /** The DALO decisions recorded since {@code depuis} (inclusive), oldest first. */
  List<DecisionDalo> nouveauxDaloDepuis(Instant depuis);

  /** The radiations recorded since {@code depuis} (inclusive), oldest first. */
  List<RadiationNationale> radiationsDepuis(Instant depuis);

  /** Declares a DALO decision on a demand. */
  void declarerDalo(DecisionDalo decision);
}
