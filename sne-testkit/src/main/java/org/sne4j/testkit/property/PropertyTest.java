package org.sne4j.testkit.property;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a JUnit 5 test method as a property: its {@link ForAll @ForAll} parameters are generated, the method
 * is run for each case, and a failure is shrunk and reported as a {@link PropertyFailure}, exactly as with
 * {@link Property#forAll(Gen)} (same runner, same system properties).
 *
 * <pre>{@code
 * @PropertyTest(tries = 500)
 * void additionCommutes(@ForAll("smallInts") int a, @ForAll("smallInts") int b) {
 *     assertThat(a + b).isEqualTo(b + a);
 * }
 *
 * static Gen<Integer> smallInts() {
 *     return Gen.ints(-1000, 1000);
 * }
 * }</pre>
 *
 * <p>JUnit lifecycle methods ({@code @BeforeEach}, {@code @AfterEach}) run once around the whole property, not
 * around each case: a property needing fresh state per case creates it in its body.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Test
@ExtendWith(PropertyExtension.class)
public @interface PropertyTest {

    /**
     * Number of (non-discarded) cases; {@code 0} (the default) means {@value Property#DEFAULT_TRIES} or the
     * {@code sne.testkit.tries} system property.
     *
     * @return the number of tries
     */
    int tries() default 0;

    /**
     * Seed of the run, to make it reproducible; {@code 0} (the default) means a random seed, printed on
     * failure. The {@code sne.testkit.seed} system property wins over it.
     *
     * @return the seed
     */
    long seed() default 0;

    /**
     * Time budget of shrinking, as an ISO-8601 duration ({@code "PT30S"}) or a number with a unit
     * ({@code "500ms"}, {@code "10s"}, {@code "2m"}); empty (the default) means 10 seconds.
     *
     * @return the budget
     */
    String maxShrinkTime() default "";
}
