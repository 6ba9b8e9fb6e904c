/**
 * Contract kits: abstract JUnit 5 classes that check an implementation of a port of {@code
 * org.sne4j.spi} against the guarantees of its Javadoc, one {@code @Nested} group per capability,
 * with a model-based part on {@link org.sne4j.testkit.property.StatefulProperty} where the port has
 * state. The in-memory defaults, the PostgreSQL adapter and a vendor's own implementations extend
 * them; the recipe is in the testkit's README ("Contract kits").
 */
package org.sne4j.testkit.contrat;
