package org.sne4j.eligibilite;

import org.sne4j.commun.Regle;

/**
 * The result of one eligibility check: the rule checked and a French sentence that a CAL file or
 * an applicant can read. Each implementation also carries the figures the sentence quotes.
 */
public interface Verification {

  /** The rule checked. */
  Regle regle();

  /** The result in one French sentence, with its figures. */
  String explication();
}
