package org.sne4j.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sne4j.attribution.EvenementVacance;
import org.sne4j.cal.DecisionCal;
import org.sne4j.demande.EvenementDemande;

/**
 * The one table of stable type identifiers: which JSON {@code "type"} stands for which record of
 * the sealed hierarchies {@link EvenementDemande}, {@link EvenementVacance} and {@link
 * DecisionCal}, and the current schema version of each event's document.
 *
 * <p>A type identifier never changes once released and never depends on a Java class name, so
 * classes can be renamed or moved freely. Adding an event type is one line here (plus a test
 * that it round-trips; {@code TypeRegistryTest} fails while a permitted subclass of a sealed
 * hierarchy has no line). Changing the JSON form of an event means raising its {@linkplain
 * Entry#currentVersion() current version} here and adding an {@link Upcaster} from the previous
 * version (see the module README, "Versioning").
 *
 * <p>Identifiers are lower-case words separated by {@code .} and {@code -}: the aggregate, then
 * what happened ({@code demande.radiee}); a nested hierarchy is prefixed by its concept ({@code
 * cal.decision.attribution-en-rang}).
 */
public final class TypeRegistry {

  /**
   * One line of the table.
   *
   * @param id the stable type identifier, the value of the JSON {@code "type"} property
   * @param type the record it stands for
   * @param base the sealed hierarchy the record belongs to
   * @param currentVersion the schema version the library writes: for an event, of its stored
   *     document; for a CAL decision, always 1, since a decision is stored inside the event that
   *     carries it ({@code demande.decision-cal-rendue}) and versioned with it
   */
  public record Entry(String id, Class<?> type, Class<?> base, int currentVersion) {
    public Entry {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(base, "base");
      if (!base.isAssignableFrom(type) || currentVersion < 1) {
        throw new IllegalArgumentException("Invalid registry entry: " + id + " " + type);
      }
    }
  }

  private static final List<Entry> TABLE =
      List.of(
          // The demand's events (org.sne4j.demande.EvenementDemande). Version 2 of the four events
          // carrying a ContenuDemande: amounts as strings of euros (version 1: integers of cents).
          event("demande.enregistree", EvenementDemande.DemandeEnregistree.class, 2),
          event("demande.modifiee", EvenementDemande.DemandeModifiee.class, 2),
          event("demande.corrigee", EvenementDemande.DemandeCorrigee.class, 2),
          event("demande.renouvelee", EvenementDemande.DemandeRenouvelee.class, 2),
          event("demande.avis-renouvellement-envoye", EvenementDemande.AvisRenouvellementEnvoye.class, 1),
          // version 2: the warning carries the proof of its letter's dispatch (version 1: no proof).
          event("demande.avertissement-envoye", EvenementDemande.AvertissementEnvoye.class, 2),
          event("demande.avertissement-leve", EvenementDemande.AvertissementLeve.class, 1),
          event("demande.radiee", EvenementDemande.DemandeRadiee.class, 1),
          event("demande.radiation-nationale-constatee", EvenementDemande.RadiationNationaleConstatee.class, 1),
          event("demande.reactivee", EvenementDemande.DemandeReactivee.class, 1),
          // version 2: the priority publics by meaningful codes (version 1: PRIO_A… letters).
          event("demande.priorite-reconnue", EvenementDemande.PrioriteReconnue.class, 2),
          event("demande.priorite-retiree", EvenementDemande.PrioriteRetiree.class, 2),
          event("demande.contingent-declare", EvenementDemande.ContingentDeclare.class, 1),
          event("demande.pieces-demandees", EvenementDemande.PiecesDemandees.class, 1),
          event("demande.pieces-fournies", EvenementDemande.PiecesFournies.class, 1),
          event("demande.designee", EvenementDemande.DemandeDesignee.class, 1),
          event("demande.inscrite-en-cal", EvenementDemande.DemandeInscriteEnCal.class, 1),
          event("demande.visite-proposee", EvenementDemande.VisiteProposee.class, 1),
          event("demande.visite-effectuee", EvenementDemande.VisiteEffectuee.class, 1),
          event("demande.decision-cal-rendue", EvenementDemande.DecisionCalRendue.class, 1),
          event("demande.refus-du-demandeur", EvenementDemande.RefusDuDemandeur.class, 1),
          event("demande.bail-signe", EvenementDemande.BailSigne.class, 1),
          event("demande.evenement-annule", EvenementDemande.EvenementAnnule.class, 1),
          event("demande.evenement-local", EvenementDemande.EvenementLocal.class, 1),
          event("demande.offre-emise", EvenementDemande.OffreEmise.class, 1),
          event("demande.offre-acceptee", EvenementDemande.OffreAcceptee.class, 1),
          event("demande.condition-suspensive-levee", EvenementDemande.ConditionSuspensiveLevee.class, 1),
          event("demande.condition-suspensive-non-levee", EvenementDemande.ConditionSuspensiveNonLevee.class, 1),
          event("demande.conditions-acces-non-remplies", EvenementDemande.ConditionsAccesNonRemplies.class, 1),
          event("demande.attribution-sans-suite", EvenementDemande.AttributionSansSuite.class, 1),
          // The events of a vacancy (org.sne4j.attribution.EvenementVacance), from the vacant
          // dwelling to the signed lease.
          vacance("vacance.declaree", EvenementVacance.VacanceDeclaree.class, 1),
          vacance("vacance.candidat-designe", EvenementVacance.CandidatDesigne.class, 1),
          vacance("vacance.candidat-retire", EvenementVacance.CandidatRetire.class, 1),
          vacance("vacance.designation-reprise", EvenementVacance.DesignationReprise.class, 1),
          vacance("vacance.inscription-en-commission", EvenementVacance.InscriptionEnCommission.class, 1),
          vacance("vacance.decisions-rendues", EvenementVacance.DecisionsRendues.class, 1),
          vacance("vacance.offre-faite", EvenementVacance.OffreFaite.class, 1),
          vacance("vacance.reponse-offre", EvenementVacance.ReponseOffre.class, 1),
          vacance("vacance.condition-statuee", EvenementVacance.ConditionStatuee.class, 1),
          vacance("vacance.bail-signe", EvenementVacance.BailSigne.class, 1),
          vacance("vacance.nouveau-tour", EvenementVacance.NouveauTour.class, 1),
          // The CAL's decisions (org.sne4j.cal.DecisionCal), nested in demande.decision-cal-rendue.
          decision("cal.decision.attribution", DecisionCal.Attribution.class),
          decision("cal.decision.attribution-en-rang", DecisionCal.AttributionEnRang.class),
          decision("cal.decision.attribution-sous-condition", DecisionCal.AttributionSousCondition.class),
          decision("cal.decision.non-attribution", DecisionCal.NonAttribution.class),
          decision("cal.decision.irrecevabilite", DecisionCal.Irrecevabilite.class));

