package org.sne4j.testkit.property;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.sne4j.testkit.property.ChoiceSource.Shape;

/**
 * A generator of values of type {@code T}, with integrated shrinking.
 *
 * <p><b>How it works.</b> A generator never uses randomness directly: it draws bounded integer
 * <em>choices</em> from a recorded choice sequence, and turns them into a value. When a property fails, the
 * engine shrinks the <em>choice sequence</em> (deleting blocks of choices, zeroing them, lowering single
 * choices, swapping and sorting blocks, moving amounts between two choices) and re-runs the generator on
 * each candidate. So every generator built with {@link #map}, {@link #flatMap}, {@link #filter} and the
 * combinators below shrinks for free, and a shrunk value always satisfies the generators' own constraints
 * (ranges, sizes, filters, preconditions). Choice {@code 0} is the simplest value of every primitive (the
 * number closest to zero in its range, the first element, the empty collection, {@code false},
 * {@link Optional#empty()}, the first alternative of {@link #oneOf}); when a shrunk sequence runs out, every
 * draw returns that simplest value.
 *
 * <p><b>Edge cases.</b> Each primitive draw returns one of its boundaries with probability
 * {@link #EDGE_CASE_PROBABILITY} (10 %): {@code 0}, {@code ±1}, the minimum and maximum of a numeric range;
 * the first and last element of a list, enum or alphabet; the first and last day of a date range. Half of
 * those 10 % make collections and strings as short as allowed, the other half as long as allowed (when
 * that maximum is at most 100 above the minimum).
 *
 * <p><b>Size.</b> Each test case has a size in {@code [0, }{@value #MAX_SIZE}{@code ]} that grows over the
 * run: it starts near 0 and reaches {@value #MAX_SIZE} halfway through the tries. It only changes how
 * random values are <em>distributed</em>, never what is allowed: the mean number of optional elements of a
 * collection or string is {@code 0.5 + size / 10} (truncated at its maximum); {@link #ints()} and
 * {@link #longs()} draw magnitudes of up to {@code size}% of their bits (so early tries see numbers near 0);
 * {@link #recursive} nests at most {@code maxDepth × size / 100} levels (at least 1); {@link #sized} hands
 * the size to your own code. Explicit ranges ({@link #ints(int, int)}, {@link #dates}, …) are uniform
 * whatever the size.
 *
 * <p>Generators are immutable and can be shared, stored in constants and reused across properties.
 *
 * @param <T> the type of generated values
 */
public final class Gen<T> {

    /** Probability that a primitive draw returns one of its boundaries instead of a uniform value. */
    public static final double EDGE_CASE_PROBABILITY = 0.10;

    /** The largest size, reached halfway through a run. */
    public static final int MAX_SIZE = 100;

    /** How many values a {@link #filter} draws for one test case before discarding the case. */
    public static final int FILTER_ATTEMPTS = 100;

    /** How many values a {@link #set} draws to find one new distinct element before giving up on it. */
    public static final int DISTINCT_ATTEMPTS = 20;

    /** The generation function: turns choices drawn from the source into a value. */
    @FunctionalInterface
    interface Generator<T> {
        T generate(ChoiceSource source);
    }

    private final String description;
    private final Generator<T> generator;

    Gen(String description, Generator<T> generator) {
        this.description = Objects.requireNonNull(description, "description");
        this.generator = Objects.requireNonNull(generator, "generator");
    }

