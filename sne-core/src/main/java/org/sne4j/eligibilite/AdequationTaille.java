package org.sne4j.eligibilite;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sne4j.logement.Logement;
import org.sne4j.menage.Menage;

/**
 * A local parameter: which dwelling sizes suit a household of a given size (adéquation entre la
 * composition du ménage et la taille du logement). No text fixes it: CCH L441-1 only requires the
 * attribution to take the household's composition into account, and USH Repères n°47 (2018) lists
 * the inadequacy of size among the usual grounds of non-attribution. The partners of a territory
 * set it (e.g. in the convention intercommunale d'attribution or the bailleur's attribution
 * policy); it is data with a validity period, never a constant.
 *
 * <p>The grid gives, for 1, 2, … persons to be housed, the allowed range of main rooms; beyond its
 * last line, each additional person shifts the last range up by one room.
 *
 * <p><b>Default ({@link #parDefaut()}), illustrative, to be set by the partners:</b> from persons −
 * 1 to persons + 1 rooms, at least one room, i.e. T1–T2 for one person, T1–T3 for two, T2–T4 for
 * three, T3–T5 for four… The upper bound matches the legal notion of under-occupation: « locaux
 * insuffisamment occupés », with more rooms than one plus the number of occupants (CCH L621-2);
 * the lower bound is a common practice, not law.
 *
 * @param plages the allowed room ranges for 1, 2, 3… persons, at least one line, bounds
 *     non-decreasing with the number of persons
 * @param source where the grid comes from (a convention, a deliberation), in French
 * @param valableDu first day the grid applies
 * @param valableAu last day the grid applies, if it has an end
 */
public record AdequationTaille(
    List<PlagePieces> plages, String source, LocalDate valableDu, Optional<LocalDate> valableAu) {

  /**
   * A range of main rooms, bounds included.
   *
   * @param minimum the fewest rooms allowed, at least 1
   * @param maximum the most rooms allowed, at least {@code minimum}
   */
  public record PlagePieces(int minimum, int maximum) {
    public PlagePieces {
      checkArgument(minimum >= 1, "A dwelling has at least one room: minimum %s", minimum);
      checkArgument(maximum >= minimum, "Room range inverted: %s to %s", minimum, maximum);
    }

    /** Whether {@code pieces} is within the range. */
    public boolean contient(int pieces) {
      return pieces >= minimum && pieces <= maximum;
    }

    PlagePieces decalee(int pieces) {
      return new PlagePieces(minimum + pieces, maximum + pieces);
    }
  }

  private static final int PERSONNES_GRILLE_PAR_DEFAUT = 9;

  public AdequationTaille {
    Objects.requireNonNull(plages, "plages");
    plages = ImmutableList.copyOf(plages);
    checkArgument(!plages.isEmpty(), "The adequacy grid needs at least the line for one person");
    for (int i = 1; i < plages.size(); i++) {
      PlagePieces avant = plages.get(i - 1);
      PlagePieces plage = plages.get(i);
      checkArgument(
          plage.minimum() >= avant.minimum() && plage.maximum() >= avant.maximum(),
          "Room ranges must not shrink as the household grows: %s persons %s, %s persons %s",
          i,
          avant,
          i + 1,
          plage);
    }
    Validites.exigerSource(source);
    Validites.verifierPeriode(valableDu, valableAu);
  }

  /** The illustrative default grid (see the class documentation), from 1 January 2024. */
  public static AdequationTaille parDefaut() {
    List<PlagePieces> plages = new ArrayList<>();
    for (int personnes = 1; personnes <= PERSONNES_GRILLE_PAR_DEFAUT; personnes++) {
      plages.add(new PlagePieces(Math.max(1, personnes - 1), personnes + 1));
    }
    return new AdequationTaille(
        plages,
        "Grille d'illustration de la bibliothèque, à fixer par les partenaires : de (personnes − 1)"
            + " à (personnes + 1) pièces, une pièce au moins ; au-delà, le logement serait"
            + " « insuffisamment occupé » (CCH L621-2)",
        LocalDate.of(2024, 1, 1),
        Optional.empty());
  }

  /** The allowed room range for {@code personnes} persons. */
  public PlagePieces plagePour(int personnes) {
    checkArgument(personnes >= 1, "A household has at least one person: %s", personnes);
    if (personnes <= plages.size()) {
      return plages.get(personnes - 1);
    }
    return plages.get(plages.size() - 1).decalee(personnes - plages.size());
  }

  /** Whether the grid applies on {@code date}. */
  public boolean estValableLe(LocalDate date) {
    return Validites.contient(valableDu, valableAu, date);
  }

  /**
   * Whether a dwelling of {@code pieces} main rooms suits {@code personnes} persons.
   *
   * @throws IllegalArgumentException when the grid does not apply on {@code date}
   */
  public VerificationAdequation verifier(int personnes, int pieces, LocalDate date) {
    Validites.exigerValable("Adequacy grid", valableDu, valableAu, date);
    checkArgument(pieces >= 1, "A dwelling has at least one room: %s", pieces);
    PlagePieces plage = plagePour(personnes);
    boolean conforme = plage.contient(pieces);
    String texte =
        "Logement de "
            + pluriel(pieces, "pièce")
            + (conforme ? " adapté" : " non adapté")
            + " à un ménage de "
            + pluriel(personnes, "personne")
            + " : la grille locale admet "
            + (plage.minimum() == plage.maximum()
                ? pluriel(plage.minimum(), "pièce")
                : "de " + plage.minimum() + " à " + pluriel(plage.maximum(), "pièce"))
            + (conforme ? "" : pieces > plage.maximum() ? " (sous-occupation)" : " (sur-occupation)")
            + ".";
    return new VerificationAdequation(conforme, personnes, pieces, plage, this, texte);
  }

  /** {@link #verifier(int, int, LocalDate)} for the persons to be housed and the dwelling's rooms. */
  public VerificationAdequation verifier(Menage menage, Logement logement, LocalDate date) {
    return verifier(menage.personnesALoger(), logement.nombrePieces(), date);
  }

  private static String pluriel(int nombre, String mot) {
    return nombre + " " + mot + (nombre > 1 ? "s" : "");
  }
}
