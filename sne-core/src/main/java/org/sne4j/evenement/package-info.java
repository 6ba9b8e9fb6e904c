/**
 * The timeline of a demand: its events in order, described in French, with who recorded them
 * and when (CCH R441-2-15), withdrawals marked. The events themselves are the demand's, in {@code
 * org.sne4j.demande.EvenementDemande}.
 */
package org.sne4j.evenement;
