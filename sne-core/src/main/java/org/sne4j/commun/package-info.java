/**
 * Values shared by every concept of the domain: amounts in euros without floating point ({@link
 * org.sne4j.commun.Montant}), coded values of the SNE's closed lists ({@link
 * org.sne4j.commun.CodeSne}), named rules ({@link org.sne4j.commun.Regle}) and business refusals
 * ({@link org.sne4j.commun.Refus}).
 *
 * <p>Rule of the package: nothing here knows a domain concept but the actor an event names;
 * everything here is immutable.
 */
package org.sne4j.commun;
