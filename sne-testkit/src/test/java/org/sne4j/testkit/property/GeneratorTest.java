package org.sne4j.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The generators: ranges, edge cases, size, distributions, reproducibility. */
class GeneratorTest {

    private static final long SEED = 20_240_101L;

    @Test
    void edgeCasesOfAnIntRangeAppearIn1000Draws() {
        List<Integer> values = Gen.ints(-50, 50).sample(SEED, 1000);

        assertThat(values).allMatch(v -> v >= -50 && v <= 50);
        assertThat(values).contains(-50, -1, 0, 1, 50);
    }

    @Test
    void edgeCasesOfAnUnboundedIntAreItsLimits() {
        List<Integer> values = Gen.ints().sample(SEED, 1000);

        assertThat(values).contains(Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE);
    }

    @Test
    void edgeCasesOfLongsAreTheirLimits() {
        assertThat(Gen.longs().sample(SEED, 1000)).contains(Long.MIN_VALUE, -1L, 0L, 1L, Long.MAX_VALUE);
        assertThat(Gen.longs(10, 1_000_000_000_000L).sample(SEED, 1000)).contains(10L, 11L, 1_000_000_000_000L);
    }

    @Test
    void edgeCasesOfADateRangeAreItsFirstAndLastDays() {
        LocalDate first = LocalDate.of(2020, 2, 1);
        LocalDate last = LocalDate.of(2030, 11, 30);

        List<LocalDate> values = Gen.dates(first, last).sample(SEED, 1000);

        assertThat(values).allMatch(d -> !d.isBefore(first) && !d.isAfter(last));
        assertThat(values).contains(first, last);
    }

    @Test
    void edgeCasesOfStringsAreTheShortestAndLongestAndTheAlphabetEnds() {
        List<String> values = Gen.strings("abcxyz", 0, 12).sample(SEED, 1000);

        assertThat(values).allMatch(s -> s.length() <= 12 && s.chars().allMatch(c -> "abcxyz".indexOf(c) >= 0));
        assertThat(values).contains("");
        assertThat(values).anyMatch(s -> s.length() == 12);
        assertThat(String.join("", values)).contains("a", "z");
    }

    @Test
    void edgeCasesOfElementsAndEnumsAreTheFirstAndLast() {
        assertThat(Gen.elements("first", "middle-1", "middle-2", "middle-3", "last").sample(SEED, 200))
                .contains("first", "last");
        assertThat(Gen.enums(DayOfWeek.class).sample(SEED, 200)).contains(DayOfWeek.MONDAY, DayOfWeek.SUNDAY);
    }

    @Test
    void edgeCasesMakeCollectionsEmptyOrFull() {
        List<List<Integer>> lists = Gen.ints(0, 9).list(2, 40).sample(SEED, 1000);

        assertThat(lists).allMatch(l -> l.size() >= 2 && l.size() <= 40);
        assertThat(lists).anyMatch(l -> l.size() == 2);
        assertThat(lists).anyMatch(l -> l.size() == 40);
    }

    @Test
    void theSizeGrowsFromNearZeroToTheMaximumHalfwayThroughTheRun() {
        List<Integer> sizes = Gen.sized(Gen::constant).sample(SEED, 100);

        assertThat(sizes.get(0)).isLessThanOrEqualTo(2);
        assertThat(sizes).isSorted();
        assertThat(sizes.subList(50, 100)).containsOnly(Gen.MAX_SIZE);
    }

    @Test
    void unboundedIntsStayNearZeroInTheFirstTriesAndGrowLater() {
        List<Integer> values = Gen.ints().sample(SEED, 1000);
        Set<Integer> edges = Set.of(Integer.MIN_VALUE, Integer.MAX_VALUE);

        assertThat(values.subList(0, 10)).allMatch(v -> edges.contains(v) || Math.abs(v) <= 2);
        assertThat(values.subList(500, 1000)).anyMatch(v -> !edges.contains(v) && Math.abs(v) > 1_000_000);
    }

    @Test
    void listsAreShortInTheFirstTriesAndLongerLater() {
        List<List<Integer>> lists = Gen.ints(0, 9).list(0, 1000).sample(SEED, 1000);

        double early = lists.subList(0, 100).stream().mapToInt(List::size).average().orElseThrow();
        double late = lists.subList(900, 1000).stream().mapToInt(List::size).average().orElseThrow();
        assertThat(early).isLessThan(2.0);
        assertThat(late).isGreaterThan(5.0);
    }

    @Test
    void theSameSeedGivesTheSameValues() {
        Gen<List<String>> gen = Gen.strings("abc", 0, 5).list(0, 10);

        assertThat(gen.sample(42L, 300)).isEqualTo(gen.sample(42L, 300));
        assertThat(gen.sample(42L, 300)).isNotEqualTo(gen.sample(43L, 300));
    }

