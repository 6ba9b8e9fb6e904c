package org.sne4j.testkit.property;

/**
 * Thrown to discard the current test case: a failed {@link Property#assume(boolean)}, or a generator that could
 * not produce a valid value (an exhausted filter, a set without enough distinct elements). A discarded case
 * neither passes nor fails; too many of them make the property give up.
 */
final class Discard extends RuntimeException {

    Discard(String reason) {
        super(reason, null, false, false);
    }
}
