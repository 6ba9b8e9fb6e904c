package org.sne4j.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Stateful properties: bugs found in random action sequences are shrunk to the shortest failing sequence. */
class StatefulPropertyTest {

    // ------------------------------------------------------------------------------------------------
    // A counter whose increments go wrong after the third one
    // ------------------------------------------------------------------------------------------------

    static final class BuggyCounter {
        private int value;
        private int increments;

        int increment() {
            increments++;
            value += increments > 3 ? 2 : 1; // the injected bug
            return value;
        }

        int decrement() {
            return --value;
        }

        void reset() {
            value = 0;
        }

        int value() {
            return value;
        }
    }

    private static final Action<Integer, BuggyCounter> INCREMENT = Action.of("increment", (model, counter) -> {
        assertThat(counter.increment()).as("value after increment").isEqualTo(model + 1);
        return model + 1;
    });
    private static final Action<Integer, BuggyCounter> DECREMENT = Action.of("decrement", model -> model > 0,
            (model, counter) -> {
                assertThat(counter.decrement()).as("value after decrement").isEqualTo(model - 1);
                return model - 1;
            });
    private static final Action<Integer, BuggyCounter> RESET = Action.of("reset", (model, counter) -> {
        counter.reset();
        return 0;
    });

    static StatefulProperty<Integer, BuggyCounter> counterProperty(long seed) {
        return StatefulProperty.of(() -> 0, BuggyCounter::new,
                        model -> Gen.oneOf(Gen.constant(INCREMENT), Gen.constant(DECREMENT), Gen.constant(RESET)))
                .invariant((model, counter) -> assertThat(counter.value()).isEqualTo(model))
                .sequences(200)
                .maxLength(30)
                .seed(seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 42L, 2024L, -7L, 123_456_789L})
    void aCounterBrokenAfterItsThirdIncrementShrinksToFourIncrements(long seed) {
        PropertyFailure failure = Falsify.failureOf("stateful counter (seed " + seed + ")",
                () -> counterProperty(seed).check());

        List<Action<Integer, BuggyCounter>> shrunk = failure.shrunkValue();
        assertThat(shrunk).map(Object::toString).containsExactly("increment", "increment", "increment", "increment");
        assertThat(failure.shrunkExample()).isEqualTo("""
                1. increment
                2. increment
                3. increment
                4. increment   <-- failed (model before: 3)""");
        assertThat(failure.getCause()).hasMessageContaining("value after increment");
    }

    @Test
    void theSameSeedGivesTheSameShrunkSequence() {
        PropertyFailure first = Falsify.failureOf("stateful reproducible 1", () -> counterProperty(5L).check());
        PropertyFailure second = Falsify.failureOf("stateful reproducible 2", () -> counterProperty(5L).check());

        assertThat(second.originalExample()).isEqualTo(first.originalExample());
        assertThat(second.shrunkExample()).isEqualTo(first.shrunkExample());
        assertThat(first.getMessage()).contains("falsified after " + first.tries() + " sequence")
                .contains("sequences configured").contains("Shrunk counter-example");
    }

    // ------------------------------------------------------------------------------------------------
    // A bounded queue whose size is off by one after a remove from a full queue
    // ------------------------------------------------------------------------------------------------

    static final class BoundedQueue {
        private final int[] items;
        private int head;
        private int size;

        BoundedQueue(int capacity) {
            items = new int[capacity];
        }

        void offer(int item) {
            if (size == items.length) {
                throw new IllegalStateException("full");
            }
            items[(head + size) % items.length] = item;
            size++;
        }

        int poll() {
            int item = items[head];
            head = (head + 1) % items.length;
            size -= size == items.length ? 2 : 1; // the injected bug
            return item;
        }

        int size() {
            return size;
        }
    }

    static final int CAPACITY = 3;

    record Offer(int item) implements Action<List<Integer>, BoundedQueue> {
        @Override
        public boolean precondition(List<Integer> model) {
            return model.size() < CAPACITY;
        }

        @Override
        public List<Integer> run(List<Integer> model, BoundedQueue queue) {
            queue.offer(item);
            List<Integer> next = new ArrayList<>(model);
            next.add(item);
            return List.copyOf(next);
        }

        @Override
        public String toString() {
            return "offer(" + item + ")";
        }
    }

    record Poll() implements Action<List<Integer>, BoundedQueue> {
        @Override
        public boolean precondition(List<Integer> model) {
            return !model.isEmpty();
        }

        @Override
        public List<Integer> run(List<Integer> model, BoundedQueue queue) {
            assertThat(queue.poll()).as("polled item").isEqualTo(model.get(0));
            return List.copyOf(model.subList(1, model.size()));
        }

        @Override
        public String toString() {
            return "poll()";
        }
    }

