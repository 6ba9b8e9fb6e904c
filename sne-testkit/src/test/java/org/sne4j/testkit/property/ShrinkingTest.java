package org.sne4j.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Known-false properties: each must be falsified and shrunk to its known minimal counter-example, from
 * several seeds. The shrink figures are printed with a {@code [shrink-stats]} prefix.
 */
class ShrinkingTest {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 42L, 2024L, -7L, 123_456_789L})
    void aListOfIntsWhoseSumReaches100ShrinksToTheList100(long seed) {
        // GIVEN every list of ints in 0..1000 is claimed to sum to less than 100
        // WHEN the property is checked
        PropertyFailure failure = Falsify.failureOf("sum of list < 100 (seed " + seed + ")",
                () -> Property.forAll(Gen.ints(0, 1000).list(0, 50)).seed(seed).tries(200)
                        .check(list -> assertThat(sum(list)).isLessThan(100)));

        // THEN the counter-example is a single element, exactly 100
        List<Integer> shrunk = failure.shrunkValue();
        assertThat(shrunk).containsExactly(100);
        assertThat(failure.getCause()).isInstanceOf(AssertionError.class).hasMessageContaining("100");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 42L, 2024L, -7L, 123_456_789L})
    void aListContainingBoth1And2ShrinksToThoseTwoElements(long seed) {
        PropertyFailure failure = Falsify.failureOf("no list contains 1 and 2 (seed " + seed + ")",
                () -> Property.forAll(Gen.ints(0, 20).list(0, 30)).seed(seed).tries(1000)
                        .check(list -> assertThat(list.contains(1) && list.contains(2)).isFalse()));

        List<Integer> shrunk = failure.shrunkValue();
        assertThat(shrunk).containsExactlyInAnyOrder(1, 2);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 42L, 2024L, -7L, 123_456_789L})
    void anUnboundedIntOfAtLeast1000ShrinksTo1000(long seed) {
        PropertyFailure failure = Falsify.failureOf("every int < 1000 (seed " + seed + ")",
                () -> Property.forAll(Gen.ints()).seed(seed).tries(200)
                        .check(x -> assertThat(x).isLessThan(1000)));

        assertThat((Integer) failure.shrunkValue()).isEqualTo(1000);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 42L, 2024L, -7L, 123_456_789L})
    void aStringContainingZShrinksToZ(long seed) {
        PropertyFailure failure = Falsify.failureOf("string has no 'z' (seed " + seed + ")",
                () -> Property.forAll(Gen.strings(LETTERS, 0, 30)).seed(seed).tries(500)
                        .check(s -> assertThat(s).doesNotContain("z")));

        assertThat((String) failure.shrunkValue()).isEqualTo("z");
        assertThat(failure.shrunkExample()).isEqualTo("\"z\"");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 42L, 2024L})
    void aFilteredValueShrinksToTheSmallestValueThatStillPassesTheFilter(long seed) {
        // GIVEN even numbers only, claimed to stay below 501
        Gen<Integer> evens = Gen.ints(0, 10_000).filter("even", x -> x % 2 == 0);

        PropertyFailure failure = Falsify.failureOf("filtered even < 501 (seed " + seed + ")",
                () -> Property.forAll(evens).seed(seed).tries(200).check(x -> assertThat(x).isLessThan(501)));

        // THEN 502, not 501: the shrunk value still satisfies the filter
        assertThat((Integer) failure.shrunkValue()).isEqualTo(502);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 42L, 2024L})
    void aMappedValueShrinksThroughTheMapping(long seed) {
        Gen<Integer> multiplesOf3 = Gen.ints(0, 1000).map(x -> x * 3);

        PropertyFailure failure = Falsify.failureOf("mapped multiple of 3 < 100 (seed " + seed + ")",
                () -> Property.forAll(multiplesOf3).seed(seed).tries(200).check(x -> assertThat(x).isLessThan(100)));

        assertThat((Integer) failure.shrunkValue()).isEqualTo(102);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 42L, 2024L})
    void aFlatMappedListOfDrawnLengthShrinksToOneElement(long seed) {
        // GIVEN a length n drawn first, then exactly n elements (a dependency only flatMap expresses)
        Gen<List<Integer>> exactLength = Gen.ints(1, 10).flatMap(n -> Gen.ints(0, 100).list(n, n));

        PropertyFailure failure = Falsify.failureOf("flatMapped sum < 50 (seed " + seed + ")",
                () -> Property.forAll(exactLength).seed(seed).tries(200)
                        .check(list -> assertThat(sum(list)).isLessThan(50)));

        List<Integer> shrunk = failure.shrunkValue();
        assertThat(shrunk).containsExactly(50);
    }

    record Pick(List<Integer> values, int index) {
        int picked() {
            return values.get(index);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 42L, 2024L})
    void aListAndAnIndexIntoItShrinkTogetherAndStayConsistent(long seed) {
        Gen<Pick> picks = Gen.ints(0, 100).list(1, 10)
                .flatMap(values -> Gen.ints(0, values.size() - 1).map(i -> new Pick(values, i)));

        PropertyFailure failure = Falsify.failureOf("picked element < 30 (seed " + seed + ")",
                () -> Property.forAll(picks).seed(seed).tries(200)
                        .check(pick -> assertThat(pick.picked()).isLessThan(30)));

        assertThat((Pick) failure.shrunkValue()).isEqualTo(new Pick(List.of(30), 0));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 42L, 2024L})
    void aNegativeRangeShrinksTowardItsBoundClosestToZero(long seed) {
        PropertyFailure failure = Falsify.failureOf("ints(-100, -10) > -50 (seed " + seed + ")",
                () -> Property.forAll(Gen.ints(-100, -10)).seed(seed).tries(200)
                        .check(x -> assertThat(x).isGreaterThan(-50)));

        assertThat((Integer) failure.shrunkValue()).isEqualTo(-50);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 42L, 2024L})
    void aRangeAcrossZeroShrinksNegativeValuesTowardZero(long seed) {
        PropertyFailure failure = Falsify.failureOf("ints(-1000, 1000) >= -500 (seed " + seed + ")",
                () -> Property.forAll(Gen.ints(-1000, 1000)).seed(seed).tries(500)
                        .check(x -> assertThat(x).isGreaterThanOrEqualTo(-500)));

        assertThat((Integer) failure.shrunkValue()).isEqualTo(-501);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 42L, 2024L})
    void aDateShrinksToTheFirstFailingDay(long seed) {
        Gen<LocalDate> dates = Gen.dates(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));

        PropertyFailure failure = Falsify.failureOf("date before 2024-06-01 (seed " + seed + ")",
                () -> Property.forAll(dates).seed(seed).tries(200)
                        .check(d -> assertThat(d).isBefore(LocalDate.of(2024, 6, 1))));

        assertThat((LocalDate) failure.shrunkValue()).isEqualTo(LocalDate.of(2024, 6, 1));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 42L, 2024L})
    void twoArgumentsShrinkToATotalOfExactly100(long seed) {
        PropertyFailure failure = Falsify.failureOf("a + b < 100 (seed " + seed + ")",
                () -> Property.forAll(Gen.ints(0, 100), Gen.ints(0, 100)).seed(seed).tries(200)
                        .check((a, b) -> assertThat(a + b).isLessThan(100)));

        List<Integer> shrunk = failure.shrunkValue();
        assertThat(shrunk.get(0) + shrunk.get(1)).isEqualTo(100);
        assertThat(shrunk).contains(0);
    }

    sealed interface Tree permits Leaf, Node {
        int depth();
    }

    record Leaf(int value) implements Tree {
        @Override
        public int depth() {
            return 1;
        }
    }

    record Node(Tree left, Tree right) implements Tree {
        @Override
        public int depth() {
            return 1 + Math.max(left.depth(), right.depth());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 42L, 2024L})
    void aRecursiveTreeShrinksToTheSmallestTreeOfTheFailingDepth(long seed) {
        Gen<Tree> trees = Gen.recursive(Gen.ints(0, 9).map(Leaf::new), sub -> Gen.zip(sub, sub, Node::new), 6);

        PropertyFailure failure = Falsify.failureOf("tree depth < 3 (seed " + seed + ")",
                () -> Property.forAll(trees).seed(seed).tries(200).check(t -> assertThat(t.depth()).isLessThan(3)));

        assertThat((Tree) failure.shrunkValue())
                .isEqualTo(new Node(new Node(new Leaf(0), new Leaf(0)), new Leaf(0)));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 42L, 2024L})
    void anyExceptionIsAFailureAndShrinksLikeAnAssertion(long seed) {
        PropertyFailure failure = Falsify.failureOf("throws above 10 (seed " + seed + ")",
                () -> Property.forAll(Gen.ints(0, 1000)).seed(seed).tries(200).check(x -> {
                    if (x > 10) {
                        throw new IllegalStateException("too big: " + x);
                    }
                }));

        assertThat((Integer) failure.shrunkValue()).isEqualTo(11);
        assertThat(failure.getCause()).isInstanceOf(IllegalStateException.class).hasMessage("too big: 11");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 42L, 2024L})
    void aSetShrinksToTheSmallestDistinctElements(long seed) {
        PropertyFailure failure = Falsify.failureOf("set has fewer than 3 elements (seed " + seed + ")",
                () -> Property.forAll(Gen.ints(0, 1000).set(0, 20)).seed(seed).tries(200)
                        .check(set -> assertThat(set).hasSizeLessThan(3)));

        assertThat(new ArrayList<Integer>(failure.shrunkValue())).containsExactlyInAnyOrder(0, 1, 2);
    }

    private static int sum(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).sum();
    }
}
