package org.sne4j.testkit.property;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Entry point of the fluent form: a property checked inside an ordinary JUnit 5 {@code @Test}.
 *
 * <pre>{@code
 * @Test
 * void amountsSurviveAPrintParseRoundTrip() {
 *     Property.forAll(Gen.longs(0, 10_000_000))
 *             .tries(500)                              // optional, default 100 or -Dsne.testkit.tries
 *             .seed(42L)                               // optional, default random (printed on failure)
 *             .maxShrinkTime(Duration.ofSeconds(10))   // optional
 *             .classify(cents -> cents == 0, "zero")   // optional statistics
 *             .check(cents -> assertThat(Montant.parse(new Montant(cents).toString()).cents()).isEqualTo(cents));
 * }
 * }</pre>
 *
 * <p>The body may use any assertion library: an {@link AssertionError} or any other exception is a failure,
 * {@link #assume(boolean)} (or JUnit's {@code Assumptions}) discards the case. On failure the counter-example
 * is shrunk and a {@link PropertyFailure} is thrown. The same runner serves {@link PropertyTest} and
 * {@link StatefulProperty}.
 */
public final class Property {

    /** System property overriding the default number of tries of every property in the run (CI: 1000). */
    public static final String TRIES_PROPERTY = Settings.TRIES_PROPERTY;

    /** System property forcing the seed of every property in the run, to replay a failure. */
    public static final String SEED_PROPERTY = Settings.SEED_PROPERTY;

    /** Number of tries when neither the property nor {@value #TRIES_PROPERTY} says otherwise. */
    public static final int DEFAULT_TRIES = Settings.DEFAULT_TRIES;

    /** Shrinking time budget when the property does not say otherwise. */
    public static final Duration DEFAULT_MAX_SHRINK_TIME = Settings.DEFAULT_MAX_SHRINK_TIME;

    private Property() {
    }

    /**
     * Starts a property over one generated value.
     *
     * @param gen the generator
     * @param <T> the value type
     * @return the property, to configure and {@link ForAll1#check check}
     */
    public static <T> ForAll1<T> forAll(Gen<T> gen) {
        return new ForAll1<>(Objects.requireNonNull(gen, "gen"), Engine::show);
    }

    /**
     * Starts a property over two generated values (shown as {@code (a, b)}; the shrunk value is the list
     * {@code [a, b]}).
     *
     * @param a   first generator
     * @param b   second generator
     * @param <A> first type
     * @param <B> second type
     * @return the property
     */
    public static <A, B> ForAll2<A, B> forAll(Gen<A> a, Gen<B> b) {
        return new ForAll2<>(arguments(a, b));
    }

    /**
     * Starts a property over three generated values; for more, {@link Gen#zip zip} them into a record. To
     * label its cases, call {@link Statistics#label(String)} in the body.
     *
     * @param a   first generator
     * @param b   second generator
     * @param c   third generator
     * @param <A> first type
     * @param <B> second type
     * @param <C> third type
     * @return the property
     */
    public static <A, B, C> ForAll3<A, B, C> forAll(Gen<A> a, Gen<B> b, Gen<C> c) {
        return new ForAll3<>(arguments(a, b, c));
    }

    /**
     * Discards the current test case unless the condition holds (it neither passes nor fails). Use it for
     * rare exclusions only: if most cases are discarded the property gives up.
     *
     * @param condition what the case must satisfy to be checked
     */
    public static void assume(boolean condition) {
        if (!condition) {
            throw new Discard("assumption failed");
        }
    }

    private static Gen<List<Object>> arguments(Gen<?>... gens) {
        List<Gen<?>> list = List.of(gens);
        return new Gen<>("arguments", s -> {
            List<Object> values = new ArrayList<>(list.size());
            for (Gen<?> gen : list) {
                values.add(gen.generate(s));
            }
            return Collections.unmodifiableList(values);
        });
    }

    private static String showArguments(List<Object> values) {
        StringBuilder out = new StringBuilder("(");
        for (Object value : values) {
            out.append(out.length() > 1 ? ", " : "").append(Engine.show(value));
        }
        return out.append(')').toString();
    }

    /**
     * The body of a property over one value; may throw anything (a failure).
     *
     * @param <T> the value type
     */
    @FunctionalInterface
    public interface Check<T> {
        /**
         * Checks the property for one value.
         *
         * @param value the generated value
         * @throws Throwable to signal a failure
         */
        void check(T value) throws Throwable;
    }

    /**
     * The body of a property over two values.
     *
     * @param <A> first type
     * @param <B> second type
     */
    @FunctionalInterface
    public interface Check2<A, B> {
        /**
         * Checks the property for two values.
         *
         * @param a first value
         * @param b second value
         * @throws Throwable to signal a failure
         */
        void check(A a, B b) throws Throwable;
    }

    /**
     * The body of a property over three values.
     *
     * @param <A> first type
     * @param <B> second type
     * @param <C> third type
     */
    @FunctionalInterface
    public interface Check3<A, B, C> {
        /**
         * Checks the property for three values.
         *
         * @param a first value
         * @param b second value
         * @param c third value
         * @throws Throwable to signal a failure
         */
        void check(A a, B b, C c) throws Throwable;
    }

    /**
     * A property over one value: configure it, then {@link #check check} it.
     *
     * @param <T> the value type
     */
    public static final class ForAll1<T> {
        private final Gen<T> gen;
        private final Function<? super T, String> show;
        private Integer tries;
        private Long seed;
        private Duration maxShrinkTime;
        private final List<Map.Entry<Predicate<? super T>, String>> classifiers = new ArrayList<>();
        private final Map<String, Double> coverage = new LinkedHashMap<>();

        ForAll1(Gen<T> gen, Function<? super T, String> show) {
            this.gen = gen;
            this.show = show;
        }

        /**
         * Sets the number of (non-discarded) cases to check; wins over {@value Property#TRIES_PROPERTY}.
         *
         * @param tries at least 1
         * @return this property
         */
        public ForAll1<T> tries(int tries) {
            if (tries < 1) {
                throw new IllegalArgumentException("tries must be at least 1: " + tries);
            }
            this.tries = tries;
            return this;
        }

        /**
         * Fixes the seed, for a reproducible run ({@value Property#SEED_PROPERTY} still wins, to replay).
         *
         * @param seed the seed
         * @return this property
         */
        public ForAll1<T> seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Sets the time budget of shrinking (default 10 s); when it runs out the best example so far is
         * reported, flagged as possibly not minimal.
         *
         * @param maxShrinkTime the budget
         * @return this property
         */
        public ForAll1<T> maxShrinkTime(Duration maxShrinkTime) {
            this.maxShrinkTime = Objects.requireNonNull(maxShrinkTime, "maxShrinkTime");
            return this;
        }

        /**
         * Labels the cases satisfying the predicate; the share of each label is printed at the end of a
         * passing run (see also {@link Statistics#label(String)}).
         *
         * @param predicate which cases get the label
         * @param label     the label
         * @return this property
         */
        public ForAll1<T> classify(Predicate<? super T> predicate, String label) {
            classifiers.add(Map.entry(Objects.requireNonNull(predicate, "predicate"),
                    Objects.requireNonNull(label, "label")));
            return this;
        }

        /**
         * Fails the property (after an otherwise passing run) if fewer than {@code percent} % of the cases
         * carry the label.
         *
         * @param label   a label given by {@link #classify} or {@link Statistics#label(String)}
         * @param percent the minimum share, in {@code [0, 100]}
         * @return this property
         */
        public ForAll1<T> requireAtLeast(String label, double percent) {
            if (percent < 0 || percent > 100) {
                throw new IllegalArgumentException("percent must be in [0, 100]: " + percent);
            }
            coverage.put(Objects.requireNonNull(label, "label"), percent);
            return this;
        }

        /**
         * Runs the property: returns if it holds for every case, throws {@link PropertyFailure} otherwise.
         *
         * @param body the check; throws to signal a failure
         */
        public void check(Check<? super T> body) {
            Objects.requireNonNull(body, "body");
            Settings settings = Settings.resolve(Settings.callerName(), tries, seed, maxShrinkTime, coverage, ".seed(%dL)", "try");
            Engine.run(settings, context -> {
                T value = gen.generate(context.source());
                context.example(value, show.apply(value));
                for (Map.Entry<Predicate<? super T>, String> classifier : classifiers) {
                    if (classifier.getKey().test(value)) {
                        context.label(classifier.getValue());
                    }
                }
                body.check(value);
            });
        }
    }

    /**
     * A property over two values: configure it, then {@link #check check} it.
     *
     * @param <A> first type
     * @param <B> second type
     */
    public static final class ForAll2<A, B> {
        private final ForAll1<List<Object>> delegate;

        ForAll2(Gen<List<Object>> arguments) {
            this.delegate = new ForAll1<>(arguments, Property::showArguments);
        }

        /**
         * See {@link ForAll1#tries(int)}.
         *
         * @param tries at least 1
         * @return this property
         */
        public ForAll2<A, B> tries(int tries) {
            delegate.tries(tries);
            return this;
        }

        /**
         * See {@link ForAll1#seed(long)}.
         *
         * @param seed the seed
         * @return this property
         */
        public ForAll2<A, B> seed(long seed) {
            delegate.seed(seed);
            return this;
        }

        /**
         * See {@link ForAll1#maxShrinkTime(Duration)}.
         *
         * @param maxShrinkTime the budget
         * @return this property
         */
        public ForAll2<A, B> maxShrinkTime(Duration maxShrinkTime) {
            delegate.maxShrinkTime(maxShrinkTime);
            return this;
        }

        /**
         * See {@link ForAll1#classify(Predicate, String)}.
         *
         * @param predicate which cases get the label
         * @param label     the label
         * @return this property
         */
        @SuppressWarnings("unchecked")
        public ForAll2<A, B> classify(BiPredicate<? super A, ? super B> predicate, String label) {
            delegate.classify(v -> predicate.test((A) v.get(0), (B) v.get(1)), label);
            return this;
        }

        /**
         * See {@link ForAll1#requireAtLeast(String, double)}.
         *
         * @param label   the label
         * @param percent the minimum share
         * @return this property
         */
        public ForAll2<A, B> requireAtLeast(String label, double percent) {
            delegate.requireAtLeast(label, percent);
            return this;
        }

        /**
         * Runs the property; see {@link ForAll1#check(Check)}.
         *
         * @param body the check
         */
        @SuppressWarnings("unchecked")
        public void check(Check2<? super A, ? super B> body) {
            Objects.requireNonNull(body, "body");
            delegate.check(v -> body.check((A) v.get(0), (B) v.get(1)));
        }
    }

    /**
     * A property over three values: configure it, then {@link #check check} it.
     *
     * @param <A> first type
     * @param <B> second type
     * @param <C> third type
     */
    public static final class ForAll3<A, B, C> {
        private final ForAll1<List<Object>> delegate;

        ForAll3(Gen<List<Object>> arguments) {
            this.delegate = new ForAll1<>(arguments, Property::showArguments);
        }

        /**
         * See {@link ForAll1#tries(int)}.
         *
         * @param tries at least 1
         * @return this property
         */
        public ForAll3<A, B, C> tries(int tries) {
            delegate.tries(tries);
            return this;
        }

        /**
         * See {@link ForAll1#seed(long)}.
         *
         * @param seed the seed
         * @return this property
         */
        public ForAll3<A, B, C> seed(long seed) {
            delegate.seed(seed);
            return this;
        }

        /**
         * See {@link ForAll1#maxShrinkTime(Duration)}.
         *
         * @param maxShrinkTime the budget
         * @return this property
         */
        public ForAll3<A, B, C> maxShrinkTime(Duration maxShrinkTime) {
            delegate.maxShrinkTime(maxShrinkTime);
            return this;
        }

        /**
         * See {@link ForAll1#requireAtLeast(String, double)}.
         *
         * @param label   the label
         * @param percent the minimum share
         * @return this property
         */
        public ForAll3<A, B, C> requireAtLeast(String label, double percent) {
            delegate.requireAtLeast(label, percent);
            return this;
        }

        /**
         * Runs the property; see {@link ForAll1#check(Check)}.
         *
         * @param body the check
         */
        @SuppressWarnings("unchecked")
        public void check(Check3<? super A, ? super B, ? super C> body) {
            Objects.requireNonNull(body, "body");
            delegate.check(v -> body.check((A) v.get(0), (B) v.get(1), (C) v.get(2)));
        }
    }

    static String describeAll(List<String> names, List<Object> values) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : "\n").append(names.get(i)).append(" = ").append(Engine.show(values.get(i)));
        }
        return out.toString();
    }

}
