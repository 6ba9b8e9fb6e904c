package org.sne4j.testkit.property;

import java.time.Duration;

/**
 * A property that does not hold: it was falsified (a counter-example was found and shrunk), it gave up (too
 * many discarded cases, typically a filter that rejects almost everything), or a coverage requirement was
 * not met. The message is the full report: original and shrunk counter-examples, the failure of the shrunk
 * case, the seed, the number of tries, the shrink steps and how to replay. The {@linkplain #getCause() cause}
 * is the exception thrown by the shrunk case when it was run one last time.
 *
 * <p>The accessors let tests of generators and properties inspect the outcome (e.g. assert the exact shrunk
 * value).
 */
public class PropertyFailure extends AssertionError {

    private static final long serialVersionUID = 1L;

    /** Why a property failed. */
    public enum Kind {
        /** A counter-example was found. */
        FALSIFIED,
        /** Too many test cases were discarded (filters, assumptions) to reach the number of tries. */
        GAVE_UP,
        /** A label required by {@code requireAtLeast} was under-represented. */
        INSUFFICIENT_COVERAGE
    }

    /** The facts behind a failure, gathered by the engine. */
    record Facts(Kind kind, long seed, int tries, Object originalValue, String originalExample, Object shrunkValue,
            String shrunkExample, int shrinkStepsSuccessful, int shrinkStepsAttempted, Duration shrinkDuration,
            boolean shrinkTimedOut) {

        static Facts withoutExample(Kind kind, long seed, int tries) {
            return new Facts(kind, seed, tries, null, null, null, null, 0, 0, Duration.ZERO, false);
        }
    }

    private final transient Facts facts;

    PropertyFailure(String message, Throwable cause, Facts facts) {
        super(message, cause);
        this.facts = facts;
    }

    /**
     * Why the property failed.
     *
     * @return the kind of failure
     */
    public Kind kind() {
        return facts.kind();
    }

    /**
     * The seed of the run; pass it to {@code -Dsne.testkit.seed} or to {@code seed(...)} to replay it.
     *
     * @return the seed
     */
    public long seed() {
        return facts.seed();
    }

    /**
     * The number of test cases generated up to and including the failing one (discarded ones included).
     *
     * @return the number of tries
     */
    public int tries() {
        return facts.tries();
    }

    /**
     * The first counter-example found, before shrinking: the generated value (the arguments as a list for
     * several generators, the executed actions for a stateful property).
     *
     * @param <T> the expected type (unchecked cast)
     * @return the value, or {@code null} when the property was not falsified
     */
    @SuppressWarnings("unchecked")
    public <T> T originalValue() {
        return (T) facts.originalValue();
    }

    /**
     * The shrunk counter-example: the generated value (the arguments as a list for several generators, the
     * executed actions, the failing one last, for a stateful property).
     *
     * @param <T> the expected type (unchecked cast)
     * @return the value, or {@code null} when the property was not falsified
     */
    @SuppressWarnings("unchecked")
    public <T> T shrunkValue() {
        return (T) facts.shrunkValue();
    }

    /**
     * The original counter-example as shown in the message.
     *
     * @return its text, or {@code null} when the property was not falsified
     */
    public String originalExample() {
        return facts.originalExample();
    }

    /**
     * The shrunk counter-example as shown in the message.
     *
     * @return its text, or {@code null} when the property was not falsified
     */
    public String shrunkExample() {
        return facts.shrunkExample();
    }

    /**
     * How many shrink steps made the counter-example simpler.
     *
     * @return successful shrink steps
     */
    public int shrinkStepsSuccessful() {
        return facts.shrinkStepsSuccessful();
    }

    /**
     * How many candidate counter-examples the shrinker ran.
     *
     * @return attempted shrink steps
     */
    public int shrinkStepsAttempted() {
        return facts.shrinkStepsAttempted();
    }

    /**
     * How long shrinking took.
     *
     * @return the duration
     */
    public Duration shrinkDuration() {
        return facts.shrinkDuration();
    }

    /**
     * Whether shrinking stopped at its time limit (the shrunk example may then not be minimal).
     *
     * @return true if the time limit was hit
     */
    public boolean shrinkTimedOut() {
        return facts.shrinkTimedOut();
    }
}
