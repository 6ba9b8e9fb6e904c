package org.sne4j.testkit.property;

import java.io.PrintStream;
import java.lang.reflect.Array;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.opentest4j.TestAbortedException;

/**
 * The runner shared by {@link Property}, {@link PropertyExtension} and {@link StatefulProperty}: generates
 * test cases from a seeded random source, stops at the first failure, shrinks it, re-runs the shrunk case
 * and reports.
 */
final class Engine {

    /** A test case: generates from the context's source, records the example, checks; throws on failure. */
    @FunctionalInterface
    interface TestCase {
        void run(CaseContext context) throws Throwable;
    }

    enum Status { PASSED, DISCARDED, FAILED }

    /** The result of running one test case. */
    record Outcome(Status status, Throwable failure, CaseContext context, long[] choices, long[] maxes,
            List<ChoiceSource.Span> spans) {
    }

    private Engine() {
    }

    /**
     * The size of the {@code index}-th case (0-based) of a run of {@code tries}: grows linearly from near 0
     * and reaches {@link Gen#MAX_SIZE} halfway through the run.
     */
    static int sizeFor(int index, int tries) {
        long half = Math.max(1, (tries + 1) / 2);
        return (int) Math.min(Gen.MAX_SIZE, (index + 1L) * Gen.MAX_SIZE / half);
    }

    /** How many discarded cases a run of {@code tries} tolerates before giving up. */
    static int maxDiscards(int tries) {
        return (int) Math.min(Integer.MAX_VALUE, 10L * tries + 100);
    }

    /** Runs one test case on the source, catching everything but fatal errors. */
    static Outcome execute(TestCase test, ChoiceSource source) {
        CaseContext context = new CaseContext(source);
        CaseContext previous = CaseContext.enter(context);
        Status status;
        Throwable failure = null;
        try {
            test.run(context);
            status = Status.PASSED;
        } catch (Discard | TestAbortedException e) {
            status = Status.DISCARDED;
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (Throwable t) {
            status = Status.FAILED;
            failure = t;
        } finally {
            CaseContext.leave(previous);
        }
        return new Outcome(status, failure, context, source.choices(), source.maxes(), source.spans());
    }

    /** Runs the property; returns normally if it holds, throws {@link PropertyFailure} otherwise. */
    static void run(Settings settings, TestCase test) {
        SplittableRandom master = new SplittableRandom(settings.seed());
        RunStatistics statistics = new RunStatistics();
        Map<String, Integer> labels = new LinkedHashMap<>();
        int passed = 0;
        int discarded = 0;
        int index = 0;
        while (passed < settings.tries()) {
            int size = sizeFor(index, settings.tries());
            ChoiceSource source = ChoiceSource.random(master.split(), size, statistics);
            index++;
            Outcome outcome = execute(test, source);
            switch (outcome.status()) {
                case PASSED:
                    passed++;
                    for (String label : outcome.context().labels()) {
                        labels.merge(label, 1, Integer::sum);
                    }
                    break;
                case DISCARDED:
                    discarded++;
                    if (discarded > maxDiscards(settings.tries())) {
                        throw gaveUp(settings, passed, discarded, index, statistics);
                    }
                    break;
                default:
                    throw falsified(settings, test, outcome, size, index);
            }
        }
        printStatistics(settings, passed, discarded, labels);
        checkCoverage(settings, passed, labels);
    }

    private static PropertyFailure falsified(Settings settings, TestCase test, Outcome original, int size,
            int index) {
        long start = System.nanoTime();
        Shrinker shrinker = new Shrinker(test, original, size, settings.maxShrinkTime());
        Outcome shrunk = shrinker.shrink();
        // Run the shrunk case once more, so that the reported cause is its own failure.
        Outcome last = execute(test, ChoiceSource.replay(shrunk.choices(), size));
        boolean flaky = last.status() != Status.FAILED;
        if (!flaky) {
            shrunk = last;
        }
        Duration shrinkDuration = Duration.ofNanos(System.nanoTime() - start);

        StringBuilder message = new StringBuilder();
        message.append("Property ").append(settings.name()).append(" falsified after ").append(index).append(' ')
                .append(plural(settings.noun(), index)).append(" (seed ").append(settings.seed()).append(", ")
                .append(settings.tries()).append(' ').append(plural(settings.noun(), settings.tries()))
                .append(" configured).\n");
        message.append("Original counter-example:\n").append(indent(original.context().description()));
        message.append("Original failure: ").append(oneLine(original.failure())).append('\n');
        message.append("Shrunk counter-example (").append(shrinker.successes()).append(" successful shrink steps of ")
                .append(shrinker.attempts()).append(" attempted, ").append(shrinkDuration.toMillis()).append(" ms")
                .append(shrinker.timedOut() ? "; stopped at the " + settings.maxShrinkTime().toMillis()
                        + " ms limit, it may not be minimal" : "")
                .append("):\n").append(indent(shrunk.context().description()));
        message.append("Failure of the shrunk counter-example:\n").append(indent(String.valueOf(shrunk.failure())));
        if (flaky) {
            message.append("WARNING: the shrunk counter-example passed when run again: the property is not "
                    + "deterministic (shared state, time, randomness?).\n");
        }
        message.append(settings.replayHint());

        PropertyFailure.Facts facts = new PropertyFailure.Facts(PropertyFailure.Kind.FALSIFIED, settings.seed(),
                index, original.context().value(), original.context().description(), shrunk.context().value(),
                shrunk.context().description(), shrinker.successes(), shrinker.attempts(), shrinkDuration,
                shrinker.timedOut());
        return new PropertyFailure(message.toString(), shrunk.failure(), facts);
    }

    private static PropertyFailure gaveUp(Settings settings, int passed, int discarded, int index,
            RunStatistics statistics) {
        StringBuilder message = new StringBuilder();
        message.append(String.format(Locale.ROOT,
                "Property %s gave up: %d of %d generated cases were discarded (%.1f %%), only %d of %d %s passed "
                        + "(seed %d).%n",
                settings.name(), discarded, index, 100.0 * discarded / index, passed, settings.tries(),
                plural(settings.noun(), settings.tries()), settings.seed()));
        List<String> filters = statistics.filterReport();
        if (filters.isEmpty()) {
            message.append("No filter rejected anything: the discards come from assume(...) or assumptions.\n");
        } else {
            for (String line : filters) {
                message.append("  ").append(line).append('\n');
            }
        }
        message.append("Generate valid values directly (map a simpler generator, narrow the ranges) instead of "
                + "filtering or assuming most of them away.");
        return new PropertyFailure(message.toString(), null,
                PropertyFailure.Facts.withoutExample(PropertyFailure.Kind.GAVE_UP, settings.seed(), index));
    }

    private static void checkCoverage(Settings settings, int passed, Map<String, Integer> labels) {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Double> required : settings.coverage().entrySet()) {
            double actual = percent(labels.getOrDefault(required.getKey(), 0), passed);
            if (actual < required.getValue()) {
                missing.add(String.format(Locale.ROOT, "label '%s' covers %.1f %% of the cases, at least %.1f %% "
                        + "required", required.getKey(), actual, required.getValue()));
            }
        }
        if (!missing.isEmpty()) {
            throw new PropertyFailure("Property " + settings.name() + " has insufficient coverage (" + passed + " "
                    + plural(settings.noun(), passed) + ", seed " + settings.seed() + "):\n  "
                    + String.join("\n  ", missing)
                    + "\nGenerate such cases more often (frequency, edge cases) or lower the requirement.",
                    null, PropertyFailure.Facts.withoutExample(PropertyFailure.Kind.INSUFFICIENT_COVERAGE,
                            settings.seed(), passed));
        }
    }

