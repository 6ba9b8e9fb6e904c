/**
 * Attribution: from a vacant dwelling to a signed lease. A vacancy is an aggregate of its own
 * (its sealed {@link org.sne4j.attribution.EvenementVacance} hierarchy, {@link
 * org.sne4j.attribution.Vacance#evolve}); {@link org.sne4j.attribution.DecisionsVacance} decides
 * each step — designation by the holder of the right (R441-5) or by the préfet under the DALO,
 * listing with the three-candidate rule and its exceptions (R441-3), the five decisions, offers
 * with their time to answer (R441-10), suspensive conditions, the one lease — and produces, in
 * the same atomic append, the events of each candidate's demand, decided by the demand's own
 * rules. Attribution records and the CAL's file are queries over the events.
 *
 * <p>Rules of the package: pure functions; every refusal names its rule ({@link
 * org.sne4j.attribution.RegleAttribution}); local choices (time to answer above the ten-day floor,
 * consequences of a refusal, designation time) are {@link
 * org.sne4j.attribution.ReglesLocalesAttribution}.
 */
package org.sne4j.attribution;
