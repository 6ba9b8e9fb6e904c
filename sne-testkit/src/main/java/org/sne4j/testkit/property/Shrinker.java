package org.sne4j.testkit.property;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sne4j.testkit.property.ChoiceSource.Span;
import org.sne4j.testkit.property.Engine.Outcome;
import org.sne4j.testkit.property.Engine.Status;

/**
 * Shrinks a failing choice sequence. A candidate replaces the current best only if re-running the test case
 * on it fails again, with the same exception class, and the choices it actually consumed are smaller in
 * shortlex order (shorter, or as long and lexicographically smaller), so shrinking always terminates. Passes,
 * repeated until none makes progress or the budget is spent:
 * <ol>
 * <li>delete the choices of one generated value (a span: e.g. one list element with its "more?" flag);</li>
 * <li>delete blocks of 8, 4, 2 and 1 consecutive choices;</li>
 * <li>zero the choices of one span (its simplest value);</li>
 * <li>minimise each choice: 0, else binary search between 0 and its value;</li>
 * <li>minimise equal choices together (e.g. the two equal elements a "distinct" property needs);</li>
 * <li>sort, then swap, adjacent sibling spans of the same generator;</li>
 * <li>move an amount from a numeric choice to a later one (e.g. {@code [50, 50]} to {@code [0, 100]});</li>
 * <li>when stuck: lower a choice by one and delete a span after it (a count drawn before its elements).</li>
 * </ol>
 */
final class Shrinker {

    /** Hard cap on candidates per shrink, in addition to the time budget. */
    static final int MAX_ATTEMPTS = 200_000;
    private static final int REDISTRIBUTE_WINDOW = 16;
    private static final int LOWER_AND_DELETE_WINDOW = 32;
    private static final Comparator<long[]> SHORTLEX = Shrinker::compare;

    private final Engine.TestCase test;
    private final int size;
    private final Class<? extends Throwable> failureClass;
    private final long startNanos;
    private final long budgetNanos;
    private final Set<Key> seen = new HashSet<>();
    private Outcome best;
    private int attempts;
    private int successes;
    private boolean timedOut;

    private Outcome intervalsOf;
    private List<int[]> intervals;

    Shrinker(Engine.TestCase test, Outcome failing, int size, Duration budget) {
        this.test = test;
        this.best = failing;
        this.size = size;
        this.failureClass = failing.failure().getClass();
        this.startNanos = System.nanoTime();
        long nanos;
        try {
            nanos = budget.toNanos();
        } catch (ArithmeticException e) {
            nanos = Long.MAX_VALUE;
        }
        this.budgetNanos = nanos;
        seen.add(new Key(failing.choices()));
    }

    int attempts() {
        return attempts;
    }

    int successes() {
        return successes;
    }

    boolean timedOut() {
        return timedOut;
    }

    Outcome shrink() {
        consider(new long[0]);
        boolean improved = true;
        while (improved && !stopped()) {
            improved = false;
            improved |= deleteSpans();
            improved |= deleteBlocks();
            improved |= zeroSpans();
            improved |= minimiseChoices();
            improved |= minimiseDuplicates();
            improved |= reorderSiblings();
            improved |= redistribute();
            if (!improved) {
                improved = lowerAndDelete();
            }
        }
        return best;
    }

    // ------------------------------------------------------------------------------------------------

    private boolean deleteSpans() {
        boolean improved = false;
        int i = Integer.MAX_VALUE;
        while (!stopped()) {
            List<int[]> spans = intervals();
            i = Math.min(i, spans.size()) - 1;
            if (i < 0) {
                break;
            }
            int[] span = spans.get(i);
            improved |= consider(delete(best.choices(), span[0], span[1]));
        }
        return improved;
    }

    private boolean deleteBlocks() {
        boolean improved = false;
        for (int k : new int[] {8, 4, 2, 1}) {
            int i = Integer.MAX_VALUE;
            while (!stopped()) {
                long[] c = best.choices();
                i = Math.min(i, c.length - k + 1) - 1;
                if (i < 0) {
                    break;
                }
                improved |= consider(delete(c, i, i + k));
            }
        }
        return improved;
    }

    private boolean zeroSpans() {
        boolean improved = false;
        for (int i = 0; i < intervals().size() && !stopped(); i++) {
            int[] span = intervals().get(i);
            long[] c = best.choices();
            long[] candidate = c.clone();
            boolean changed = false;
            for (int k = span[0]; k < span[1] && k < c.length; k++) {
                changed |= candidate[k] != 0;
                candidate[k] = 0;
            }
            if (changed) {
                improved |= consider(candidate);
            }
        }
        return improved;
    }

