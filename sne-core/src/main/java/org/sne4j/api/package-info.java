/**
 * The application API: {@link org.sne4j.api.Sne}, the one entry point an application builds: a thin
 * composition of the application services, one accessor per capability; and
 * the errors it documents — {@link org.sne4j.commun.RefusException} for a business refusal (a rule
 * not met, with its stable code and French message), {@code FormulaireInvalideException} for
 * invalid input (all violations, with codes and paths), and the infrastructure failures of {@link
 * org.sne4j.spi} (conflict and unavailability retryable).
 */
package org.sne4j.api;
