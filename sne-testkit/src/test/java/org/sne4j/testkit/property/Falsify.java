package org.sne4j.testkit.property;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Runs a property expected to fail and returns its {@link PropertyFailure}; records the shrink figures
 * (printed with a {@code [shrink-stats]} prefix and written to {@code target/shrink-stats.txt}, one line per
 * falsified property of the test run).
 */
final class Falsify {

    private static final Path REPORT = Path.of("target", "shrink-stats.txt");
    private static boolean started;

    private Falsify() {
    }

    /**
     * The seed a property pinned to {@code pinned} really uses: {@code -Dsne.testkit.seed} wins (replay), so
     * the self-tests also pass when the whole run is replayed with a forced seed.
     */
    static long effectiveSeed(long pinned) {
        Long forced = Settings.forcedSeed(System::getProperty);
        return forced != null ? forced : pinned;
    }

    static PropertyFailure failureOf(String name, Runnable property) {
        try {
            property.run();
        } catch (PropertyFailure failure) {
            record(name, failure);
            return failure;
        }
        throw new AssertionError("the property '" + name + "' was expected to fail but passed");
    }

    private static synchronized void record(String name, PropertyFailure failure) {
        if (failure.kind() != PropertyFailure.Kind.FALSIFIED) {
            return;
        }
        String line = String.format(Locale.ROOT,
                "[shrink-stats] %-48s tries=%-4d shrink steps %4d successful / %5d attempted, %5d ms -> %s",
                name, failure.tries(), failure.shrinkStepsSuccessful(), failure.shrinkStepsAttempted(),
                failure.shrinkDuration().toMillis(), failure.shrunkExample().replace("\n", " | "));
        System.out.println(line);
        try {
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, started ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
            started = true;
        } catch (IOException e) {
            System.out.println("[shrink-stats] could not write " + REPORT + ": " + e);
        }
    }
}
