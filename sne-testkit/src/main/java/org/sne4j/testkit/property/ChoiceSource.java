package org.sne4j.testkit.property;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The recorded choice sequence every generator draws from.
 *
 * <p>A choice is a bounded non-negative {@code long} in {@code [0, max]}; {@code 0} is always the simplest
 * choice. In <em>random</em> mode the choices come from a seeded {@link SplittableRandom}; in <em>replay</em>
 * mode they come from a given sequence (the one being shrunk), clamped to the bound asked for, and once that
 * sequence is exhausted every draw returns {@code 0}. In both modes the choices actually made are recorded,
 * with their bounds and the spans (nested blocks of choices made by one generator call) that the shrinker
 * uses to delete, zero, swap or sort whole values.
 */
final class ChoiceSource {

    /** Beyond this many choices in one test case, every draw returns 0, which ends lists and recursion. */
    static final int MAX_CHOICES = 20_000;

    /** How a random-mode draw is distributed; replay ignores it. */
    enum Shape {
        /** Uniform in {@code [0, max]}. */
        UNIFORM,
        /** Uniform, with boundaries {@code 0, 1, max} mixed in with {@link Gen#EDGE_CASE_PROBABILITY}. */
        EDGES,
        /** Log-uniform magnitude that grows with the size, with boundaries mixed in as for {@link #EDGES}. */
        SCALED
    }

    /** A block of choices made by one generator call: {@code [start, end)}. */
    static final class Span {
        final int start;
        int end = -1;
        final int depth;
        final int parent;
        final String label;

        Span(int start, int depth, int parent, String label) {
            this.start = start;
            this.depth = depth;
            this.parent = parent;
            this.label = label;
        }

        int length() {
            return end - start;
        }
    }

    private final SplittableRandom random;
    private final long[] replay;
    private final int size;
    private final RunStatistics statistics;

    private long[] values = new long[32];
    private long[] maxes = new long[32];
    private int length;
    private final List<Span> spans = new ArrayList<>();
    private int openSpan = -1;
    private int depth;

    private ChoiceSource(SplittableRandom random, long[] replay, int size, RunStatistics statistics) {
        this.random = random;
        this.replay = replay;
        this.size = size;
        this.statistics = statistics;
    }

    static ChoiceSource random(SplittableRandom random, int size, RunStatistics statistics) {
        return new ChoiceSource(random, null, size, statistics);
    }

    static ChoiceSource replay(long[] choices, int size) {
        return new ChoiceSource(null, choices, size, RunStatistics.NONE);
    }

    /** The size of this test case, in {@code [0, }{@link Gen#MAX_SIZE}{@code ]}. */
    int size() {
        return size;
    }

    boolean isRandom() {
        return random != null;
    }

    RunStatistics statistics() {
        return statistics;
    }

    /**
     * True once a replayed sequence is used up (every further draw returns 0), or the choice limit is hit.
     * Retrying loops stop then: every further attempt would make the same all-zero choices.
     */
    boolean exhausted() {
        return length >= MAX_CHOICES || (replay != null && length >= replay.length);
    }

    /** Draws a choice in {@code [0, max]}. */
    long draw(long max, Shape shape) {
        if (max < 0) {
            throw new IllegalArgumentException("max < 0: " + max);
        }
        long value;
        if (length >= MAX_CHOICES) {
            return 0;
        } else if (random == null) {
            value = length < replay.length ? Math.min(replay[length], max) : 0;
            if (value < 0) {
                value = 0;
            }
        } else {
            value = randomValue(max, shape);
        }
        record(value, max);
        return value;
    }

    /** Draws {@code true} (recorded as 1) with probability {@code p} in random mode; {@code false} is simplest. */
    boolean flag(double p) {
        if (length >= MAX_CHOICES) {
            return false;
        }
        long value;
        if (random == null) {
            value = length < replay.length && replay[length] > 0 ? 1 : 0;
        } else {
            value = random.nextDouble() < p ? 1 : 0;
        }
        record(value, 1);
        return value == 1;
    }

    /**
     * The probability of adding one more element to a collection that can still grow by {@code maxExtra}
     * elements. Random mode only (replay reads the flags): 5 % of collections stay at their minimum size,
     * 5 % go to their maximum size when it is at most {@value #MAX_SIZE_EDGE} elements above the minimum,
     * the others get a geometric number of extra elements whose mean grows with the size
     * ({@code 0.5 + size / 10}, so up to about 10 at full size), truncated at the maximum.
     */
    double continueProbability(long maxExtra) {
        return continueProbability(maxExtra, 0.5 + size / 10.0);
    }

    /** As {@link #continueProbability(long)}, with the given mean number of extra elements. */
    double continueProbability(long maxExtra, double meanExtra) {
        if (random == null || maxExtra <= 0) {
            return 0.5;
        }
        double u = random.nextDouble();
        if (u < Gen.EDGE_CASE_PROBABILITY / 2) {
            return 0.0;
        }
        if (u < Gen.EDGE_CASE_PROBABILITY && maxExtra <= MAX_SIZE_EDGE) {
            return 1.0;
        }
        double mean = Math.min(maxExtra, meanExtra);
        return mean / (mean + 1);
    }

    static final int MAX_SIZE_EDGE = 100;

    private long randomValue(long max, Shape shape) {
        if (max == 0) {
            return 0;
        }
        if (shape != Shape.UNIFORM && random.nextDouble() < Gen.EDGE_CASE_PROBABILITY) {
            long[] edges = max == 1 ? new long[] {0, 1} : new long[] {0, 1, max};
            return edges[random.nextInt(edges.length)];
        }
        long bound = max;
        if (shape == Shape.SCALED) {
            int maxBits = 64 - Long.numberOfLeadingZeros(max);
            int bits = Math.max(1, (int) Math.ceil(maxBits * (double) size / Gen.MAX_SIZE));
            int chosenBits = 1 + random.nextInt(bits);
            if (chosenBits < 63) {
                bound = Math.min(max, (1L << chosenBits) - 1);
            }
        }
        return bound == Long.MAX_VALUE ? random.nextLong() & Long.MAX_VALUE : random.nextLong(bound + 1);
    }

    private void record(long value, long max) {
        if (length == values.length) {
            values = Arrays.copyOf(values, length * 2);
            maxes = Arrays.copyOf(maxes, length * 2);
        }
        values[length] = value;
        maxes[length] = max;
        length++;
    }

    /** Opens a span; returns its index for {@link #endSpan(int)}. */
    int startSpan(String label) {
        Span span = new Span(length, depth, openSpan, label);
        spans.add(span);
        openSpan = spans.size() - 1;
        depth++;
        return openSpan;
    }

    void endSpan(int index) {
        Span span = spans.get(index);
        span.end = length;
        openSpan = span.parent;
        depth = span.depth;
    }

    /** The choices made so far, trailing zeros removed (they are what an exhausted sequence returns anyway). */
    long[] choices() {
        int n = length;
        while (n > 0 && values[n - 1] == 0) {
            n--;
        }
        return Arrays.copyOf(values, n);
    }

    /** The bounds of the choices made so far, aligned with {@link #choices()} (possibly longer). */
    long[] maxes() {
        return Arrays.copyOf(maxes, length);
    }

    /**
     * The spans, in start order (a span's {@code parent} is an index in this list); spans left open by an
     * exception are closed at the current position.
     */
    List<Span> spans() {
        for (Span span : spans) {
            if (span.end < 0) {
                span.end = length;
            }
        }
        return spans;
    }
}
