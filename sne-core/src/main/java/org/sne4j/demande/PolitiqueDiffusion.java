package org.sne4j.demande;

import com.google.common.collect.ImmutableSet;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which events of the gestion partagée the applicant sees: a local rule of the DGP partners
 * (diffusing the events to applicants is their choice and their "challenge", source texts), within
 * the floor the law sets — the events {@linkplain NatureEvenement#visibleDeDroit() visible by
 * right} (R441-2-17) are always shown.
 *
 * @param naturesMasquees the kinds of events not shown to the applicant (ignored for the kinds
 *     visible by right)
 * @param typesLocauxVisibles the local event kinds that are shown
 */
public record PolitiqueDiffusion(Set<NatureEvenement> naturesMasquees, Set<String> typesLocauxVisibles) {

  public PolitiqueDiffusion {
    naturesMasquees = ImmutableSet.copyOf(naturesMasquees);
    typesLocauxVisibles = ImmutableSet.copyOf(typesLocauxVisibles);
  }

  /**
   * The default: every event is shown but the quotas the applicant is eligible for (an internal
   * matter of réservataires) and local events.
   */
  public static PolitiqueDiffusion parDefaut() {
    return new PolitiqueDiffusion(EnumSet.of(NatureEvenement.CONTINGENT_ELIGIBLE), Set.of());
  }

  /** Shows every event. */
  public static PolitiqueDiffusion toutDiffuser() {
    return new PolitiqueDiffusion(Set.of(), Set.of());
  }

  /** Shows only what the law requires. */
  public static PolitiqueDiffusion minimumLegal() {
    return new PolitiqueDiffusion(EnumSet.allOf(NatureEvenement.class), Set.of());
  }

  /** Whether an event of kind {@code nature} is shown. */
  public boolean estVisible(NatureEvenement nature) {
    return nature.visibleDeDroit() || !naturesMasquees.contains(nature);
  }

  /** Whether a local event of kind {@code type} is shown. */
  public boolean estVisible(String typeLocal) {
    return typesLocauxVisibles.contains(typeLocal);
  }
}