  /** The sealed hierarchies whose records the table names. */
  static final List<Class<?>> HIERARCHIES =
      List.of(EvenementDemande.class, EvenementVacance.class, DecisionCal.class);

  /** The hierarchies of events that a store keeps, one document per event. */
  public static final List<Class<?>> STORED_EVENTS = List.of(EvenementDemande.class, EvenementVacance.class);

  private static final Map<String, Entry> BY_ID = new LinkedHashMap<>();
  private static final Map<Class<?>, Entry> BY_TYPE = new LinkedHashMap<>();

  static {
    for (Entry entry : TABLE) {
      if (BY_ID.put(entry.id(), entry) != null || BY_TYPE.put(entry.type(), entry) != null) {
        throw new ExceptionInInitializerError("Duplicate type registry entry: " + entry);
      }
    }
  }

  private TypeRegistry() {}

  private static Entry event(String id, Class<? extends EvenementDemande> type, int version) {
    return new Entry(id, type, EvenementDemande.class, version);
  }

  private static Entry vacance(String id, Class<? extends EvenementVacance> type, int version) {
    return new Entry(id, type, EvenementVacance.class, version);
  }

  private static Entry decision(String id, Class<? extends DecisionCal> type) {
    return new Entry(id, type, DecisionCal.class, 1);
  }

  /** Every line of the table, events first, in a stable order. */
  public static List<Entry> entries() {
    return TABLE;
  }

  /**
   * The lines of the records of {@code base} ({@code EvenementDemande.class}, {@code
   * EvenementVacance.class} or {@code DecisionCal.class}).
   */
  public static List<Entry> entries(Class<?> base) {
    return TABLE.stream().filter(e -> e.base().equals(base)).toList();
  }

  /** The line of a type identifier, if it is known. */
  public static Optional<Entry> byId(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  /** The line of a record class, if it is registered. */
  public static Optional<Entry> byType(Class<?> type) {
    return Optional.ofNullable(BY_TYPE.get(type));
  }

  /**
   * The type identifier of {@code type}.
   *
   * @throws IllegalArgumentException when the class has no line in the table
   */
  public static String idOf(Class<?> type) {
    return byType(type)
        .map(Entry::id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "No stable type identifier for " + type.getName() + ": add it to TypeRegistry"));
  }
}
