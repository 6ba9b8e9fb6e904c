/**
 * The property-based testing engine of sne-testkit: generators with integrated shrinking, and runners for
 * JUnit 5.
 *
 * <ul>
 * <li>{@link org.sne4j.testkit.property.Gen} — generators (primitives, collections, combinators). Values are
 * built from a recorded sequence of bounded choices; shrinking simplifies that sequence and re-runs the
 * generators, so every generator shrinks and shrunk values keep satisfying ranges, filters and
 * preconditions.</li>
 * <li>{@link org.sne4j.testkit.property.Property} — the fluent form, inside a {@code @Test}:
 * {@code Property.forAll(gen).check(value -> ...)}.</li>
 * <li>{@link org.sne4j.testkit.property.PropertyTest} and {@link org.sne4j.testkit.property.ForAll} — the
 * annotation form.</li>
 * <li>{@link org.sne4j.testkit.property.StatefulProperty} and {@link org.sne4j.testkit.property.Action} —
 * sequences of actions against a model and a system under test.</li>
 * <li>{@link org.sne4j.testkit.property.Statistics} — labels and their distribution;
 * {@link org.sne4j.testkit.property.PropertyFailure} — the failure report.</li>
 * </ul>
 *
 * <p>Runs are reproducible from their seed. System properties: {@code sne.testkit.tries} sets the default
 * number of tries of the whole run, {@code sne.testkit.seed} forces the seed of every property (replay).
 *
 * <p><b>Dependency rule:</b> this package depends on nothing but the JDK and JUnit 5 (the Jupiter API and what
 * it brings: the platform commons and opentest4j). It must not depend on sne-core or any other library, so
 * that any module — and any vendor — can test with it. Domain generators, contract kits and fakes live in
 * sibling packages of sne-testkit and build on this one.
 */
package org.sne4j.testkit.property;