    private boolean minimiseChoices() {
        boolean improved = false;
        for (int i = 0; i < best.choices().length && !stopped(); i++) {
            long value = best.choices()[i];
            if (value == 0) {
                continue;
            }
            if (consider(with(best.choices(), i, 0))) {
                improved = true;
                continue;
            }
            long lo = 0;
            long hi = value;
            while (hi - lo > 1 && !stopped()) {
                long[] c = best.choices();
                if (i >= c.length || c[i] != hi) {
                    break;
                }
                long mid = lo + (hi - lo) / 2;
                if (consider(with(c, i, mid))) {
                    hi = mid;
                    improved = true;
                } else {
                    lo = mid;
                }
            }
        }
        return improved;
    }

    private boolean minimiseDuplicates() {
        boolean improved = false;
        Map<Long, List<Integer>> byValue = new HashMap<>();
        long[] start = best.choices();
        long[] maxes = best.maxes();
        for (int i = 0; i < start.length; i++) {
            if (start[i] > 0 && maxes[i] > 1) {
                byValue.computeIfAbsent(start[i], v -> new ArrayList<>()).add(i);
            }
        }
        for (Map.Entry<Long, List<Integer>> group : byValue.entrySet()) {
            List<Integer> indexes = group.getValue();
            if (indexes.size() < 2 || stopped()) {
                continue;
            }
            long lo = -1;
            long hi = group.getKey();
            while (hi - lo > 1 && !stopped()) {
                long[] c = best.choices();
                if (!allEqual(c, indexes, hi)) {
                    break;
                }
                long mid = lo + 1 == 0 && hi > 1 ? 0 : lo + (hi - lo) / 2;
                long[] candidate = c.clone();
                for (int i : indexes) {
                    candidate[i] = mid;
                }
                if (consider(candidate)) {
                    hi = mid;
                    improved = true;
                } else {
                    lo = mid;
                }
            }
        }
        return improved;
    }

    private static boolean allEqual(long[] c, List<Integer> indexes, long value) {
        for (int i : indexes) {
            if (i >= c.length || c[i] != value) {
                return false;
            }
        }
        return true;
    }

    /** Sorts each run of adjacent sibling spans made by the same generator, then swaps neighbours. */
    private boolean reorderSiblings() {
        boolean improved = false;
        for (int r = 0; r < siblingRuns().size() && !stopped(); r++) {
            List<int[]> run = siblingRuns().get(r);
            long[] c = best.choices();
            List<long[]> parts = new ArrayList<>();
            for (int[] span : run) {
                parts.add(slice(c, span[0], span[1]));
            }
            List<long[]> sorted = new ArrayList<>(parts);
            sorted.sort(SHORTLEX);
            improved |= consider(replace(c, run.get(0)[0], run.get(run.size() - 1)[1], sorted));
        }
        for (int r = 0; r < siblingRuns().size() && !stopped(); r++) {
            List<int[]> run = siblingRuns().get(r);
            for (int k = 0; k + 1 < run.size() && !stopped(); k++) {
                long[] c = best.choices();
                long[] first = slice(c, run.get(k)[0], run.get(k)[1]);
                long[] second = slice(c, run.get(k + 1)[0], run.get(k + 1)[1]);
                if (compare(second, first) < 0) {
                    if (consider(replace(c, run.get(k)[0], run.get(k + 1)[1], List.of(second, first)))) {
                        improved = true;
                        break; // the runs changed
                    }
                }
            }
        }
        return improved;
    }

    private boolean redistribute() {
        boolean improved = false;
        for (int i = 0; i < best.choices().length && !stopped(); i++) {
            for (int j = i + 1; j <= i + REDISTRIBUTE_WINDOW && !stopped(); j++) {
                long[] c = best.choices();
                long[] maxes = best.maxes();
                if (j >= c.length || c[i] == 0) {
                    break;
                }
                if (maxes[i] <= 1 || maxes[j] <= 1) {
                    continue;
                }
                long amount = Math.min(c[i], maxes[j] - c[j]);
                if (amount <= 0) {
                    continue;
                }
                long[] candidate = c.clone();
                candidate[i] -= amount;
                candidate[j] += amount;
                if (consider(candidate)) {
                    improved = true;
                } else if (amount > 1) {
                    candidate = c.clone();
                    candidate[i] -= amount / 2;
                    candidate[j] += amount / 2;
                    improved |= consider(candidate);
                }
            }
        }
        return improved;
    }

    private boolean lowerAndDelete() {
        boolean improved = false;
        for (int i = 0; i < best.choices().length && !stopped(); i++) {
            for (int s = 0; s < intervals().size() && !stopped(); s++) {
                long[] c = best.choices();
                int[] span = intervals().get(s);
                if (i >= c.length || c[i] == 0) {
                    break;
                }
                if (span[0] <= i || span[0] > i + LOWER_AND_DELETE_WINDOW) {
                    continue;
                }
                improved |= consider(delete(with(c, i, c[i] - 1), span[0], span[1]));
            }
        }
        return improved;
    }

    // ------------------------------------------------------------------------------------------------

