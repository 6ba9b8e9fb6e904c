package org.sne4j.demande;

import java.time.LocalDate;
import java.util.Objects;
import org.sne4j.acteur.Acteur;
import org.sne4j.acteur.CodeGuichet;

/**
 * Everything {@link DecisionsDemande#decider} decides on a demand, in three families that say
 * who may ask for them:
 *
 * <ul>
 *   <li>{@link CommandeDemande}: what an actor asks of an existing demand; the demand service runs
 *       them ({@code sne.demandes().executer(…)});
 *   <li>{@link ActeAttribution}: the effects on a candidate's demand of a step of the vacancy's
 *       process (designation, CAL, offer, lease); only the attribution service produces them, so
 *       that the rules of the dwelling (three candidates, one lease) hold;
 *   <li>{@link Enregistrer}: the registration of a demand whose number the national registry has
 *       just allocated; the demand service builds it from a validated form.
 * </ul>
 */
public sealed interface ActeDemande permits CommandeDemande, ActeAttribution, ActeDemande.Enregistrer {

  /** The demand concerned. */
  NumeroUnique numero();

  /** Who acts. */
  Acteur auteur();

  /**
   * Registers a demand whose number the national registry has just allocated (CCH L441-2-1,
   * R441-2-4). Applications call {@code sne.demandes().enregistrer(…)} with a form instead: it
   * validates the form and allocates the number.
   */
  record Enregistrer(
      NumeroUnique numero, Acteur auteur, CodeGuichet guichet, LocalDate dateDepot, ContenuDemande contenu)
      implements ActeDemande {
    public Enregistrer {
      Objects.requireNonNull(numero, "numero");
      Objects.requireNonNull(auteur, "auteur");
      Objects.requireNonNull(guichet, "guichet");
      Objects.requireNonNull(dateDepot, "dateDepot");
      Objects.requireNonNull(contenu, "contenu");
    }
  }
}
