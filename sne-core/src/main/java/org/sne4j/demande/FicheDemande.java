package org.sne4j.demande;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sne4j.logement.TypeLogement;
import org.sne4j.priorite.StatutDalo;
import org.sne4j.territoire.CodeInsee;
import org.sne4j.territoire.TerritoireEnregistrement;

/**
 * The summary of a demand that an index keeps to answer the daily queries (notices due,
 * radiations due, retention ended) and searches, without folding histories. A pure function of
 * the state and the timers ({@link #de}); an index is rebuilt from the events by recomputing it.
 *
 * @param numero the numéro unique
 * @param territoire the registration territory (the partition key)
 * @param version the version of the demand it summarises
 * @param dateDepot initial filing date
 * @param dateFinValidite last day of validity
 * @param dateEcheanceAvis when the renewal notice is due
 * @param avisEnvoye whether the notice of the current year was sent
 * @param dateRadiationNonRenouvellement first day of radiation for non-renewal, once the notice
 *     was sent
 * @param echeanceAvertissement first day of radiation after a pending warning
 * @param motifRadiation the ground of radiation, if radiated
 * @param dateRadiation the date of radiation, if radiated
 * @param dateFinConservation the day the data must be erased, if radiated
 * @param communes the communes sought
 * @param typologies the typologies sought
 * @param personnes the number of persons to be housed
 * @param prioritaire whether a body recognised the demand as a priority
 * @param statutDalo the DALO status
 */
public record FicheDemande(
    NumeroUnique numero,
    TerritoireEnregistrement territoire,
    long version,
    LocalDate dateDepot,
    LocalDate dateFinValidite,
    LocalDate dateEcheanceAvis,
    boolean avisEnvoye,
    Optional<LocalDate> dateRadiationNonRenouvellement,
    Optional<LocalDate> echeanceAvertissement,
    Optional<MotifRadiation> motifRadiation,
    Optional<LocalDate> dateRadiation,
    Optional<LocalDate> dateFinConservation,
    List<CodeInsee> communes,
    Set<TypeLogement> typologies,
    int personnes,
    boolean prioritaire,
    StatutDalo statutDalo) {

  public FicheDemande {
    Objects.requireNonNull(numero, "numero");
    Objects.requireNonNull(territoire, "territoire");
    Objects.requireNonNull(dateDepot, "dateDepot");
    Objects.requireNonNull(dateFinValidite, "dateFinValidite");
    Objects.requireNonNull(dateEcheanceAvis, "dateEcheanceAvis");
    Objects.requireNonNull(dateRadiationNonRenouvellement, "dateRadiationNonRenouvellement");
    Objects.requireNonNull(echeanceAvertissement, "echeanceAvertissement");
    Objects.requireNonNull(motifRadiation, "motifRadiation");
    Objects.requireNonNull(dateRadiation, "dateRadiation");
    Objects.requireNonNull(dateFinConservation, "dateFinConservation");
    communes = ImmutableList.copyOf(communes);
    typologies = ImmutableSet.copyOf(typologies);
    Objects.requireNonNull(statutDalo, "statutDalo");
  }

  /** The summary of {@code demande} under {@code delais}. */
  public static FicheDemande de(Demande demande, DelaisReglementaires delais) {
    return new FicheDemande(
        demande.numero(),
        demande.territoire(),
        demande.version(),
        demande.dateDepot(),
        demande.dateFinValidite(),
        demande.dateEcheanceAvis(delais),
        demande.avisEnvoyePourLaPeriode(),
        demande.dateRadiationNonRenouvellement(delais),
        demande.avertissement().map(Demande.Avertissement::radiationPossibleLe),
        demande.radiation().map(Demande.Radiation::motif),
        demande.radiation().map(Demande.Radiation::date),
        demande.dateFinConservation(delais),
        demande.contenu().logementRecherche().communes(),
        demande.contenu().logementRecherche().typologies(),
        demande.contenu().menage().personnesALoger(),
        demande.estPrioritaire(),
        demande.statutDalo());
  }

  /** Whether the demand is radiated. */
  public boolean estRadiee() {
    return motifRadiation.isPresent();
  }

  /** Whether the renewal notice is due on {@code jour} and not sent yet (catching up missed days). */
  public boolean avisDu(LocalDate jour) {
    return !estRadiee() && !avisEnvoye && !dateEcheanceAvis.isAfter(jour);
  }

  /** Whether the demand may be radiated for non-renewal on {@code jour}. */
  public boolean radiationNonRenouvellementDue(LocalDate jour) {
    return !estRadiee() && dateRadiationNonRenouvellement.filter(d -> !d.isAfter(jour)).isPresent();
  }

  /** Whether the retention of the radiated demand's data ended on or before {@code jour}. */
  public boolean conservationEchue(LocalDate jour) {
    return dateFinConservation.filter(d -> !d.isAfter(jour)).isPresent();
  }
}
