package org.sne4j.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** The three examples of sne-testkit/README.md, compiled and run so that the README stays true. */
class ReadmeExamplesTest {

    // ------------------------------------------------------------------------------------------------
    // 1. A value type round trip
    // ------------------------------------------------------------------------------------------------

    /** An amount in euro cents, printed as "1234,05". */
    record Montant(long centimes) {
        Montant {
            if (centimes < 0) {
                throw new IllegalArgumentException("negative amount: " + centimes);
            }
        }

        static Montant parse(String text) {
            String[] parts = text.split(",");
            return new Montant(Long.parseLong(parts[0]) * 100 + Long.parseLong(parts[1]));
        }

        @Override
        public String toString() {
            return centimes / 100 + "," + String.format("%02d", centimes % 100);
        }
    }

    static final Gen<Montant> MONTANTS = Gen.longs(0, 100_000_000_00L).map(Montant::new);

    @Test
    void aMontantSurvivesPrintingAndParsing() {
        Property.forAll(MONTANTS)
                .classify(m -> m.centimes() % 100 == 0, "whole euros")
                .check(m -> assertThat(Montant.parse(m.toString())).isEqualTo(m));
    }

    // ------------------------------------------------------------------------------------------------
    // 2. A rule: a pure function and its invariants (annotation form)
    // ------------------------------------------------------------------------------------------------

    /** Effort rate: the share of the household's monthly resources spent on rent, in whole percent, capped. */
    static int tauxEffort(long loyerCentimes, long ressourcesCentimes) {
        return (int) Math.min(100, loyerCentimes * 100 / ressourcesCentimes);
    }

    static Gen<Long> loyers() {
        return Gen.longs(0, 3_000_00L);
    }

    static Gen<Long> ressources() {
        return Gen.longs(1, 10_000_00L);
    }

    @PropertyTest(tries = 500, maxShrinkTime = "5s")
    void theEffortRateIsAPercentageThatGrowsWithTheRent(@ForAll("loyers") long loyer1, @ForAll("loyers") long loyer2,
            @ForAll("ressources") long ressources) {
        long lower = Math.min(loyer1, loyer2);
        long higher = Math.max(loyer1, loyer2);

        assertThat(tauxEffort(higher, ressources)).isBetween(0, 100);
        assertThat(tauxEffort(lower, ressources)).isLessThanOrEqualTo(tauxEffort(higher, ressources));
        Statistics.classify(tauxEffort(higher, ressources) == 100, "capped at 100 %");
    }

    // ------------------------------------------------------------------------------------------------
    // 3. A stateful model: a key-value store against a TreeMap
    // ------------------------------------------------------------------------------------------------

    /** The system under test. */
    static final class Store {
        private final Map<String, Integer> entries = new HashMap<>();

        void put(String key, int value) {
            entries.put(key, value);
        }

        Optional<Integer> get(String key) {
            return Optional.ofNullable(entries.get(key));
        }

        boolean remove(String key) {
            return entries.remove(key) != null;
        }

        int size() {
            return entries.size();
        }
    }

    /** The model: an immutable sorted map, so its toString is readable in reports. */
    record Model(TreeMap<String, Integer> entries) {
        Model with(String key, int value) {
            TreeMap<String, Integer> copy = new TreeMap<>(entries);
            copy.put(key, value);
            return new Model(copy);
        }

        Model without(String key) {
            TreeMap<String, Integer> copy = new TreeMap<>(entries);
            copy.remove(key);
            return new Model(copy);
        }
    }

    static Gen<Action<Model, Store>> actions(Model model) {
        Gen<String> keys = Gen.strings("abc", 1, 2);
        Gen<Action<Model, Store>> put = Gen.zip(keys, Gen.ints(0, 99), (key, value) ->
                Action.of("put(" + key + ", " + value + ")", (m, store) -> {
                    store.put(key, value);
                    return m.with(key, value);
                }));
        Gen<Action<Model, Store>> get = keys.map(key ->
                Action.of("get(" + key + ")", (m, store) -> {
                    assertThat(store.get(key)).isEqualTo(Optional.ofNullable(m.entries().get(key)));
                    return m;
                }));
        if (model.entries().isEmpty()) {
            return Gen.oneOf(put, get);
        }
        // an argument drawn from the state: remove a key that exists
        Gen<Action<Model, Store>> remove = Gen.elements(List.copyOf(model.entries().keySet())).map(key ->
                Action.of("remove(" + key + ")", m -> m.entries().containsKey(key), (m, store) -> {
                    assertThat(store.remove(key)).isTrue();
                    return m.without(key);
                }));
        return Gen.frequency(Gen.weighted(3, put), Gen.weighted(2, get), Gen.weighted(1, remove));
    }

    @Test
    void theStoreBehavesLikeASortedMap() {
        StatefulProperty.of(() -> new Model(new TreeMap<>()), Store::new, ReadmeExamplesTest::actions)
                .invariant((model, store) -> assertThat(store.size()).isEqualTo(model.entries().size()))
                .sequences(200)
                .maxLength(40)
                .check();
    }
}
