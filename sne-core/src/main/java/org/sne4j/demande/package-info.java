/**
 * The demand (demande de logement social): its numéro unique, its content (the CERFA 14069), its
 * events — lifecycle and gestion partagée, one sealed hierarchy — and its lifecycle as pure
 * functions: {@code decide} turns a command into events or a refusal, {@code evolve} folds an event
 * into the state. Registration, modification, renewal (R441-2-7), radiation for each ground of
 * R441-2-8 with its timers, reactivation, end of retention.
 *
 * <p>Rules of the package: the stored events are the truth, the state is their fold; nothing here
 * reads a clock or does I/O; every refusal names its rule ({@link org.sne4j.demande.RegleDemande}).
 */
package org.sne4j.demande;
