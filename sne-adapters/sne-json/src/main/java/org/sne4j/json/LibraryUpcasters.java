package org.sne4j.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The upcasters of the library's own format changes, one section per change, never edited once
 * released.
 *
 * <p><b>Version 1 → 2 of the events carrying a demand content</b> ({@code demande.enregistree},
 * {@code demande.modifiee}, {@code demande.corrigee}, {@code demande.renouvelee}). The
 * pre-release format (0.1.0 snapshots, version 1) wrote the amounts of the {@code contenu} as
 * JSON integers of euro cents ({@code "mensuel": 123450}); version 2 writes them as strings of
 * euros with two decimals ({@code "mensuel": "1234.50"}), like every other amount, so that a
 * reader never mistakes cents for euros and no consumer reads an amount as a float. The amounts
 * of a content are: {@code logementActuel.loyerMensuel}; for the applicant, each co-holder's
 * {@code personne} and each dependant, {@code ressources[].mensuel}, {@code
 * ressourcesVersees[].mensuel} and {@code revenusFiscaux[].montant}.
 */
final class LibraryUpcasters {

  /** The event types whose version 2 wrote the content's amounts as euros. */
  static final Set<String> AVEC_CONTENU =
      Set.of("demande.enregistree", "demande.modifiee", "demande.corrigee", "demande.renouvelee");

  private static final Map<String, String> MONTANTS_PAR_LISTE =
      Map.of("ressources", "mensuel", "ressourcesVersees", "mensuel", "revenusFiscaux", "montant");

  private LibraryUpcasters() {}

  static List<Upcaster> all() {
    return AVEC_CONTENU.stream()
        .sorted()
        .map(type -> Upcaster.of(type, 1, LibraryUpcasters::montantsDuContenuEnEuros))
        .toList();
  }

  /** Version 1 → 2: the content's amounts from integers of cents to strings of euros. */
  static ObjectNode montantsDuContenuEnEuros(ObjectNode evenement) {
    JsonNode contenu = evenement.get("contenu");
    if (!(contenu instanceof ObjectNode c)) {
      return evenement; // binding will report the missing content
    }
    if (c.get("logementActuel") instanceof ObjectNode actuel) {
      enEuros(actuel, "loyerMensuel");
    }
    if (c.get("menage") instanceof ObjectNode menage) {
      personne(menage.get("demandeur"));
      if (menage.get("cotitulaires") instanceof ArrayNode cotitulaires) {
        cotitulaires.forEach(cotitulaire -> personne(cotitulaire.get("personne")));
      }
      if (menage.get("personnesACharge") instanceof ArrayNode personnes) {
        personnes.forEach(LibraryUpcasters::personne);
      }
    }
    return evenement;
  }

  private static void personne(JsonNode personne) {
    if (!(personne instanceof ObjectNode p)) {
      return;
    }
    MONTANTS_PAR_LISTE.forEach(
        (liste, champ) -> {
          if (p.get(liste) instanceof ArrayNode elements) {
            elements.forEach(
                element -> {
                  if (element instanceof ObjectNode e) {
                    enEuros(e, champ);
                  }
                });
          }
        });
  }

  /** An integer of cents becomes a string of euros; anything else is left for binding to report. */
  private static void enEuros(ObjectNode objet, String champ) {
    JsonNode valeur = objet.get(champ);
    if (valeur != null && valeur.isIntegralNumber() && valeur.canConvertToLong()) {
      objet.put(champ, BigDecimal.valueOf(valeur.longValue(), 2).toPlainString());
    }
  }
}