    private static void printStatistics(Settings settings, int passed, int discarded, Map<String, Integer> labels) {
        if (labels.isEmpty() && settings.coverage().isEmpty()) {
            return;
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "[sne-testkit] %s: %d %s passed%s, seed %d%n", settings.name(),
                passed, plural(settings.noun(), passed), discarded == 0 ? "" : " (" + discarded + " discarded)",
                settings.seed()));
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(labels.entrySet());
        for (String required : settings.coverage().keySet()) {
            if (!labels.containsKey(required)) {
                entries.add(Map.entry(required, 0));
            }
        }
        entries.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
        for (Map.Entry<String, Integer> e : entries) {
            out.append(String.format(Locale.ROOT, "  %5.1f %%  %s%n", percent(e.getValue(), passed), e.getKey()));
        }
        PrintStream stdout = System.out;
        stdout.print(out);
        stdout.flush();
    }

    private static double percent(int count, int total) {
        return total == 0 ? 0 : 100.0 * count / total;
    }

    static String plural(String noun, long count) {
        if (count == 1) {
            return noun;
        }
        return noun.endsWith("y") && !noun.endsWith("ay") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
    }

    /** A readable text for a generated value: strings quoted, arrays expanded. */
    static String show(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String) {
            return '"' + ((String) value).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                    .replace("\t", "\\t").replace("\r", "\\r") + '"';
        }
        if (value instanceof Character) {
            return "'" + value + "'";
        }
        if (value.getClass().isArray()) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(show(Array.get(value, i)));
            }
            return items.toString();
        }
        return String.valueOf(value);
    }

    /** The exception on one line (whitespace collapsed), abbreviated. */
    private static String oneLine(Throwable t) {
        String text = String.valueOf(t).replaceAll("\\s+", " ").trim();
        return text.length() <= 200 ? text : text.substring(0, 197) + "…";
    }

    static String indent(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            out.append("    ").append(line).append('\n');
        }
        return out.toString();
    }
}
