package org.sne4j.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The fluent runner: settings, system properties, reproducibility, the failure report, discards, statistics. */
class PropertyRunnerTest {

    private static final Gen<List<Integer>> LISTS = Gen.ints(0, 1000).list(0, 50);

    private static void sumBelow100(List<Integer> list) {
        assertThat(list.stream().mapToInt(Integer::intValue).sum()).as("sum of %s", list).isLessThan(100);
    }

    @Test
    void knownTruePropertiesPass() {
        Property.forAll(LISTS).check(list -> assertThat(list.stream().sorted().sorted().toList())
                .isEqualTo(list.stream().sorted().toList()));
        Property.forAll(Gen.ints(), Gen.ints()).check((a, b) -> assertThat(a + b).isEqualTo(b + a));
        Property.forAll(Gen.strings("abc", 0, 10), Gen.strings("abc", 0, 10), Gen.strings("abc", 0, 10))
                .check((a, b, c) -> assertThat((a + b) + c).isEqualTo(a + (b + c)));
    }

    @Test
    void withoutExplicitTriesTheSystemPropertyDecidesHowManyCasesRun() {
        // GIVEN surefire passes sne.testkit.tries (100 by default, 1000 on CI)
        int expected = Integer.getInteger(Property.TRIES_PROPERTY, Property.DEFAULT_TRIES);
        AtomicInteger cases = new AtomicInteger();

        // WHEN a property without explicit tries runs
        Property.forAll(Gen.ints(0, 10)).check(x -> cases.incrementAndGet());

        // THEN it runs exactly that many cases
        assertThat(cases).hasValue(expected);
    }

    @Test
    void explicitTriesWinOverTheSystemProperty() {
        AtomicInteger cases = new AtomicInteger();

        Property.forAll(Gen.ints(0, 10)).tries(37).check(x -> cases.incrementAndGet());

        assertThat(cases).hasValue(37);
    }