    /** Generates a value from the source, recording the choices it made as one span. */
    T generate(ChoiceSource source) {
        int span = source.startSpan(description);
        try {
            return generator.generate(source);
        } finally {
            source.endSpan(span);
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Primitives
    // ------------------------------------------------------------------------------------------------

    /**
     * Integers in {@code [min, max]}, uniform, shrinking toward the value closest to 0 in the range.
     * Edge cases: 0, ±1 (when in range), {@code min}, {@code max}. Size has no effect.
     *
     * @param min smallest value, inclusive
     * @param max largest value, inclusive
     * @return the generator
     */
    public static Gen<Integer> ints(int min, int max) {
        checkRange(min, max);
        return new Gen<>("ints(" + min + ", " + max + ")", s -> (int) drawLong(s, min, max, Shape.EDGES));
    }

    /**
     * Any {@code int}, shrinking toward 0. The magnitude is log-uniform and grows with the size (near 0 in
     * the first tries). Edge cases: 0, ±1, {@link Integer#MIN_VALUE}, {@link Integer#MAX_VALUE}.
     *
     * @return the generator
     */
    public static Gen<Integer> ints() {
        return new Gen<>("ints()", s -> (int) drawLong(s, Integer.MIN_VALUE, Integer.MAX_VALUE, Shape.SCALED));
    }

    /**
     * Longs in {@code [min, max]}, uniform, shrinking toward the value closest to 0 in the range.
     * Edge cases: 0, ±1 (when in range), {@code min}, {@code max}. Size has no effect.
     *
     * @param min smallest value, inclusive
     * @param max largest value, inclusive
     * @return the generator
     */
    public static Gen<Long> longs(long min, long max) {
        checkRange(min, max);
        return new Gen<>("longs(" + min + ", " + max + ")", s -> drawLong(s, min, max, Shape.EDGES));
    }

    /**
     * Any {@code long}, shrinking toward 0. The magnitude is log-uniform and grows with the size.
     * Edge cases: 0, ±1, {@link Long#MIN_VALUE}, {@link Long#MAX_VALUE}.
     *
     * @return the generator
     */
    public static Gen<Long> longs() {
        return new Gen<>("longs()", s -> drawLong(s, Long.MIN_VALUE, Long.MAX_VALUE, Shape.SCALED));
    }

    /**
     * {@code false} or {@code true} with equal probability, shrinking toward {@code false}.
     *
     * @return the generator
     */
    public static Gen<Boolean> booleans() {
        return new Gen<>("booleans()", s -> s.draw(1, Shape.UNIFORM) == 1);
    }

    /**
     * Characters of the alphabet, uniform, shrinking toward its first character. Edge cases: the first,
     * second and last characters.
     *
     * @param alphabet the allowed characters, in order of simplicity; not empty
     * @return the generator
     */
    public static Gen<Character> chars(String alphabet) {
        requireNonEmpty(alphabet);
        return new Gen<>("chars(" + quote(alphabet) + ")",
                s -> alphabet.charAt((int) s.draw(alphabet.length() - 1, Shape.EDGES)));
    }

    /**
     * Strings of characters from the alphabet, with a length in {@code [minLength, maxLength]}; shrinks
     * toward shorter strings of earlier characters. The length behaves as a {@link #list(int, int)} size.
     *
     * @param alphabet  the allowed characters, in order of simplicity; not empty
     * @param minLength smallest length, inclusive
     * @param maxLength largest length, inclusive
     * @return the generator
     */
    public static Gen<String> strings(String alphabet, int minLength, int maxLength) {
        requireNonEmpty(alphabet);
        return strings(chars(alphabet), minLength, maxLength)
                .named("strings(" + quote(alphabet) + ", " + minLength + ", " + maxLength + ")");
    }

    /**
     * Strings of characters from the given generator, with a length in {@code [minLength, maxLength]}.
     *
     * @param chars     the character generator
     * @param minLength smallest length, inclusive
     * @param maxLength largest length, inclusive
     * @return the generator
     */
    public static Gen<String> strings(Gen<Character> chars, int minLength, int maxLength) {
        checkSizes(minLength, maxLength);
        return new Gen<>("strings(" + chars + ", " + minLength + ", " + maxLength + ")", s -> {
            StringBuilder out = new StringBuilder();
            for (Character c : drawList(s, chars, minLength, maxLength)) {
                out.append(c.charValue());
            }
            return out.toString();
        });
    }

    /**
     * Dates in {@code [min, max]}, uniform, shrinking toward {@code min}. Edge cases: the first, second and
     * last days of the range.
     *
     * @param min first date, inclusive
     * @param max last date, inclusive
     * @return the generator
     */
    public static Gen<LocalDate> dates(LocalDate min, LocalDate max) {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (max.isBefore(min)) {
            throw new IllegalArgumentException("max " + max + " is before min " + min);
        }
        long days = ChronoUnit.DAYS.between(min, max);
        return new Gen<>("dates(" + min + ", " + max + ")", s -> min.plusDays(s.draw(days, Shape.EDGES)));
    }

    /**
     * The constants of an enum, uniform, shrinking toward the first declared constant. Edge cases: the
     * first, second and last constants.
     *
     * @param type the enum class
     * @param <E>  the enum type
     * @return the generator
     */
    public static <E extends Enum<E>> Gen<E> enums(Class<E> type) {
        return elements(Arrays.asList(type.getEnumConstants())).named("enums(" + type.getSimpleName() + ")");
    }

    /**
     * An element of the list, uniform, shrinking toward the first element. Edge cases: the first, second and
     * last elements.
     *
     * @param values the candidates, in order of simplicity; not empty (copied)
     * @param <T>    the element type
     * @return the generator
     */
    public static <T> Gen<T> elements(List<? extends T> values) {
        List<T> copy = new ArrayList<>(values);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("elements() needs at least one value");
        }
        return new Gen<>("elements(" + abbreviate(copy.toString()) + ")",
                s -> copy.get((int) s.draw(copy.size() - 1, Shape.EDGES)));
    }

    /**
     * An element among the arguments; see {@link #elements(List)}.
     *
     * @param values the candidates, in order of simplicity; not empty
     * @param <T>    the element type
     * @return the generator
     */
    @SafeVarargs
    public static <T> Gen<T> elements(T... values) {
        List<T> list = new ArrayList<>(values.length);
        for (T value : values) {
            list.add(value);
        }
        return elements(list);
    }

    /**
     * Always the same value; draws nothing.
     *
     * @param value the value (may be {@code null})
     * @param <T>   its type
     * @return the generator
     */
    public static <T> Gen<T> constant(T value) {
        return new Gen<>("constant(" + abbreviate(String.valueOf(value)) + ")", s -> value);
    }

    // ------------------------------------------------------------------------------------------------
    // Combinators
    // ------------------------------------------------------------------------------------------------

    /**
     * Applies a function to each generated value. Shrinks as this generator does.
     *
     * @param f   a pure function
     * @param <R> the result type
     * @return the generator
     */
    public <R> Gen<R> map(Function<? super T, ? extends R> f) {
        Objects.requireNonNull(f, "f");
        return new Gen<>(description + ".map(…)", s -> f.apply(generate(s)));
    }

    /**
     * Generates a value, then uses it to choose the generator of the result (for dependent values, e.g. a
     * list and an index into it). Both parts shrink; the second is re-generated from the shrunk first.
     *
     * @param f   a pure function from a value to a generator
     * @param <R> the result type
     * @return the generator
     */
    public <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
        Objects.requireNonNull(f, "f");
        return new Gen<>(description + ".flatMap(…)", s -> f.apply(generate(s)).generate(s));
    }

