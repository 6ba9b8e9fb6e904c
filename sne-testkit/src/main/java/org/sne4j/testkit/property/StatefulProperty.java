package org.sne4j.testkit.property;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A stateful property: random sequences of {@link Action actions} are applied to a model and to a fresh
 * system under test (SUT); postconditions (in each action) and an invariant (after every step) must hold.
 * A failing sequence is shrunk to a minimal one: fewer actions, simpler arguments, every precondition still
 * true.
 *
 * <pre>{@code
 * StatefulProperty.of(() -> 0, Counter::new, model -> Gen.oneOf(
 *                 Gen.constant(Action.<Integer, Counter>of("increment", (m, c) -> { c.increment(); return m + 1; })),
 *                 Gen.constant(Action.<Integer, Counter>of("decrement", m -> m > 0, (m, c) -> { c.decrement(); return m - 1; }))))
 *         .invariant((m, c) -> assertThat(c.value()).isEqualTo(m))
 *         .sequences(200)
 *         .maxLength(30)
 *         .check();
 * }</pre>
 *
 * <p>Generation and execution are interleaved: the next action is generated from the current model (so its
 * arguments can depend on the state, e.g. an existing key), its precondition is checked (an action whose
 * precondition is false is drawn again, up to {@value #PRECONDITION_ATTEMPTS} times, after which the
 * sequence ends), then it runs. The failure report lists the shrunk sequence, numbered, marks the step that
 * failed and shows the model before it. The SUT is closed by the optional {@link #teardown} after each
 * sequence, failing or not.
 *
 * @param <M> the model type
 * @param <S> the SUT type
 */
public final class StatefulProperty<M, S> {

    /** How many actions are drawn for one step before the sequence ends for lack of a valid one. */
    public static final int PRECONDITION_ATTEMPTS = 20;

    /** Default maximum number of actions in a sequence. */
    public static final int DEFAULT_MAX_LENGTH = 50;

    private final Supplier<? extends M> initialModel;
    private final Supplier<? extends S> newSut;
    private final Function<? super M, ? extends Gen<? extends Action<M, S>>> actions;
    private Invariant<? super M, ? super S> invariant = (model, sut) -> { };
    private Teardown<? super S> teardown = sut -> { };
    private Integer sequences;
    private int maxLength = DEFAULT_MAX_LENGTH;
    private Long seed;
    private Duration maxShrinkTime;
    private final Map<String, Double> coverage = new LinkedHashMap<>();

    private StatefulProperty(Supplier<? extends M> initialModel, Supplier<? extends S> newSut,
            Function<? super M, ? extends Gen<? extends Action<M, S>>> actions) {
        this.initialModel = initialModel;
        this.newSut = newSut;
        this.actions = actions;
    }

    /**
     * Starts a stateful property.
     *
     * @param initialModel the model of a fresh SUT (called once per sequence)
     * @param newSut       creates a fresh SUT (called once per sequence, shrinking included)
     * @param actions      the generator of the next action, given the current model (e.g. a
     *                     {@link Gen#frequency} of actions whose arguments are drawn from the model)
     * @param <M>          the model type
     * @param <S>          the SUT type
     * @return the property, to configure and {@link #check}
     */
    public static <M, S> StatefulProperty<M, S> of(Supplier<? extends M> initialModel, Supplier<? extends S> newSut,
            Function<? super M, ? extends Gen<? extends Action<M, S>>> actions) {
        return new StatefulProperty<>(Objects.requireNonNull(initialModel, "initialModel"),
                Objects.requireNonNull(newSut, "newSut"), Objects.requireNonNull(actions, "actions"));
    }

    /**
     * Sets the invariant, checked on the initial state and after every action (e.g. "the SUT's observable
     * state equals the model's").
     *
     * @param invariant throws to signal a failure
     * @return this property
     */
    public StatefulProperty<M, S> invariant(Invariant<? super M, ? super S> invariant) {
        this.invariant = Objects.requireNonNull(invariant, "invariant");
        return this;
    }

    /**
     * Releases the SUT after each sequence (close a connection, drop a schema…).
     *
     * @param teardown called with the SUT after each sequence, failing or not
     * @return this property
     */
    public StatefulProperty<M, S> teardown(Teardown<? super S> teardown) {
        this.teardown = Objects.requireNonNull(teardown, "teardown");
        return this;
    }

    /**
     * Sets the number of sequences to run (default: {@value Property#DEFAULT_TRIES} or the
     * {@code sne.testkit.tries} system property).
     *
     * @param sequences at least 1
     * @return this property
     */
    public StatefulProperty<M, S> sequences(int sequences) {
        if (sequences < 1) {
            throw new IllegalArgumentException("sequences must be at least 1: " + sequences);
        }
        this.sequences = sequences;
        return this;
    }

    /**
     * Sets the maximum number of actions of a sequence (default {@value #DEFAULT_MAX_LENGTH}). The mean
     * length grows with the size up to half of it; 5 % of the sequences are empty and, for a maximum of at
     * most 100, 5 % have the maximum length.
     *
     * @param maxLength at least 1
     * @return this property
     */
    public StatefulProperty<M, S> maxLength(int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1: " + maxLength);
        }
        this.maxLength = maxLength;
        return this;
    }

    /**
     * Fixes the seed ({@code sne.testkit.seed} still wins, to replay).
     *
     * @param seed the seed
     * @return this property
     */
    public StatefulProperty<M, S> seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * Sets the time budget of shrinking (default 10 s).
     *
     * @param maxShrinkTime the budget
     * @return this property
     */
    public StatefulProperty<M, S> maxShrinkTime(Duration maxShrinkTime) {
        this.maxShrinkTime = Objects.requireNonNull(maxShrinkTime, "maxShrinkTime");
        return this;
    }

    /**
     * Fails the property if fewer than {@code percent} % of the sequences carry the label (given with
     * {@link Statistics#label(String)} in an action or the invariant).
     *
     * @param label   the label
     * @param percent the minimum share, in {@code [0, 100]}
     * @return this property
     */
    public StatefulProperty<M, S> requireAtLeast(String label, double percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be in [0, 100]: " + percent);
        }
        coverage.put(Objects.requireNonNull(label, "label"), percent);
        return this;
    }

    /**
     * Runs the sequences: returns if all of them pass, throws {@link PropertyFailure} otherwise, whose
     * {@link PropertyFailure#shrunkValue() shrunk value} is the list of executed actions, the failing one
     * last.
     */
    public void check() {
        Settings settings = Settings.resolve(Settings.callerName(), sequences, seed, maxShrinkTime, coverage, ".seed(%dL)",
                "sequence");
        Engine.run(settings, this::runSequence);
    }

    private void runSequence(CaseContext context) throws Throwable {
        ChoiceSource source = context.source();
        List<Action<M, S>> executed = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        M model = initialModel.get();
        M before = model;
        String failedAt = "invariant failed on the initial state";
        S sut = newSut.get();
        Throwable failure = null;
        try {
            invariant.check(model, sut);
            double mean = Math.max(1.0, maxLength * (double) source.size() / (2.0 * Gen.MAX_SIZE));
            double more = source.continueProbability(maxLength, mean);
            while (executed.size() < maxLength) {
                failedAt = executed.isEmpty() ? "generating the first action failed"
                        : "generating the next action failed after this step";
                int span = source.startSpan("step");
                Action<M, S> action = source.flag(more) ? drawAction(source, model) : null;
                source.endSpan(span);
                if (action == null) {
                    break;
                }
                executed.add(action);
                shown.add(String.valueOf(action));
                before = model;
                failedAt = "failed";
                model = action.run(model, sut);
                failedAt = "invariant failed after this step";
                invariant.check(model, sut);
            }
            failedAt = null;
        } catch (Throwable t) {
            failure = t;
            throw t;
        } finally {
            context.example(Collections.unmodifiableList(executed), describe(shown, failedAt, before));
            try {
                teardown.close(sut);
            } catch (Throwable t) {
                if (failure != null) {
                    failure.addSuppressed(t);
                } else {
                    throw t;
                }
            }
        }
    }

    private Action<M, S> drawAction(ChoiceSource source, M model) {
        Gen<? extends Action<M, S>> gen = Objects.requireNonNull(actions.apply(model),
                "the action generator function returned null");
        for (int attempt = 0; attempt < PRECONDITION_ATTEMPTS; attempt++) {
            Action<M, S> action = Objects.requireNonNull(gen.generate(source), "generated a null action");
            if (action.precondition(model)) {
                return action;
            }
            if (source.exhausted()) {
                break;
            }
        }
        return null;
    }

    private static String describe(List<String> shown, String failedAt, Object before) {
        if (shown.isEmpty()) {
            return failedAt == null ? "(no action)" : "(no action) <-- " + failedAt + "; model: " + before;
        }
        int width = String.valueOf(shown.size()).length();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < shown.size(); i++) {
            out.append(i == 0 ? "" : "\n")
                    .append(String.format("%" + width + "d. ", i + 1)).append(shown.get(i));
            if (failedAt != null && i == shown.size() - 1) {
                out.append("   <-- ").append(failedAt).append(" (model before: ").append(before).append(')');
            }
        }
        return out.toString();
    }

    /**
     * A check of the model and the SUT after every step.
     *
     * @param <M> the model type
     * @param <S> the SUT type
     */
    @FunctionalInterface
    public interface Invariant<M, S> {
        /**
         * Checks the state.
         *
         * @param model the model
         * @param sut   the system under test
         * @throws Throwable to signal a failure
         */
        void check(M model, S sut) throws Throwable;
    }

    /**
     * Releases a SUT.
     *
     * @param <S> the SUT type
     */
    @FunctionalInterface
    public interface Teardown<S> {
        /**
         * Releases the SUT.
         *
         * @param sut the system under test
         * @throws Throwable if releasing fails (a failure of the sequence)
         */
        void close(S sut) throws Throwable;
    }
}
