/**
 * The actors of the gestion partagée: registration desks, bailleurs, réservataires, local
 * authorities and EPCI, State services, the SIAO, commissions, the applicant and the system
 * gestionnaire.
 *
 * <p>Rule of the package: every command and every event names its actor; an actor is a legal
 * entity identified by its kind and identifier (CCH R441-2-15).
 */
package org.sne4j.acteur;
