package org.sne4j.testkit.property;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * One step of a {@link StatefulProperty}: an operation applied both to the model (the simple, obviously
 * correct description of the expected state) and to the system under test (SUT).
 *
 * <p>Implementations must be immutable values with a readable {@code toString()} (e.g.
 * {@code "put(3, \"a\")"}): it is how the failing sequence is reported. The arguments of an action are
 * generated (from the model, so they can depend on the state) by the action generator given to
 * {@link StatefulProperty#of}, and shrink like any generated value.
 *
 * @param <M> the model type (preferably immutable; {@link #run} returns the next model)
 * @param <S> the type of the system under test
 */
public interface Action<M, S> {

    /**
     * Whether the action makes sense in this model state (e.g. "remove" needs a non-empty store). Checked
     * when the action is generated and again when a shrunk sequence is replayed, so shrunk sequences only
     * contain valid steps. Must depend on the model only. The default is always true.
     *
     * @param model the state before the action
     * @return true if the action may run
     */
    default boolean precondition(M model) {
        return true;
    }

    /**
     * Applies the action to the SUT, asserts its postconditions (the SUT's answers against the model), and
     * returns the model after the action.
     *
     * @param model the state before the action
     * @param sut   the system under test
     * @return the next model (the same instance for a mutable model)
     * @throws Throwable an {@link AssertionError} or any exception is a failure of the sequence
     */
    M run(M model, S sut) throws Throwable;

    /**
     * An action from a name and a function, always allowed.
     *
     * @param name shown in reports, arguments included (e.g. {@code "deposit(30)"})
     * @param run  the effect on the SUT, the postconditions, and the next model
     * @param <M>  the model type
     * @param <S>  the SUT type
     * @return the action
     */
    static <M, S> Action<M, S> of(String name, Step<M, S> run) {
        return of(name, model -> true, run);
    }

    /**
     * An action from a name, a precondition and a function.
     *
     * @param name         shown in reports, arguments included
     * @param precondition when the action may run, given the model
     * @param run          the effect on the SUT, the postconditions, and the next model
     * @param <M>          the model type
     * @param <S>          the SUT type
     * @return the action
     */
    static <M, S> Action<M, S> of(String name, Predicate<? super M> precondition, Step<M, S> run) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(precondition, "precondition");
        Objects.requireNonNull(run, "run");
        return new Action<>() {
            @Override
            public boolean precondition(M model) {
                return precondition.test(model);
            }

            @Override
            public M run(M model, S sut) throws Throwable {
                return run.run(model, sut);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    /**
     * The body of an action built with {@link #of}.
     *
     * @param <M> the model type
     * @param <S> the SUT type
     */
    @FunctionalInterface
    interface Step<M, S> {
        /**
         * See {@link Action#run(Object, Object)}.
         *
         * @param model the state before the action
         * @param sut   the system under test
         * @return the next model
         * @throws Throwable a failure
         */
        M run(M model, S sut) throws Throwable;
    }
}
