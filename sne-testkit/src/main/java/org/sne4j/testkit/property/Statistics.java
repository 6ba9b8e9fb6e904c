package org.sne4j.testkit.property;

import java.util.Objects;

/**
 * Labels the current test case from inside a property body (fluent, annotated or stateful). At the end of a
 * passing run the share of cases carrying each label is printed to standard output, e.g.
 *
 * <pre>
 * [sne-testkit] DemandeTest.radiationIsFinal: 100 tries passed, seed 42
 *    23.0 %  radiated
 *     9.0 %  renewed twice
 * </pre>
 *
 * <p>A label counts once per case however often it is given. Combine with
 * {@link Property.ForAll1#requireAtLeast(String, double) requireAtLeast} (or
 * {@link StatefulProperty#requireAtLeast(String, double)}) to fail when an interesting class of cases is
 * under-represented. Outside of a property these methods do nothing.
 */
public final class Statistics {

    private Statistics() {
    }

    /**
     * Gives the current test case a label.
     *
     * @param label the label
     */
    public static void label(String label) {
        Objects.requireNonNull(label, "label");
        CaseContext context = CaseContext.current();
        if (context != null) {
            context.label(label);
        }
    }

    /**
     * Gives the current test case a label if the condition holds.
     *
     * @param condition whether to label the case
     * @param label     the label
     */
    public static void classify(boolean condition, String label) {
        if (condition) {
            label(label);
        }
    }
}