    /** Runs the candidate if it is new and smaller than the best; keeps it if it still fails the same way. */
    private boolean consider(long[] candidate) {
        if (stopped()) {
            return false;
        }
        long[] trimmed = trim(candidate);
        if (compare(trimmed, best.choices()) >= 0 || !seen.add(new Key(trimmed))) {
            return false;
        }
        attempts++;
        Outcome outcome = Engine.execute(test, ChoiceSource.replay(trimmed, size));
        if (outcome.status() == Status.FAILED && outcome.failure().getClass() == failureClass
                && compare(outcome.choices(), best.choices()) < 0) {
            best = outcome;
            successes++;
            seen.add(new Key(outcome.choices()));
            return true;
        }
        return false;
    }

    private boolean stopped() {
        if (attempts >= MAX_ATTEMPTS || timedOut) {
            return true;
        }
        if (System.nanoTime() - startNanos >= budgetNanos) {
            timedOut = true;
        }
        return timedOut;
    }

    /** Distinct non-empty spans of the best outcome, clamped to its choices, in start order. */
    private List<int[]> intervals() {
        if (intervalsOf != best) {
            Set<Long> unique = new LinkedHashSet<>();
            int length = best.choices().length;
            for (Span span : best.spans()) {
                int end = Math.min(span.end, length);
                if (span.start < end) {
                    unique.add(((long) span.start << 32) | end);
                }
            }
            intervals = new ArrayList<>();
            for (long u : unique) {
                intervals.add(new int[] {(int) (u >>> 32), (int) u});
            }
            intervals.sort(Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> -a[1]));
            intervalsOf = best;
            runsOf = null;
        }
        return intervals;
    }

    private Outcome runsOf;
    private List<List<int[]>> runs;

    /** Runs of at least two adjacent spans with the same parent and the same generator. */
    private List<List<int[]>> siblingRuns() {
        intervals();
        if (runsOf != best) {
            runs = new ArrayList<>();
            List<Span> spans = best.spans();
            int length = best.choices().length;
            Map<Integer, List<Span>> children = new HashMap<>();
            for (Span span : spans) {
                if (span.length() > 0 && span.start < length) {
                    children.computeIfAbsent(span.parent, p -> new ArrayList<>()).add(span);
                }
            }
            for (List<Span> siblings : children.values()) {
                List<int[]> run = new ArrayList<>();
                Span previous = null;
                for (Span span : siblings) {
                    boolean continues = previous != null && previous.end == span.start
                            && previous.label.equals(span.label);
                    if (!continues) {
                        addRun(run);
                        run = new ArrayList<>();
                    }
                    run.add(new int[] {span.start, span.end});
                    previous = span;
                }
                addRun(run);
            }
            runs.sort(Comparator.comparingInt(r -> r.get(0)[0]));
            runsOf = best;
        }
        return runs;
    }

    private void addRun(List<int[]> run) {
        if (run.size() >= 2) {
            runs.add(run);
        }
    }

    // ------------------------------------------------------------------------------------------------

    static int compare(long[] a, long[] b) {
        if (a.length != b.length) {
            return Integer.compare(a.length, b.length);
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return Long.compare(a[i], b[i]);
            }
        }
        return 0;
    }

    private static long[] trim(long[] c) {
        int n = c.length;
        while (n > 0 && c[n - 1] == 0) {
            n--;
        }
        return n == c.length ? c : Arrays.copyOf(c, n);
    }

    private static long[] delete(long[] c, int from, int to) {
        int end = Math.min(to, c.length);
        if (from >= end) {
            return c;
        }
        long[] out = new long[c.length - (end - from)];
        System.arraycopy(c, 0, out, 0, from);
        System.arraycopy(c, end, out, from, c.length - end);
        return out;
    }

    private static long[] with(long[] c, int index, long value) {
        long[] out = c.clone();
        out[index] = value;
        return out;
    }

    /** The choices in {@code [from, to)}, zeros beyond the end (an exhausted sequence reads zeros). */
    private static long[] slice(long[] c, int from, int to) {
        long[] out = new long[to - from];
        for (int k = from; k < to && k < c.length; k++) {
            out[k - from] = c[k];
        }
        return out;
    }

    private static long[] replace(long[] c, int from, int to, List<long[]> parts) {
        long[] padded = c.length >= to ? c : Arrays.copyOf(c, to);
        int total = 0;
        for (long[] part : parts) {
            total += part.length;
        }
        long[] out = new long[padded.length - (to - from) + total];
        System.arraycopy(padded, 0, out, 0, from);
        int at = from;
        for (long[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        System.arraycopy(padded, to, out, at, padded.length - to);
        return out;
    }

    private static final class Key {
        private final long[] choices;
        private final int hash;

        Key(long[] choices) {
            this.choices = choices;
            this.hash = Arrays.hashCode(choices);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && Arrays.equals(choices, ((Key) o).choices);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
