package org.sne4j.testkit.regles;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the property tests of this module saw of the rules: the code of every refusal they
 * observe, and the rules an eligibility check reports. The rule table ({@link TableDesReglesTest})
 * runs after them in the same JVM and reads this to say which rules a property reached.
 *
 * <p>A recording only adds information: a rule that a rule test asserts is proven whether or not
 * a property reached it, so the table's verdict does not depend on the random seeds.
 */
public final class ReglesObservees {

  private static final Map<String, Set<String>> PAR_REGLE = new ConcurrentHashMap<>();

  private ReglesObservees() {}

  /** Records that the property test {@code propriete} observed the rule {@code idRegle}. */
  public static void noter(Class<?> propriete, String idRegle) {
    Objects.requireNonNull(propriete, "propriete");
    Objects.requireNonNull(idRegle, "idRegle");
    PAR_REGLE.computeIfAbsent(idRegle, k -> ConcurrentHashMap.newKeySet()).add(propriete.getSimpleName());
  }

  /** The rule ids observed so far, each with the simple names of the property tests that did. */
  static Map<String, Set<String>> instantane() {
    Map<String, Set<String>> copie = new TreeMap<>();
    PAR_REGLE.forEach((id, tests) -> copie.put(id, new TreeSet<>(tests)));
    return copie;
  }
}
