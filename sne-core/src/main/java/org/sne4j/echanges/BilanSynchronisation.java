package org.sne4j.echanges;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sne4j.demande.NumeroUnique;

/**
 * What a run of the inbound synchronisation did, item by item.
 *
 * @param prochainDepuis the instant to pass to the next run: the start of this one, or the
 *     previous instant again when an item could not be applied for a transient reason (a conflict
 *     that outlived the retries), so that the next run fetches it again — items already applied
 *     are recognised and skipped
 * @param elements every item received, in the order received, with its outcome
 */
public record BilanSynchronisation(Instant prochainDepuis, List<Element> elements) {

  /** What the item was. */
  public enum Nature {
    /** A DALO decision of a commission de médiation. */
    DECISION_DALO,
    /** A radiation pronounced in the national system. */
    RADIATION
  }

  /** What became of the item. */
  public enum Issue {
    /** A DALO label was recorded. */
    LABEL_RECONNU,
    /** A DALO label was withdrawn (decision lapsed). */
    LABEL_RETIRE,
    /** The radiation was recorded on the local demand. */
    RADIATION_APPLIQUEE,
    /** No local demand has this number, or it is radiated locally. */
    DEMANDE_ABSENTE,
    /** Already applied (by a previous run, or the local demand's own radiation coming back). */
    DEJA_APPLIQUE,
    /** A local rule refused it: {@link Element#codeRefus()} names the rule. */
    REFUSE,
    /** Other writers kept changing the demand: retried on the next run. */
    CONFLIT
  }

  /**
   * One item and its outcome.
   *
   * @param nature what it was
   * @param numero the demand concerned
   * @param issue what became of it
   * @param codeRefus for a {@link Issue#REFUSE}, the stable code of the rule that refused it
   */
  public record Element(Nature nature, NumeroUnique numero, Issue issue, Optional<String> codeRefus) {

    public Element {
      Objects.requireNonNull(nature, "nature");
      Objects.requireNonNull(numero, "numero");
      Objects.requireNonNull(issue, "issue");
      Objects.requireNonNull(codeRefus, "codeRefus");
      if (codeRefus.isPresent() != (issue == Issue.REFUSE)) {
        throw new IllegalArgumentException("A refusal code goes with a refused item only: " + issue + " " + codeRefus);
      }
    }
  }

  public BilanSynchronisation {
    Objects.requireNonNull(prochainDepuis, "prochainDepuis");
    elements = List.copyOf(elements);
  }

  /** How many items of {@code nature} had {@code issue}. */
  public long nombre(Nature nature, Issue issue) {
    return elements.stream().filter(e -> e.nature() == nature && e.issue() == issue).count();
  }

  /** DALO labels recorded. */
  public long labelsReconnus() {
    return nombre(Nature.DECISION_DALO, Issue.LABEL_RECONNU);
  }

  /** DALO labels withdrawn. */
  public long labelsRetires() {
    return nombre(Nature.DECISION_DALO, Issue.LABEL_RETIRE);
  }

  /** DALO decisions not applied (absent demand, already applied, refused, conflict). */
  public long decisionsIgnorees() {
    return elements.stream().filter(e -> e.nature() == Nature.DECISION_DALO).count() - labelsReconnus() - labelsRetires();
  }

  /** Radiations recorded on local demands. */
  public long radiationsAppliquees() {
    return nombre(Nature.RADIATION, Issue.RADIATION_APPLIQUEE);
  }

  /** Radiations not applied (absent or radiated demand, refused, conflict). */
  public long radiationsIgnorees() {
    return elements.stream().filter(e -> e.nature() == Nature.RADIATION).count() - radiationsAppliquees();
  }

  /** The items a local rule refused, for follow-up. */
  public List<Element> refus() {
    return elements.stream().filter(e -> e.issue() == Issue.REFUSE).toList();
  }
}