    @Test
    void theTriesSystemPropertyOverridesTheDefaultAndIsValidated() {
        Map<String, String> ci = Map.of(Property.TRIES_PROPERTY, "1000");

        assertThat(resolve(ci, null, null).tries()).isEqualTo(1000);
        assertThat(resolve(Map.of(), null, null).tries()).isEqualTo(Property.DEFAULT_TRIES);
        assertThat(resolve(ci, 50, null).tries()).isEqualTo(50);
        assertThatThrownBy(() -> resolve(Map.of(Property.TRIES_PROPERTY, "many"), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sne.testkit.tries");
    }

    @Test
    void theSeedSystemPropertyForcesTheSeedEvenOverAnExplicitOne() {
        Map<String, String> replay = Map.of(Property.SEED_PROPERTY, "-123456789");

        assertThat(resolve(replay, null, 42L).seed()).isEqualTo(-123_456_789L);
        assertThat(resolve(Map.of(), null, 42L).seed()).isEqualTo(42L);
        assertThat(resolve(Map.of(), null, null).seed()).isNotZero();
        assertThatThrownBy(() -> resolve(Map.of(Property.SEED_PROPERTY, "x"), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sne.testkit.seed");
    }

    private static Settings resolve(Map<String, String> systemProperties, Integer tries, Long seed) {
        return Settings.resolve("p", tries, seed, null, Map.of(), ".seed(%dL)", "try", systemProperties::get);
    }

    @Test
    void theSameSeedGivesTheSameFailureAndTheSameShrunkExample() {
        PropertyFailure first = Falsify.failureOf("reproducible run 1",
                () -> Property.forAll(LISTS).seed(99L).tries(200).check(PropertyRunnerTest::sumBelow100));
        PropertyFailure second = Falsify.failureOf("reproducible run 2",
                () -> Property.forAll(LISTS).seed(99L).tries(200).check(PropertyRunnerTest::sumBelow100));

        assertThat(second.tries()).isEqualTo(first.tries());
        assertThat(second.originalExample()).isEqualTo(first.originalExample());
        assertThat(second.shrunkExample()).isEqualTo(first.shrunkExample());
        assertThat(second.shrinkStepsAttempted()).isEqualTo(first.shrinkStepsAttempted());
    }

    @Test
    void theSeedOfARandomRunReplaysIt() {
        // GIVEN a failure found with a random seed
        PropertyFailure random = Falsify.failureOf("random seed",
                () -> Property.forAll(LISTS).tries(200).check(PropertyRunnerTest::sumBelow100));

        // WHEN the run is replayed with the reported seed
        PropertyFailure replayed = Falsify.failureOf("replayed seed",
                () -> Property.forAll(LISTS).tries(200).seed(random.seed()).check(PropertyRunnerTest::sumBelow100));

        // THEN the same case fails
        assertThat(replayed.originalExample()).isEqualTo(random.originalExample());
        assertThat(replayed.tries()).isEqualTo(random.tries());
    }

    @Test
    void theFailureReportShowsBothExamplesTheShrunkFailureTheSeedTheStepsAndHowToReplay() {
        PropertyFailure failure = Falsify.failureOf("report contents",
                () -> Property.forAll(LISTS).seed(42L).tries(200).check(PropertyRunnerTest::sumBelow100));

        assertThat(failure.getMessage())
                .startsWith("Property PropertyRunnerTest."
                        + "theFailureReportShowsBothExamplesTheShrunkFailureTheSeedTheStepsAndHowToReplay falsified")
                .contains("falsified after " + failure.tries() + (failure.tries() == 1 ? " try" : " tries"))
                .contains("(seed " + failure.seed() + ", 200 tries configured)")
                .contains("Original counter-example:\n    " + failure.originalExample())
                .contains("Shrunk counter-example (" + failure.shrinkStepsSuccessful() + " successful shrink steps of "
                        + failure.shrinkStepsAttempted() + " attempted, ")
                .contains("\n    [100]\n")
                .contains("Failure of the shrunk counter-example:\n    java.lang.AssertionError: [sum of [100]]")
                .contains("-Dsne.testkit.seed=" + failure.seed())
                .contains(".seed(" + failure.seed() + "L)")
                .doesNotContain("-Dsne.testkit.tries");
        assertThat(failure.getCause()).hasMessageContaining("sum of [100]");
        assertThat(failure.seed()).isEqualTo(Falsify.effectiveSeed(42L));
        assertThat(failure.kind()).isEqualTo(PropertyFailure.Kind.FALSIFIED);
        assertThat(failure.<List<Integer>>originalValue()).isNotEmpty();
    }

    @Test
    void theReplayHintRepeatsTheTriesWhenTheyCameFromTheSystemProperty() {
        PropertyFailure failure = Falsify.failureOf("replay hint with tries",
                () -> Property.forAll(LISTS).seed(42L).check(PropertyRunnerTest::sumBelow100));

        int tries = Integer.getInteger(Property.TRIES_PROPERTY, Property.DEFAULT_TRIES);
        assertThat(failure.getMessage()).contains("-Dsne.testkit.seed=" + failure.seed() + " -Dsne.testkit.tries=" + tries);
    }

    @Test
    void aShrinkTimeLimitStopsShrinkingAndSaysTheExampleMayNotBeMinimal() {
        PropertyFailure failure = Falsify.failureOf("no shrink time",
                () -> Property.forAll(LISTS).seed(42L).tries(200).maxShrinkTime(Duration.ZERO)
                        .check(PropertyRunnerTest::sumBelow100));

        assertThat(failure.shrinkTimedOut()).isTrue();
        assertThat(failure.shrinkStepsAttempted()).isZero();
        assertThat(failure.shrunkExample()).isEqualTo(failure.originalExample());
        assertThat(failure.getMessage()).contains("it may not be minimal");
    }

    @Test
    void aPropertyThatPassesWhenReRunIsReportedAsNotDeterministic() {
        AtomicInteger calls = new AtomicInteger();

        PropertyFailure failure = Falsify.failureOf("flaky",
                () -> Property.forAll(Gen.ints(0, 100)).seed(1L).tries(10).check(x -> {
                    if (calls.incrementAndGet() == 1) {
                        throw new AssertionError("only the first call fails");
                    }
                }));

        assertThat(failure.getMessage()).contains("not deterministic");
        assertThat(failure.getCause()).hasMessage("only the first call fails");
    }

    @Test
    void assumeDiscardsCasesWithoutFailing() {
        AtomicInteger checked = new AtomicInteger();

        Property.forAll(Gen.ints(0, 100)).tries(100).check(x -> {
            Property.assume(x % 2 == 0);
            Assumptions.assumeTrue(x % 3 == 0);
            assertThat(x % 6).isZero();
            checked.incrementAndGet();
        });

        assertThat(checked).hasValue(100);
    }

    @Test
    void aFilterRejectingAlmostEverythingGivesUpNamingTheFilterAndItsRejectionRatio() {
        Gen<Integer> impossible = Gen.ints(0, 1000).filter("above 5000", x -> x > 5000);

        PropertyFailure failure = Falsify.failureOf("impossible filter",
                () -> Property.forAll(impossible).tries(20).seed(3L).check(x -> { }));

        assertThat(failure.kind()).isEqualTo(PropertyFailure.Kind.GAVE_UP);
        assertThat(failure.getMessage())
                .contains("gave up")
                .contains("filter ints(0, 1000).filter(above 5000) rejected")
                .contains("(100.0 %)")
                .contains("only 0 of 20 tries passed");
    }

    @Test
    void aMostlyFailingAssumptionGivesUpToo() {
        PropertyFailure failure = Falsify.failureOf("impossible assumption",
                () -> Property.forAll(Gen.ints(0, 1000)).tries(20).check(x -> Property.assume(x > 5000)));

        assertThat(failure.kind()).isEqualTo(PropertyFailure.Kind.GAVE_UP);
        assertThat(failure.getMessage()).contains("No filter rejected anything");
    }

    @Test
    void statisticsOfAPassingRunArePrinted() {
        String output = stdoutOf(() -> Property.forAll(LISTS).tries(200).seed(5L)
                .classify(List::isEmpty, "empty")
                .classify(l -> l.size() > 5, "more than 5 elements")
                .check(list -> Statistics.classify(list.contains(0), "contains 0")));

        assertThat(output).contains("[sne-testkit] PropertyRunnerTest.", ": 200 tries passed, seed " + Falsify.effectiveSeed(5L))
                .containsPattern("\\d+\\.\\d %  empty")
                .containsPattern("\\d+\\.\\d %  more than 5 elements")
                .containsPattern("\\d+\\.\\d %  contains 0");
    }

    @Test
    void aRunWithoutLabelsPrintsNothing() {
        assertThat(stdoutOf(() -> Property.forAll(LISTS).tries(20).check(list -> { }))).isEmpty();
    }

    @Test
    void anUnderRepresentedLabelFailsTheCoverageRequirement() {
        PropertyFailure failure = Falsify.failureOf("coverage",
                () -> stdoutOf(() -> Property.forAll(Gen.ints(0, 1000)).tries(200).seed(5L)
                        .classify(x -> x == 1000, "maximum")
                        .requireAtLeast("maximum", 50.0)
                        .check(x -> { })));

        assertThat(failure.kind()).isEqualTo(PropertyFailure.Kind.INSUFFICIENT_COVERAGE);
        assertThat(failure.getMessage()).contains("label 'maximum' covers").contains("at least 50.0 % required");
    }

    @Test
    void aSatisfiedCoverageRequirementPasses() {
        stdoutOf(() -> Property.forAll(Gen.ints(0, 1000)).tries(200)
                .classify(x -> x == 0 || x == 1000, "boundary")
                .requireAtLeast("boundary", 1.0)
                .check(x -> { }));
    }

    private static String stdoutOf(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        String output = buffer.toString(StandardCharsets.UTF_8);
        original.print(output);
        return output;
    }
}
