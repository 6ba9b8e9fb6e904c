package org.sne4j.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The annotation form, run through the JUnit platform with {@link EngineTestKit}. The fixtures are static
 * nested classes: surefire does not run nested classes by itself, only these tests do.
 */
class PropertyTestAnnotationTest {

    static class FailingFixture {
        static Gen<Integer> anyInt() {
            return Gen.ints();
        }

        @PropertyTest(tries = 200, seed = 7)
        void everyIntIsBelow1000(@ForAll("anyInt") int x) {
            assertThat(x).isLessThan(1000);
        }
    }

    static class PassingFixture {
        static final AtomicInteger CALLS = new AtomicInteger();

        Gen<String> words() {
            return Gen.strings("abc", 0, 5);
        }

        @PropertyTest(tries = 30, maxShrinkTime = "5s")
        void concatenationAddsLengths(@ForAll("words") String a, TestInfo info, @ForAll("words") String b) {
            CALLS.incrementAndGet();
            assertThat(info.getDisplayName()).isNotEmpty();
            assertThat((a + b).length()).isEqualTo(a.length() + b.length());
        }
    }

    static class MisconfiguredFixture {
        static Gen<String> words() {
            return Gen.strings("abc", 0, 5);
        }

        @PropertyTest
        void unknownFactory(@ForAll("missing") int x) {
            // never runs
        }

        @PropertyTest
        void wrongType(@ForAll("words") int x) {
            // never runs
        }
    }

    @Test
    void aFailingAnnotatedPropertyFailsWithTheShrunkParameterValues() {
        // WHEN the fixture runs on the JUnit platform
        EngineExecutionResults results = run(FailingFixture.class);

        // THEN its one test fails with a PropertyFailure naming the parameter and its shrunk value
        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        Throwable thrown = failureOf(results.testEvents().failed().list().get(0));
        assertThat(thrown).isInstanceOf(PropertyFailure.class);
        PropertyFailure failure = (PropertyFailure) thrown;
        assertThat(failure.<List<Object>>shrunkValue()).containsExactly(1000);
        assertThat(failure.getMessage())
                .startsWith("Property FailingFixture.everyIntIsBelow1000 falsified")
                .contains("(seed " + Falsify.effectiveSeed(7L) + ", 200 tries configured)")
                .contains("    x = 1000\n")
                .contains("@PropertyTest(seed = " + Falsify.effectiveSeed(7L) + "L)");
    }

    @Test
    void aPassingAnnotatedPropertyRunsItsTriesMixingGeneratedAndJUnitParameters() {
        PassingFixture.CALLS.set(0);

        EngineExecutionResults results = run(PassingFixture.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        assertThat(PassingFixture.CALLS).hasValue(30);
    }

    @Test
    void aMissingOrMistypedFactoryIsAConfigurationError() {
        EngineExecutionResults results = run(MisconfiguredFixture.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).failed(2));
        List<String> messages = results.testEvents().failed().stream()
                .map(PropertyTestAnnotationTest::failureOf)
                .peek(t -> assertThat(t).isInstanceOf(ExtensionConfigurationException.class))
                .map(Throwable::getMessage).toList();
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("@ForAll(\"missing\")", "no method missing()"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("@ForAll(\"words\")", "does not fit int"));
    }

    private static EngineExecutionResults run(Class<?> fixture) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute();
    }

    private static Throwable failureOf(Event event) {
        return event.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
    }
}