    private static Gen<Action<List<Integer>, BoundedQueue>> queueActions(List<Integer> model) {
        return Gen.oneOf(Gen.ints(0, 100).map(Offer::new), Gen.constant(new Poll()));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 42L, 2024L, -7L, 123_456_789L})
    void aQueueWithAnOffByOneSizeAfterRemovingFromAFullQueueShrinksToThreeOffersAndAPoll(long seed) {
        PropertyFailure failure = Falsify.failureOf("stateful bounded queue (seed " + seed + ")",
                () -> StatefulProperty.<List<Integer>, BoundedQueue>of(List::of, () -> new BoundedQueue(CAPACITY),
                                StatefulPropertyTest::queueActions)
                        .invariant((model, queue) -> assertThat(queue.size()).as("size").isEqualTo(model.size()))
                        .sequences(200)
                        .seed(seed)
                        .check());

        List<Action<List<Integer>, BoundedQueue>> shrunk = failure.shrunkValue();
        assertThat(shrunk).containsExactly(new Offer(0), new Offer(0), new Offer(0), new Poll());
        assertThat(failure.shrunkExample()).endsWith("4. poll()   <-- invariant failed after this step "
                + "(model before: [0, 0, 0])");
        assertThat(failure.getCause()).hasMessageContaining("size");
    }

    @Test
    void shrunkSequencesOnlyContainActionsWhosePreconditionsHold() {
        PropertyFailure failure = Falsify.failureOf("stateful preconditions",
                () -> StatefulProperty.<List<Integer>, BoundedQueue>of(List::of, () -> new BoundedQueue(CAPACITY),
                                StatefulPropertyTest::queueActions)
                        .invariant((model, queue) -> assertThat(queue.size()).isEqualTo(model.size()))
                        .sequences(300)
                        .seed(11L)
                        .check());

        for (List<Action<List<Integer>, BoundedQueue>> sequence
                : List.<List<Action<List<Integer>, BoundedQueue>>>of(failure.originalValue(), failure.shrunkValue())) {
            List<Integer> model = List.of();
            for (Action<List<Integer>, BoundedQueue> action : sequence) {
                assertThat(action.precondition(model)).as("precondition of %s in %s", action, model).isTrue();
                List<Integer> next = new ArrayList<>(model);
                if (action instanceof Offer offer) {
                    next.add(offer.item());
                } else {
                    next.remove(0);
                }
                model = next;
            }
        }
    }

    // ------------------------------------------------------------------------------------------------
    // A correct key-value store against a map model: the property holds
    // ------------------------------------------------------------------------------------------------

    static final class Store {
        private final Map<String, Integer> entries = new HashMap<>();
        private final AtomicInteger closed;

        Store(AtomicInteger closed) {
            this.closed = closed;
        }

        void put(String key, int value) {
            entries.put(key, value);
        }

        Optional<Integer> get(String key) {
            return Optional.ofNullable(entries.get(key));
        }

        void remove(String key) {
            entries.remove(key);
        }

        int size() {
            return entries.size();
        }

        void close() {
            closed.incrementAndGet();
        }
    }

    private static Gen<Action<TreeMap<String, Integer>, Store>> storeActions(TreeMap<String, Integer> model) {
        Gen<String> keys = Gen.strings("abc", 1, 2);
        Gen<Action<TreeMap<String, Integer>, Store>> put = Gen.zip(keys, Gen.ints(0, 9), (k, v) ->
                Action.of("put(" + k + ", " + v + ")", (m, store) -> {
                    store.put(k, v);
                    TreeMap<String, Integer> next = new TreeMap<>(m);
                    next.put(k, v);
                    return next;
                }));
        Gen<Action<TreeMap<String, Integer>, Store>> get = keys.map(k -> Action.of("get(" + k + ")", (m, store) -> {
            assertThat(store.get(k)).isEqualTo(Optional.ofNullable(m.get(k)));
            return m;
        }));
        if (model.isEmpty()) {
            return Gen.oneOf(put, get);
        }
        // arguments drawn from the state: remove an existing key
        Gen<Action<TreeMap<String, Integer>, Store>> remove = Gen.elements(List.copyOf(model.keySet()))
                .map(k -> Action.of("remove(" + k + ")", m -> m.containsKey(k), (m, store) -> {
                    store.remove(k);
                    TreeMap<String, Integer> next = new TreeMap<>(m);
                    next.remove(k);
                    Statistics.label("removed a key");
                    return next;
                }));
        return Gen.frequency(Gen.weighted(3, put), Gen.weighted(2, get), Gen.weighted(1, remove));
    }

    @Test
    void aCorrectStoreSatisfiesItsModelAndEverySutIsTornDown() {
        AtomicInteger created = new AtomicInteger();
        AtomicInteger closed = new AtomicInteger();

        StatefulProperty.<TreeMap<String, Integer>, Store>of(TreeMap::new, () -> {
                    created.incrementAndGet();
                    return new Store(closed);
                }, StatefulPropertyTest::storeActions)
                .invariant((model, store) -> assertThat(store.size()).isEqualTo(model.size()))
                .teardown(Store::close)
                .sequences(100)
                .requireAtLeast("removed a key", 10.0)
                .check();

        assertThat(created).hasValue(100);
        assertThat(closed).hasValue(100);
    }

    @Test
    void anInvariantBrokenFromTheStartIsReportedWithoutActions() {
        PropertyFailure failure = Falsify.failureOf("stateful initial invariant",
                () -> StatefulProperty.<Integer, BuggyCounter>of(() -> 1, BuggyCounter::new,
                                model -> Gen.constant(INCREMENT))
                        .invariant((model, counter) -> assertThat(counter.value()).isEqualTo(model))
                        .seed(1L)
                        .check());

        assertThat(failure.shrunkExample()).isEqualTo("(no action) <-- invariant failed on the initial state; model: 1");
        assertThat((List<?>) failure.shrunkValue()).isEmpty();
    }
}
