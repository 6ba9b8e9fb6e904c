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
 *
 * <p><b>Version 1 → 2 of the priority events</b> ({@code demande.priorite-reconnue}, {@code
 * demande.priorite-retiree}). Version 1 named the priority publics of CCH L441-1 by codes built on
 * the article's letters ({@code PRIO_A}…{@code PRIO_L}), which the laws of 2018 and 2022 moved;
 * version 2 names them by what they cover ({@code HANDICAP}…{@code SORTIE_AIDE_SOCIALE_A_L_ENFANCE}),
 * the same public for the same code: {@link #CODES_PRIORITE_V1} is the correspondence.
 *
 * <p><b>Version 1 → 2 of {@code demande.avertissement-envoye}</b>: the warning now records the proof
 * of its letter's dispatch ({@code preuveEnvoi}, e.g. a registered letter's number); a version 1
 * warning has none ({@code null}). Its date was, and is, the day the warning was sent.
 */
final class LibraryUpcasters {

  /** The event types whose version 2 wrote the content's amounts as euros. */
  static final Set<String> AVEC_CONTENU =
      Set.of("demande.enregistree", "demande.modifiee", "demande.corrigee", "demande.renouvelee");

  private static final Map<String, String> MONTANTS_PAR_LISTE =
      Map.of("ressources", "mensuel", "ressourcesVersees", "mensuel", "revenusFiscaux", "montant");

  /** The event types whose version 2 names the priority publics by meaningful codes. */
  static final Set<String> AVEC_PUBLIC_PRIORITAIRE = Set.of("demande.priorite-reconnue", "demande.priorite-retiree");

  /** Version 1 code → version 2 code of each priority public (DALO is unchanged). */
  static final Map<String, String> CODES_PRIORITE_V1 = Map.ofEntries(
      Map.entry("PRIO_A", "HANDICAP"),
      Map.entry("PRIO_A_BIS", "SORTIE_COORDINATION_THERAPEUTIQUE"),
      Map.entry("PRIO_B", "MAL_LOGE_OU_DEFAVORISE"),
      Map.entry("PRIO_C", "HEBERGE_OU_LOGE_TEMPORAIREMENT"),
      Map.entry("PRIO_D", "REPRISE_D_ACTIVITE"),
      Map.entry("PRIO_E", "HABITAT_INDIGNE"),
      Map.entry("PRIO_F", "VIOLENCES_AU_SEIN_DU_COUPLE"),
      Map.entry("PRIO_F_BIS", "TRAITE_OU_PROXENETISME"),
      Map.entry("PRIO_G", "SORTIE_DE_LA_PROSTITUTION"),
      Map.entry("PRIO_H", "VIOL_OU_AGRESSION_SEXUELLE"),
      Map.entry("PRIO_I", "MINEUR_EN_LOGEMENT_SUROCCUPE_OU_INDECENT"),
      Map.entry("PRIO_J", "DEPOURVU_DE_LOGEMENT"),
      Map.entry("PRIO_K", "MENACE_D_EXPULSION"),
      Map.entry("PRIO_L", "SORTIE_AIDE_SOCIALE_A_L_ENFANCE"));

  private LibraryUpcasters() {}

  static List<Upcaster> all() {
    List<Upcaster> tous = new java.util.ArrayList<>();
    AVEC_CONTENU.stream().sorted().forEach(type -> tous.add(Upcaster.of(type, 1, LibraryUpcasters::montantsDuContenuEnEuros)));
    AVEC_PUBLIC_PRIORITAIRE.stream().sorted().forEach(type -> tous.add(Upcaster.of(type, 1, LibraryUpcasters::codesDePriorite)));
    tous.add(Upcaster.of("demande.avertissement-envoye", 1, LibraryUpcasters::sansPreuveDEnvoi));
    return List.copyOf(tous);
  }

  /** Version 1 → 2 of a warning: no proof of dispatch was recorded. */
  static ObjectNode sansPreuveDEnvoi(ObjectNode evenement) {
    if (!evenement.has("preuveEnvoi")) {
      evenement.putNull("preuveEnvoi");
    }
    return evenement;
  }

  /** Version 1 → 2: the priority public from its letter code to its meaningful code. */
  static ObjectNode codesDePriorite(ObjectNode evenement) {
    JsonNode code = evenement.get("publicPrioritaire");
    if (code != null && code.isString() && CODES_PRIORITE_V1.containsKey(code.asString())) {
      evenement.put("publicPrioritaire", CODES_PRIORITE_V1.get(code.asString()));
    }
    return evenement;
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
