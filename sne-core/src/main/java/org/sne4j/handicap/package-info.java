/**
 * Disability: the « complément handicap » of the demand (CCH R441-2-2 i) and the accessibility
 * equipment shared with the description of dwellings. The lists are the SNE's ({@code
 * ListeEtatHandicap}, {@code ListeCapaciteMarcheHandicap}, {@code ListeNatureHandicapMoteur},
 * {@code ListeNatureHandicapSensoriel}, {@code ListeAideTechniqueHandicap}, {@code
 * ListeEquipementHandicap}).
 */
package org.sne4j.handicap;
