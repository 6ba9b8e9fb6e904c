/**
 * Eligibility of a household to a dwelling: the resource ceilings of the arrêté du 29 juillet
 * 1987 ({@link org.sne4j.eligibilite.PlafondsRessources}, bundled, dated, sourced and loadable),
 * the income compared with them ({@link org.sne4j.eligibilite.RevenuRetenu}, art. 4), the
 * explainable check ({@link org.sne4j.eligibilite.ControlePlafonds} answering a {@link
 * org.sne4j.eligibilite.VerificationPlafond}), and the local checks that the partners of a
 * territory parameterise: size adequacy ({@link org.sne4j.eligibilite.AdequationTaille}), effort
 * rate ({@link org.sne4j.eligibilite.TauxEffort}) and remaining income per consumption unit
 * ({@link org.sne4j.eligibilite.ResteAVivre}).
 *
 * <p>Rules of the package: every check is a pure function returning its result with the figures,
 * the rule ({@link org.sne4j.eligibilite.RegleEligibilite}) and one French sentence for a CAL
 * file or an applicant; amounts are {@link org.sne4j.commun.Montant} and rates {@link
 * java.math.BigDecimal}, compared exactly; reference data the law fixes is bundled with its source
 * and validity and never estimated — what is missing is answered as missing; local choices are
 * parameters with a validity period and a documented, illustrative default, never constants.
 */
package org.sne4j.eligibilite;
