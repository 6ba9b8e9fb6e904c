package org.sne4j.testkit.property;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What happened during the generation phase of one run: filter rejections, for the "gave up" message. */
class RunStatistics {

    /** No bookkeeping (replay and shrinking). */
    static final RunStatistics NONE = new RunStatistics() {
        @Override
        void filterAttempt(Object filter, String description, boolean rejected) {
            // nothing
        }
    };

    private static final class FilterCount {
        final String description;
        long attempts;
        long rejections;

        FilterCount(String description) {
            this.description = description;
        }
    }

    private final Map<Object, FilterCount> filters = new IdentityHashMap<>();

    void filterAttempt(Object filter, String description, boolean rejected) {
        FilterCount count = filters.computeIfAbsent(filter, f -> new FilterCount(description));
        count.attempts++;
        if (rejected) {
            count.rejections++;
        }
    }

    /** One line per filter that rejected something, worst first. */
    List<String> filterReport() {
        List<FilterCount> counts = new ArrayList<>(filters.values());
        counts.removeIf(c -> c.rejections == 0);
        counts.sort((a, b) -> Double.compare(ratio(b), ratio(a)));
        List<String> lines = new ArrayList<>();
        for (FilterCount c : counts) {
            lines.add(String.format(Locale.ROOT, "filter %s rejected %d of %d values (%.1f %%)",
                    c.description, c.rejections, c.attempts, 100.0 * ratio(c)));
        }
        return lines;
    }

    private static double ratio(FilterCount c) {
        return c.attempts == 0 ? 0 : (double) c.rejections / c.attempts;
    }
}