    @Test
    void sampleShowsTheValuesAPropertyRunSeesWithTheSameSeedAndTries() {
        Gen<Integer> gen = Gen.ints(0, 1_000_000);
        List<Integer> seen = new java.util.ArrayList<>();

        Property.forAll(gen).seed(7L).tries(50).check(seen::add);

        assertThat(seen).isEqualTo(gen.sample(Falsify.effectiveSeed(7L), 50));
    }

    @Test
    void setsHoldDistinctElementsWithinTheirSizeBounds() {
        List<Set<Integer>> sets = Gen.ints(0, 30).set(3, 8).sample(SEED, 500);

        assertThat(sets).allMatch(s -> s.size() >= 3 && s.size() <= 8);
    }

    @Test
    void aSetThatCannotReachItsMinimumSizeMakesThePropertyGiveUp() {
        PropertyFailure failure = Falsify.failureOf("set(3, 5) of booleans",
                () -> Property.forAll(Gen.booleans().set(3, 5)).tries(10).check(s -> { }));

        assertThat(failure.kind()).isEqualTo(PropertyFailure.Kind.GAVE_UP);
    }

    @Test
    void optionalsAreSometimesEmptyAndSometimesPresent() {
        List<Optional<Integer>> values = Gen.ints(0, 5).optional().sample(SEED, 200);

        assertThat(values).contains(Optional.empty());
        assertThat(values).anyMatch(Optional::isPresent);
    }

    @Test
    void frequencyFollowsTheWeights() {
        Gen<String> gen = Gen.frequency(Gen.weighted(9, Gen.constant("common")), Gen.weighted(1, Gen.constant("rare")));

        List<String> values = gen.sample(SEED, 2000);

        long rare = values.stream().filter("rare"::equals).count();
        assertThat(rare).isBetween(120L, 280L);
    }

    @Test
    void oneOfUsesEveryAlternative() {
        Gen<Object> gen = Gen.oneOf(Gen.ints(0, 9), Gen.strings("ab", 1, 3), Gen.constant(LocalDate.MIN));

        Set<Class<?>> kinds = gen.sample(SEED, 100).stream().map(Object::getClass).collect(Collectors.toSet());

        assertThat(kinds).containsExactlyInAnyOrder(Integer.class, String.class, LocalDate.class);
    }

    record Person(String name, int age, boolean member) {
    }

    @Test
    void zipCombinesGeneratorsIntoARecord() {
        Gen<Person> people = Gen.zip(Gen.strings("abc", 1, 5), Gen.ints(0, 120), Gen.booleans(), Person::new);

        assertThat(people.sample(SEED, 200)).allMatch(p -> !p.name().isEmpty() && p.age() >= 0 && p.age() <= 120)
                .anyMatch(Person::member).anyMatch(Predicate.not(Person::member));
    }

    @Test
    void zipAcceptsUpToEightGenerators() {
        Gen<Integer> digit = Gen.ints(0, 9);

        Gen<Integer> sum = Gen.zip(digit, digit, digit, digit, digit, digit, digit, digit,
                (a, b, c, d, e, f, g, h) -> a + b + c + d + e + f + g + h);

        assertThat(sum.sample(SEED, 100)).allMatch(s -> s >= 0 && s <= 72);
    }

    @Test
    void recursiveStructuresRespectTheDepthBound() {
        Gen<Object> nested = Gen.recursive(Gen.constant("leaf"), sub -> sub.list(1, 3).map(l -> (Object) l), 4);

        assertThat(nested.sample(SEED, 300)).allMatch(v -> depth(v) <= 5).anyMatch(v -> depth(v) >= 3);
    }

    private static int depth(Object value) {
        return value instanceof List<?> list ? 1 + list.stream().mapToInt(GeneratorTest::depth).max().orElse(0) : 1;
    }

    /** Nested parentheses: a generator that refers to itself through lazy(). */
    private static final Gen<String> PARENS = Gen.frequency(
            Gen.weighted(2, Gen.constant("")),
            Gen.weighted(1, Gen.lazy(() -> GeneratorTest.PARENS).map(s -> "(" + s + ")")));

    @Test
    void lazyAllowsAGeneratorToReferToItself() {
        List<String> values = PARENS.sample(SEED, 300);

        assertThat(values).contains("", "()", "(())");
        assertThat(values).allMatch(s -> s.matches("\\(*\\)*") && s.length() % 2 == 0);
    }

    @Test
    void invalidArgumentsAreRejectedWithClearMessages() {
        assertThatThrownBy(() -> Gen.ints(5, 4)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max");
        assertThatThrownBy(() -> Gen.ints(0, 1).list(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gen.elements(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gen.strings("", 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gen.weighted(0, Gen.constant(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void descriptionsNameTheGenerator() {
        assertThat(Gen.ints(0, 10).list(0, 3)).hasToString("list(0, 3, ints(0, 10))");
        assertThat(Gen.ints(0, 10).filter("even", x -> x % 2 == 0)).hasToString("ints(0, 10).filter(even)");
        assertThat(Gen.ints(0, 10).named("digits")).hasToString("digits");
    }
}