    /**
     * Keeps only the values satisfying the predicate; see {@link #filter(String, Predicate)}.
     *
     * @param predicate the condition
     * @return the generator
     */
    public Gen<T> filter(Predicate<? super T> predicate) {
        return filter("…", predicate);
    }

    /**
     * Keeps only the values satisfying the predicate, by drawing again (up to {@value #FILTER_ATTEMPTS}
     * times per value; then the test case is discarded). Shrunk values still satisfy the predicate. Prefer
     * building valid values directly with {@link #map}: when a filter rejects almost everything the property
     * gives up with a message naming this filter (by its description) and its rejection ratio.
     *
     * @param description what the predicate requires, for messages (e.g. {@code "even"})
     * @param predicate   the condition
     * @return the generator
     */
    public Gen<T> filter(String description, Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate, "predicate");
        String name = this.description + ".filter(" + description + ")";
        Object key = new Object();
        return new Gen<>(name, s -> {
            for (int attempt = 0; attempt < FILTER_ATTEMPTS; attempt++) {
                T value = generate(s);
                boolean accepted = predicate.test(value);
                s.statistics().filterAttempt(key, name, !accepted);
                if (accepted) {
                    return value;
                }
                if (s.exhausted()) {
                    break;
                }
            }
            throw new Discard("filter " + name + " found no acceptable value");
        });
    }

    /**
     * {@link Optional#empty()} (20 %) or a present value (80 %); shrinks toward empty.
     *
     * @return the generator
     */
    public Gen<Optional<T>> optional() {
        return new Gen<>("optional(" + description + ")",
                s -> s.flag(0.8) ? Optional.ofNullable(generate(s)) : Optional.empty());
    }

    /**
     * Unmodifiable lists of values of this generator, with a size in {@code [minSize, maxSize]}. Shrinks by
     * removing elements and shrinking the remaining ones. See the class comment for how size and edge cases
     * affect the length.
     *
     * @param minSize smallest size, inclusive
     * @param maxSize largest size, inclusive
     * @return the generator
     */
    public Gen<List<T>> list(int minSize, int maxSize) {
        checkSizes(minSize, maxSize);
        return new Gen<>("list(" + minSize + ", " + maxSize + ", " + description + ")",
                s -> Collections.unmodifiableList(drawList(s, this, minSize, maxSize)));
    }

    /**
     * Unmodifiable sets (in generation order) of distinct values of this generator, with a size in
     * {@code [minSize, maxSize]}. Each new element is drawn up to {@value #DISTINCT_ATTEMPTS} times until it
     * differs from the previous ones; if that fails the set stops growing, or, below {@code minSize}, the
     * test case is discarded.
     *
     * @param minSize smallest size, inclusive
     * @param maxSize largest size, inclusive
     * @return the generator
     */
    public Gen<Set<T>> set(int minSize, int maxSize) {
        checkSizes(minSize, maxSize);
        String name = "set(" + minSize + ", " + maxSize + ", " + description + ")";
        return new Gen<>(name, s -> {
            Set<T> out = new LinkedHashSet<>();
            while (out.size() < minSize) {
                if (!addDistinct(s, out)) {
                    throw new Discard(name + " found only " + out.size() + " distinct elements");
                }
            }
            double p = s.continueProbability((long) maxSize - minSize);
            while (out.size() < maxSize) {
                int span = s.startSpan(ELEMENT);
                boolean more = s.flag(p) && addDistinct(s, out);
                s.endSpan(span);
                if (!more) {
                    break;
                }
            }
            return Collections.unmodifiableSet(out);
        });
    }

    private boolean addDistinct(ChoiceSource s, Set<T> out) {
        for (int attempt = 0; attempt < DISTINCT_ATTEMPTS; attempt++) {
            if (out.add(generate(s))) {
                return true;
            }
            if (s.exhausted()) {
                return false;
            }
        }
        return false;
    }

    /**
     * The same generator with another description (used in messages, e.g. a rejecting filter).
     *
     * @param name the description
     * @return the generator
     */
    public Gen<T> named(String name) {
        return new Gen<>(name, generator);
    }

    /**
     * One of the generators, chosen uniformly; shrinks toward the first one (put the simplest first).
     *
     * @param gens the alternatives; not empty
     * @param <T>  the common type
     * @return the generator
     */
    @SafeVarargs
    public static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        List<Gen<? extends T>> list = new ArrayList<>(gens.length);
        for (Gen<? extends T> gen : gens) {
            list.add(Objects.requireNonNull(gen, "null generator"));
        }
        return oneOf(list);
    }

    /**
     * One of the generators, chosen uniformly; shrinks toward the first one (put the simplest first).
     *
     * @param gens the alternatives; not empty (copied)
     * @param <T>  the common type
     * @return the generator
     */
    public static <T> Gen<T> oneOf(List<? extends Gen<? extends T>> gens) {
        List<Gen<? extends T>> copy = new ArrayList<>(gens);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("oneOf() needs at least one generator");
        }
        return new Gen<>("oneOf(" + abbreviate(copy.toString()) + ")",
                s -> copy.get((int) s.draw(copy.size() - 1, Shape.UNIFORM)).generate(s));
    }

    /**
     * A generator with its weight, for {@link #frequency}.
     *
     * @param weight how often it is chosen relative to the others; positive
     * @param gen    the generator
     * @param <T>    the generated type
     */
    public record Weighted<T>(int weight, Gen<? extends T> gen) {
        /**
         * Checks the weight.
         *
         * @param weight positive weight
         * @param gen    the generator
         */
        public Weighted {
            if (weight <= 0) {
                throw new IllegalArgumentException("weight must be positive: " + weight);
            }
            Objects.requireNonNull(gen, "gen");
        }
    }

    /**
     * Pairs a weight with a generator, for {@link #frequency}.
     *
     * @param weight positive weight
     * @param gen    the generator
     * @param <T>    the generated type
     * @return the pair
     */
    public static <T> Weighted<T> weighted(int weight, Gen<? extends T> gen) {
        return new Weighted<>(weight, gen);
    }

    /**
     * One of the generators, chosen with probability proportional to its weight; shrinks toward the first
     * one. Example: {@code Gen.frequency(Gen.weighted(9, common), Gen.weighted(1, rare))}.
     *
     * @param alternatives weighted generators; not empty
     * @param <T>          the common type
     * @return the generator
     */
    @SafeVarargs
    public static <T> Gen<T> frequency(Weighted<T>... alternatives) {
        List<Weighted<T>> copy = new ArrayList<>(alternatives.length);
        for (Weighted<T> alternative : alternatives) {
            copy.add(Objects.requireNonNull(alternative, "null alternative"));
        }
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("frequency() needs at least one alternative");
        }
        long total = 0;
        for (Weighted<T> w : copy) {
            total += w.weight();
        }
        long max = total - 1;
        StringBuilder name = new StringBuilder("frequency(");
        for (Weighted<T> w : copy) {
            name.append(name.length() > 10 ? ", " : "").append(w.weight()).append(": ").append(w.gen());
        }
        return new Gen<>(abbreviate(name.append(')').toString()), s -> {
            long pick = s.draw(max, Shape.UNIFORM);
            for (Weighted<T> w : copy) {
                if (pick < w.weight()) {
                    return w.gen().generate(s);
                }
                pick -= w.weight();
            }
            throw new AssertionError("unreachable");
        });
    }

    /**
     * A generator built on first use: for recursive definitions (a generator that refers to itself or to a
     * generator defined later). Combine with {@link #sized} or use {@link #recursive} to bound the depth.
     *
     * @param supplier builds the generator
     * @param <T>      the generated type
     * @return the generator
     */
    public static <T> Gen<T> lazy(Supplier<? extends Gen<? extends T>> supplier) {
        Objects.requireNonNull(supplier, "supplier");
        return new Gen<>("lazy(…)", new Generator<T>() {
            private volatile Gen<? extends T> gen;

            @Override
            public T generate(ChoiceSource source) {
                Gen<? extends T> g = gen;
                if (g == null) {
                    g = Objects.requireNonNull(supplier.get(), "lazy() supplier returned null");
                    gen = g;
                }
                return g.generate(source);
            }
        });
    }

    /**
     * Recursive structures (trees, nested expressions) of bounded depth. At each level the value is either
     * a {@code base} value (50 %, and always at the depth bound) or {@code extend} applied to the generator
     * of the next level. The depth bound is {@code maxDepth × size / 100}, at least 1 (at most
     * {@code maxDepth}); shrinking goes toward {@code base} values.
     *
     * <pre>{@code
     * Gen<Expr> expr = Gen.recursive(Gen.ints(0, 9).map(Lit::new),
     *         sub -> Gen.zip(sub, sub, Add::new), 6);
     * }</pre>
     *
     * @param base     the non-recursive case (leaves)
     * @param extend   builds the recursive case from the generator of the sub-structures
     * @param maxDepth maximum nesting depth, {@code >= 0}
     * @param <T>      the generated type
     * @return the generator
     */
    public static <T> Gen<T> recursive(Gen<? extends T> base, Function<Gen<T>, ? extends Gen<? extends T>> extend,
            int maxDepth) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(extend, "extend");
        if (maxDepth < 0) {
            throw new IllegalArgumentException("maxDepth < 0: " + maxDepth);
        }
        return new Gen<>("recursive(" + base + ", " + maxDepth + ")", s -> {
            int depth = Math.min(maxDepth, Math.max(1, maxDepth * s.size() / MAX_SIZE));
            return level(base, extend, depth).generate(s);
        });
    }

    private static <T> Gen<T> level(Gen<? extends T> base, Function<Gen<T>, ? extends Gen<? extends T>> extend,
            int remaining) {
        if (remaining == 0) {
            return narrow(base);
        }
        Gen<? extends T> extended = extend.apply(lazy(() -> level(base, extend, remaining - 1)));
        return new Gen<>("level(" + remaining + ")", s -> s.flag(0.5) ? extended.generate(s) : base.generate(s));
    }

    /**
     * A generator that depends on the current size (in {@code [0, }{@value #MAX_SIZE}{@code ]}), e.g. to
     * bound a depth or a number of elements yourself.
     *
     * @param f   builds the generator for a size
     * @param <T> the generated type
     * @return the generator
     */
    public static <T> Gen<T> sized(IntFunction<? extends Gen<? extends T>> f) {
        Objects.requireNonNull(f, "f");
        return new Gen<>("sized(…)", s -> f.apply(s.size()).generate(s));
    }

    // ------------------------------------------------------------------------------------------------
    // zip: combine 2..8 generators into one value (typically a record)
    // ------------------------------------------------------------------------------------------------

    /**
     * Combines two generators, e.g. {@code Gen.zip(amounts, dates, Payment::new)}. Shrinks each component.
     *
     * @param a   first component
     * @param b   second component
     * @param f   combines the components
     * @param <A> first type
     * @param <B> second type
     * @param <R> result type
     * @return the generator
     */
    public static <A, B, R> Gen<R> zip(Gen<A> a, Gen<B> b, BiFunction<? super A, ? super B, ? extends R> f) {
        return new Gen<>(zipName(a, b), s -> f.apply(a.generate(s), b.generate(s)));
    }

    /**
     * Combines three generators.
     *
     * @param a   component
     * @param b   component
     * @param c   component
     * @param f   combines the components
     * @param <A> component type
     * @param <B> component type
     * @param <C> component type
     * @param <R> result type
     * @return the generator
     */
    public static <A, B, C, R> Gen<R> zip(Gen<A> a, Gen<B> b, Gen<C> c, Function3<A, B, C, R> f) {
        return new Gen<>(zipName(a, b, c), s -> f.apply(a.generate(s), b.generate(s), c.generate(s)));
    }

    /**
     * Combines four generators.
     *
     * @param a   component
     * @param b   component
     * @param c   component
     * @param d   component
     * @param f   combines the components
     * @param <A> component type
     * @param <B> component type
     * @param <C> component type
     * @param <D> component type
     * @param <R> result type
     * @return the generator
     */
    public static <A, B, C, D, R> Gen<R> zip(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, Function4<A, B, C, D, R> f) {
        return new Gen<>(zipName(a, b, c, d),
                s -> f.apply(a.generate(s), b.generate(s), c.generate(s), d.generate(s)));
    }

    /**
     * Combines five generators.
     *
     * @param a   component
     * @param b   component
     * @param c   component
     * @param d   component
     * @param e   component
     * @param f   combines the components
     * @param <A> component type
     * @param <B> component type
     * @param <C> component type
     * @param <D> component type
     * @param <E> component type
     * @param <R> result type
     * @return the generator
     */
    public static <A, B, C, D, E, R> Gen<R> zip(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, Gen<E> e,
            Function5<A, B, C, D, E, R> f) {
        return new Gen<>(zipName(a, b, c, d, e),
                s -> f.apply(a.generate(s), b.generate(s), c.generate(s), d.generate(s), e.generate(s)));
    }

    /**
     * Combines six generators.
     *
     * @param a   component
     * @param b   component
     * @param c   component
     * @param d   component
     * @param e   component
     * @param g   component
     * @param f   combines the components
     * @param <A> component type
     * @param <B> component type
     * @param <C> component type
     * @param <D> component type
     * @param <E> component type
     * @param <G> component type
     * @param <R> result type
     * @return the generator
     */
    public static <A, B, C, D, E, G, R> Gen<R> zip(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, Gen<E> e, Gen<G> g,
            Function6<A, B, C, D, E, G, R> f) {
        return new Gen<>(zipName(a, b, c, d, e, g), s -> f.apply(a.generate(s), b.generate(s), c.generate(s),
                d.generate(s), e.generate(s), g.generate(s)));
    }

    /**
     * Combines seven generators.
     *
     * @param a   component
     * @param b   component
     * @param c   component
     * @param d   component
     * @param e   component
     * @param g   component
     * @param h   component
     * @param f   combines the components
     * @param <A> component type
     * @param <B> component type
     * @param <C> component type
     * @param <D> component type
     * @param <E> component type
     * @param <G> component type
     * @param <H> component type
     * @param <R> result type
     * @return the generator
     */
    public static <A, B, C, D, E, G, H, R> Gen<R> zip(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, Gen<E> e, Gen<G> g,
            Gen<H> h, Function7<A, B, C, D, E, G, H, R> f) {
        return new Gen<>(zipName(a, b, c, d, e, g, h), s -> f.apply(a.generate(s), b.generate(s), c.generate(s),
                d.generate(s), e.generate(s), g.generate(s), h.generate(s)));
    }

    /**
     * Combines eight generators.
     *
     * @param a   component
     * @param b   component
     * @param c   component
     * @param d   component
     * @param e   component
     * @param g   component
     * @param h   component
     * @param i   component
     * @param f   combines the components
     * @param <A> component type
     * @param <B> component type
     * @param <C> component type
     * @param <D> component type
     * @param <E> component type
     * @param <G> component type
     * @param <H> component type
     * @param <I> component type
     * @param <R> result type
     * @return the generator
     */
    public static <A, B, C, D, E, G, H, I, R> Gen<R> zip(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, Gen<E> e,
            Gen<G> g, Gen<H> h, Gen<I> i, Function8<A, B, C, D, E, G, H, I, R> f) {
        return new Gen<>(zipName(a, b, c, d, e, g, h, i), s -> f.apply(a.generate(s), b.generate(s),
                c.generate(s), d.generate(s), e.generate(s), g.generate(s), h.generate(s), i.generate(s)));
    }

    /**
     * A function of three arguments, for {@link #zip(Gen, Gen, Gen, Function3)}.
     *
     * @param <A> argument type
     * @param <B> argument type
     * @param <C> argument type
     * @param <R> result type
     */
    @FunctionalInterface
    public interface Function3<A, B, C, R> {
        /**
         * Applies the function.
         *
         * @param a argument
         * @param b argument
         * @param c argument
         * @return the result
         */
        R apply(A a, B b, C c);
    }

    /**
     * A function of four arguments, for {@code zip}.
     *
     * @param <A> argument type
     * @param <B> argument type
     * @param <C> argument type
     * @param <D> argument type
     * @param <R> result type
     */
    @FunctionalInterface
    public interface Function4<A, B, C, D, R> {
        /**
         * Applies the function.
         *
         * @param a argument
         * @param b argument
         * @param c argument
         * @param d argument
         * @return the result
         */
        R apply(A a, B b, C c, D d);
    }

    /**
     * A function of five arguments, for {@code zip}.
     *
     * @param <A> argument type
     * @param <B> argument type
     * @param <C> argument type
     * @param <D> argument type
     * @param <E> argument type
     * @param <R> result type
     */
    @FunctionalInterface
    public interface Function5<A, B, C, D, E, R> {
        /**
         * Applies the function.
         *
         * @param a argument
         * @param b argument
         * @param c argument
         * @param d argument
         * @param e argument
         * @return the result
         */
        R apply(A a, B b, C c, D d, E e);
    }

    /**
     * A function of six arguments, for {@code zip}.
     *
     * @param <A> argument type
     * @param <B> argument type
     * @param <C> argument type
     * @param <D> argument type
     * @param <E> argument type
     * @param <G> argument type
     * @param <R> result type
     */
    @FunctionalInterface
    public interface Function6<A, B, C, D, E, G, R> {
        /**
         * Applies the function.
         *
         * @param a argument
         * @param b argument
         * @param c argument
         * @param d argument
         * @param e argument
         * @param g argument
         * @return the result
         */
        R apply(A a, B b, C c, D d, E e, G g);
    }

    /**
     * A function of seven arguments, for {@code zip}.
     *
     * @param <A> argument type
     * @param <B> argument type
     * @param <C> argument type
     * @param <D> argument type
     * @param <E> argument type
     * @param <G> argument type
     * @param <H> argument type
     * @param <R> result type
     */
    @FunctionalInterface
    public interface Function7<A, B, C, D, E, G, H, R> {
        /**
         * Applies the function.
         *
         * @param a argument
         * @param b argument
         * @param c argument
         * @param d argument
         * @param e argument
         * @param g argument
         * @param h argument
         * @return the result
         */
        R apply(A a, B b, C c, D d, E e, G g, H h);
    }

    /**
     * A function of eight arguments, for {@code zip}.
     *
     * @param <A> argument type
     * @param <B> argument type
     * @param <C> argument type
     * @param <D> argument type
     * @param <E> argument type
     * @param <G> argument type
     * @param <H> argument type
     * @param <I> argument type
     * @param <R> result type
     */
    @FunctionalInterface
    public interface Function8<A, B, C, D, E, G, H, I, R> {
        /**
         * Applies the function.
         *
         * @param a argument
         * @param b argument
         * @param c argument
         * @param d argument
         * @param e argument
         * @param g argument
         * @param h argument
         * @param i argument
         * @return the result
         */
        R apply(A a, B b, C c, D d, E e, G g, H h, I i);
    }

    // ------------------------------------------------------------------------------------------------
    // Inspection
    // ------------------------------------------------------------------------------------------------

    /**
     * Generates values as a property run with this seed and {@code count} tries would (same sizes, same
     * values, discarded cases skipped): to look at what a generator produces, or to test a generator.
     *
     * @param seed  the seed
     * @param count how many values
     * @return the values, in generation order
     * @throws IllegalStateException if the generator discards almost every case (e.g. an impossible filter)
     */
    public List<T> sample(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<T> out = new ArrayList<>(count);
        int index = 0;
        int discarded = 0;
        RunStatistics statistics = new RunStatistics();
        while (out.size() < count) {
            ChoiceSource source = ChoiceSource.random(random.split(), Engine.sizeFor(index++, count), statistics);
            try {
                out.add(generate(source));
            } catch (Discard d) {
                if (++discarded > Engine.maxDiscards(count)) {
                    throw new IllegalStateException("Gave up sampling " + description + ": " + discarded
                            + " values discarded. " + String.join("; ", statistics.filterReport()));
                }
            }
        }
        return out;
    }

    /**
     * A short description of the generator, e.g. {@code list(0, 10, ints(0, 1000))}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return description;
    }

    // ------------------------------------------------------------------------------------------------
    // Internals
    // ------------------------------------------------------------------------------------------------

    static final String ELEMENT = "element";

    /** Draws the optional elements of a collection: one "more?" flag each, so deleting a span deletes one. */
    static <T> List<T> drawList(ChoiceSource s, Gen<T> element, int min, int max) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < min; i++) {
            out.add(element.generate(s));
        }
        double p = s.continueProbability((long) max - min);
        while (out.size() < max) {
            int span = s.startSpan(ELEMENT);
            boolean more = s.flag(p);
            if (more) {
                out.add(element.generate(s));
            }
            s.endSpan(span);
            if (!more) {
                break;
            }
        }
        return out;
    }

    /**
     * A value in {@code [min, max]} whose choice 0 is the value closest to 0. Ranges across 0 draw a sign
     * first (0 = positive) then a magnitude; the sign is negative with the share of the range below 0,
     * kept within [10 %, 90 %].
     */
    static long drawLong(ChoiceSource s, long min, long max, Shape shape) {
        if (min >= 0) {
            return min + s.draw(max - min, shape);
        }
        if (max < 0) {
            return max - s.draw(max - min, shape);
        }
        double negativeShare = -(double) min / ((double) max - (double) min + 1);
        boolean negative = s.flag(Math.min(0.9, Math.max(0.1, negativeShare)));
        return negative ? -1 - s.draw(-(min + 1), shape) : s.draw(max, shape);
    }

    @SuppressWarnings("unchecked")
    static <T> Gen<T> narrow(Gen<? extends T> gen) {
        return (Gen<T>) gen;
    }

    private static String zipName(Gen<?>... gens) {
        return abbreviate("zip" + Arrays.toString(gens).replace('[', '(').replace(']', ')'));
    }

    private static void checkRange(long min, long max) {
        if (max < min) {
            throw new IllegalArgumentException("max " + max + " < min " + min);
        }
    }

    private static void checkSizes(int min, int max) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("sizes must satisfy 0 <= min <= max: " + min + ", " + max);
        }
    }

    private static void requireNonEmpty(String alphabet) {
        if (alphabet == null || alphabet.isEmpty()) {
            throw new IllegalArgumentException("alphabet must not be empty");
        }
    }

    private static String quote(String alphabet) {
        return "\"" + abbreviate(alphabet) + "\"";
    }

    static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
