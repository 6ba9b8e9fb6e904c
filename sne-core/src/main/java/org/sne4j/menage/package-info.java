/**
 * The household (ménage): the applicant and co-holders (block D of the interfaceNuu format),
 * dependants, expected children, children received part-time, their resources and tax incomes;
 * and the household facts derived from them, each a pure function citing its legal ground:
 * persons to be housed (CCH L442-12), household category (arrêté du 29 juillet 1987 art. 2),
 * consumption units, monthly resources, household tax reference income.
 *
 * <p>Rule of the package: the records check their own invariants; the closed lists are enums
 * carrying their SNE code and French label.
 */
package org.sne4j.menage;
