package org.sne4j.testkit.property;

import java.util.LinkedHashSet;
import java.util.Set;

/** One test case being run: its choice source, the example it generated, its labels. */
final class CaseContext {

    private static final ThreadLocal<CaseContext> CURRENT = new ThreadLocal<>();

    private final ChoiceSource source;
    private Object value;
    private String description = "(nothing generated yet)";
    private final Set<String> labels = new LinkedHashSet<>();

    CaseContext(ChoiceSource source) {
        this.source = source;
    }

    /** The test case running on this thread, or {@code null} outside of a property. */
    static CaseContext current() {
        return CURRENT.get();
    }

    static CaseContext enter(CaseContext context) {
        CaseContext previous = CURRENT.get();
        CURRENT.set(context);
        return previous;
    }

    static void leave(CaseContext previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    ChoiceSource source() {
        return source;
    }

    /** Records the generated example: the value (for {@link PropertyFailure#shrunkValue()}) and its text. */
    void example(Object value, String description) {
        this.value = value;
        this.description = description;
    }

    Object value() {
        return value;
    }

    String description() {
        return description;
    }

    void label(String label) {
        labels.add(label);
    }

    Set<String> labels() {
        return labels;
    }
}
