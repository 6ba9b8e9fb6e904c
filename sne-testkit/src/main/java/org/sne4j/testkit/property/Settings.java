package org.sne4j.testkit.property;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * The resolved settings of one property run.
 *
 * @param name          the property's name, for messages
 * @param tries         how many valid (non-discarded) cases to run
 * @param triesExplicit whether the tries were set on the property (else they come from the system property or
 *                      the default, and the replay hint must repeat them)
 * @param seed          the seed of the run
 * @param maxShrinkTime the shrinking budget
 * @param coverage      label → minimum percentage of cases
 * @param pinHint       how to pin the seed in code, with {@code %d} for the seed (e.g. {@code .seed(%dL)})
 * @param noun          what a case is called in messages ("try", "sequence")
 */
record Settings(String name, int tries, boolean triesExplicit, long seed, Duration maxShrinkTime,
        Map<String, Double> coverage, String pinHint, String noun) {

    /** System property overriding the default number of tries for the whole run. */
    static final String TRIES_PROPERTY = "sne.testkit.tries";
    /** System property forcing the seed of every property (replay). */
    static final String SEED_PROPERTY = "sne.testkit.seed";
    static final int DEFAULT_TRIES = 100;
    static final Duration DEFAULT_MAX_SHRINK_TIME = Duration.ofSeconds(10);

    private static final Set<String> ENGINE_CLASSES =
            Set.of("Property", "StatefulProperty", "Engine", "Settings", "PropertyExtension");

    Settings {
        coverage = Map.copyOf(coverage);
    }

    /**
     * Resolves settings: an explicit number of tries wins, else {@code sne.testkit.tries}, else
     * {@value #DEFAULT_TRIES}; a seed forced by {@code sne.testkit.seed} wins over an explicit one, else a
     * fresh random seed (never 0, which the annotation uses for "random").
     */
    static Settings resolve(String name, Integer tries, Long seed, Duration maxShrinkTime,
            Map<String, Double> coverage, String pinHint, String noun, UnaryOperator<String> systemProperties) {
        int resolvedTries = tries != null ? tries : defaultTries(systemProperties);
        if (resolvedTries < 1) {
            throw new IllegalArgumentException("tries must be at least 1: " + resolvedTries);
        }
        Long forced = forcedSeed(systemProperties);
        long resolvedSeed = forced != null ? forced : seed != null ? seed : randomSeed();
        Duration shrink = maxShrinkTime != null ? maxShrinkTime : DEFAULT_MAX_SHRINK_TIME;
        if (shrink.isNegative()) {
            throw new IllegalArgumentException("maxShrinkTime must not be negative: " + shrink);
        }
        return new Settings(name, resolvedTries, tries != null, resolvedSeed, shrink,
                new LinkedHashMap<>(coverage), pinHint, noun);
    }

    static Settings resolve(String name, Integer tries, Long seed, Duration maxShrinkTime,
            Map<String, Double> coverage, String pinHint, String noun) {
        return resolve(name, tries, seed, maxShrinkTime, coverage, pinHint, noun, System::getProperty);
    }

    static int defaultTries(UnaryOperator<String> systemProperties) {
        String value = systemProperties.apply(TRIES_PROPERTY);
        if (value == null || value.isBlank()) {
            return DEFAULT_TRIES;
        }
        try {
            int tries = Integer.parseInt(value.trim());
            if (tries < 1) {
                throw new NumberFormatException();
            }
            return tries;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "System property " + TRIES_PROPERTY + " must be a positive integer, not '" + value + "'");
        }
    }

    static Long forcedSeed(UnaryOperator<String> systemProperties) {
        String value = systemProperties.apply(SEED_PROPERTY);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim().replaceFirst("[lL]$", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "System property " + SEED_PROPERTY + " must be a long, not '" + value + "'");
        }
    }

    static long randomSeed() {
        long seed;
        do {
            seed = new SplittableRandom().nextLong();
        } while (seed == 0);
        return seed;
    }

    /** How to run this property again with the same cases. */
    String replayHint() {
        String command = "-D" + SEED_PROPERTY + "=" + seed + (triesExplicit ? "" : " -D" + TRIES_PROPERTY + "=" + tries);
        return "Replay: add " + command + " to the Maven command (with -Dtest='" + testFilter()
                + "' to run only this test),\n    or pin the seed in code: " + String.format(pinHint, seed);
    }

    private String testFilter() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot) + "#" + name.substring(dot + 1);
    }

    /** "SimpleClass.method" of the first caller outside the engine, for messages. */
    static String callerName() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> !isEngine(f.getClassName()))
                .findFirst()
                .map(f -> simpleName(f.getClassName()) + "." + methodName(f.getMethodName()))
                .orElse("property"));
    }

    private static boolean isEngine(String className) {
        String prefix = Settings.class.getPackageName() + ".";
        if (!className.startsWith(prefix)) {
            return false;
        }
        String simple = className.substring(prefix.length());
        int dollar = simple.indexOf('$');
        return ENGINE_CLASSES.contains(dollar < 0 ? simple : simple.substring(0, dollar));
    }

    /** {@code lambda$myTest$3} (a property started inside a lambda) → {@code myTest}. */
    private static String methodName(String method) {
        if (method.startsWith("lambda$")) {
            int last = method.lastIndexOf('$');
            if (last > "lambda$".length()) {
                return method.substring("lambda$".length(), last);
            }
        }
        return method;
    }

    private static String simpleName(String className) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        // lambdas inside a test method: keep the outer class name readable
        int lambda = simple.indexOf("$$Lambda");
        return Objects.requireNonNull(lambda < 0 ? simple : simple.substring(0, lambda)).replace('$', '.');
    }
}
