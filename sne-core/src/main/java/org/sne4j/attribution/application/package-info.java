/**
 * The application service of the attribution process, {@link
 * org.sne4j.attribution.application.ServiceAttributions}: it runs the vacancy's commands (each an
 * atomic append of the vacancy's and the candidates' events), builds the CAL's file, and answers
 * the attribution records from their read model. The rules live in the pure {@link
 * org.sne4j.attribution.DecisionsVacance}.
 */
package org.sne4j.attribution.application;
