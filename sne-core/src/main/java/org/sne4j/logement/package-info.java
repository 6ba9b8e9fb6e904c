/**
 * Housing: the applicant's current housing and the dwelling he seeks (parts of the demand), and
 * the vocabulary of dwellings (SNE and RPLS typologies). Dwellings offered for attribution and
 * vacancies come here with the attribution issue.
 *
 * <p>Rule of the package: closed lists are enums with their SNE code and French label.
 */
package org.sne4j.logement;
