package org.sne4j.territoire;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which zone of the resource ceilings a commune is in (arrêté du 29 juillet 1987, art. 1 and
 * annexes; see {@link ZonePlafonds}): dated reference data, overridable.
 *
 * <p>The rule: every commune of département 75 (Paris, {@code 75056}, or one of its
 * arrondissements {@code 75101}…{@code 75120}) and every commune of the list of {@linkplain
 * #communesLimitrophes() communes bordering Paris} is in « Paris et communes limitrophes »; the
 * other communes of Île-de-France (départements 77, 78, 91, 92, 93, 94, 95) are in « Île-de-France
 * hors Paris et communes limitrophes »; the other communes of mainland France and Corsica are in
 * « Autres régions ». Communes of the overseas départements (971 to 976) are <em>not covered</em>:
 * their ceilings are fixed by separate arrêtés, which the library does not ship; {@link
 * #zone(CodeInsee)} then answers empty, never a guess.
 *
 * <p><b>The list shipped ({@link #parDefaut()}).</b> The arrêté names the zone but does not list
 * its communes. The 29 bordering communes (11 in Hauts-de-Seine, 8 in Seine-Saint-Denis, 10 in
 * Val-de-Marne) and their INSEE codes come from the project's legal research (notes Q2d), which
 * corrected the list of openfisca-france ({@code openfisca_france/model/prestations/logement_social.py}:
 * Boulogne-Billancourt 92012 missing, 93001 and 93006 mislabelled); source of the codes: the
 * INSEE code officiel géographique, to be checked against the current COG file (secondary).
 *
 * <p><b>Saint-Denis and Pierrefitte-sur-Seine (2025).</b> On 1 January 2025 Saint-Denis (93066)
 * and Pierrefitte-sur-Seine (93059) merged into a commune nouvelle named Saint-Denis, keeping the
 * code 93066 (to verify against the COG). With a list of communes, dwellings of the former
 * Pierrefitte territory coded 93066 fall in the first zone, while data still carrying 93059 fall
 * in the second. No text read says how the ministry treats that territory: an application that
 * decides otherwise supplies its own list with {@link #de(Map, String, LocalDate, Optional)}.
 *
 * @param communesLimitrophes the communes bordering Paris, by INSEE code, with their names; all in
 *     Île-de-France outside Paris
 * @param source where the list comes from, in French
 * @param valableDu first day the list applies
 * @param valableAu last day the list applies, if it has an end
 */
public record ZonagePlafonds(
    Map<CodeInsee, String> communesLimitrophes,
    String source,
    LocalDate valableDu,
    Optional<LocalDate> valableAu) {

  private static final String DEPARTEMENT_PARIS = "75";

  public ZonagePlafonds {
    Objects.requireNonNull(communesLimitrophes, "communesLimitrophes");
    communesLimitrophes = ImmutableSortedMap.copyOf(communesLimitrophes);
    for (Map.Entry<CodeInsee, String> commune : communesLimitrophes.entrySet()) {
      Departement departement = commune.getKey().departement();
      checkArgument(
          departement.estIleDeFrance() && !departement.code().equals(DEPARTEMENT_PARIS),
          "A commune bordering Paris lies in Île-de-France outside Paris: %s",
          commune.getKey());
      checkArgument(
          commune.getValue() != null && !commune.getValue().isBlank(),
          "Commune %s needs a name",
          commune.getKey());
    }
    checkArgument(source != null && !source.isBlank(), "The zoning needs its source");
    Objects.requireNonNull(valableDu, "valableDu");
    Objects.requireNonNull(valableAu, "valableAu");
    valableAu.ifPresent(
        au ->
            checkArgument(
                !au.isBefore(valableDu), "Validity ends (%s) before it starts (%s)", au, valableDu));
  }

  /**
   * The zoning shipped with the library: Paris and its 29 bordering communes, valid from 1
   * January 2024 (the first year of the ceilings shipped) with no end date; see the class
   * documentation for its source and the 2025 Saint-Denis caveat.
   */
  public static ZonagePlafonds parDefaut() {
    return DEFAUT;
  }

  /**
   * A zoning with the application's own list of communes bordering Paris.
   *
   * @throws IllegalArgumentException when a commune is outside Île-de-France or in Paris, or the
   *     validity is inverted
   */
  public static ZonagePlafonds de(
      Map<CodeInsee, String> communesLimitrophes,
      String source,
      LocalDate valableDu,
      Optional<LocalDate> valableAu) {
    return new ZonagePlafonds(communesLimitrophes, source, valableDu, valableAu);
  }

  /** The same list with another validity period. */
  public ZonagePlafonds avecValidite(LocalDate du, Optional<LocalDate> au) {
    return new ZonagePlafonds(communesLimitrophes, source, du, au);
  }

  /** The INSEE codes of Paris: the commune {@code 75056} and its arrondissements {@code 75101}…{@code 75120}. */
  public static List<CodeInsee> codesParis() {
    List<CodeInsee> codes = new ArrayList<>();
    codes.add(new CodeInsee("75056"));
    for (int arrondissement = 1; arrondissement <= 20; arrondissement++) {
      codes.add(new CodeInsee(String.valueOf(75100 + arrondissement)));
    }
    return List.copyOf(codes);
  }

  /**
   * The zone of {@code commune}, or empty when the commune is overseas (départements 971 to 976),
   * whose ceilings are fixed by separate arrêtés not covered here.
   */
  public Optional<ZonePlafonds> zone(CodeInsee commune) {
    Objects.requireNonNull(commune, "commune");
    Departement departement = commune.departement();
    if (departement.estOutreMer()) {
      return Optional.empty();
    }
    if (departement.code().equals(DEPARTEMENT_PARIS) || communesLimitrophes.containsKey(commune)) {
      return Optional.of(ZonePlafonds.PARIS_ET_COMMUNES_LIMITROPHES);
    }
    if (departement.estIleDeFrance()) {
      return Optional.of(ZonePlafonds.ILE_DE_FRANCE_HORS_PARIS_ET_COMMUNES_LIMITROPHES);
    }
    return Optional.of(ZonePlafonds.AUTRES_REGIONS);
  }

  /** Whether {@code commune} is in one of the three zones (false overseas). */
  public boolean couvre(CodeInsee commune) {
    return zone(commune).isPresent();
  }

  /** Whether this list applies on {@code date}. */
  public boolean estValableLe(LocalDate date) {
    return !date.isBefore(valableDu) && valableAu.map(au -> !date.isAfter(au)).orElse(true);
  }

  /**
   * Why {@code commune} is in its zone, in French, e.g. « Saint-Denis (93066), commune limitrophe
   * de Paris : zone « Paris et communes limitrophes » ».
   */
  public String explication(CodeInsee commune) {
    Departement departement = commune.departement();
    if (departement.estOutreMer()) {
      return "La commune "
          + commune
          + " est située outre-mer : ses plafonds de ressources sont fixés par des arrêtés"
          + " distincts, non couverts.";
    }
    String pourquoi;
    if (departement.code().equals(DEPARTEMENT_PARIS)) {
      pourquoi = "Paris (" + commune + ")";
    } else if (communesLimitrophes.containsKey(commune)) {
      pourquoi = communesLimitrophes.get(commune) + " (" + commune + "), commune limitrophe de Paris";
    } else if (departement.estIleDeFrance()) {
      pourquoi = "Commune " + commune + " d'Île-de-France, non limitrophe de Paris";
    } else {
      pourquoi = "Commune " + commune + " hors Île-de-France";
    }
    return pourquoi + " : zone « " + zone(commune).orElseThrow().libelle() + " ».";
  }

  private static final ZonagePlafonds DEFAUT =
      new ZonagePlafonds(
          communes(
              // Hauts-de-Seine (11)
              "92012", "Boulogne-Billancourt",
              "92024", "Clichy",
              "92040", "Issy-les-Moulineaux",
              "92044", "Levallois-Perret",
              "92046", "Malakoff",
              "92049", "Montrouge",
              "92051", "Neuilly-sur-Seine",
              "92062", "Puteaux",
              "92064", "Saint-Cloud",
              "92073", "Suresnes",
              "92075", "Vanves",
              // Seine-Saint-Denis (8)
              "93001", "Aubervilliers",
              "93006", "Bagnolet",
              "93045", "Les Lilas",
              "93048", "Montreuil",
              "93055", "Pantin",
              "93061", "Le Pré-Saint-Gervais",
              "93066", "Saint-Denis",
              "93070", "Saint-Ouen-sur-Seine",
              // Val-de-Marne (10)
              "94018", "Charenton-le-Pont",
              "94033", "Fontenay-sous-Bois",
              "94037", "Gentilly",
              "94041", "Ivry-sur-Seine",
              "94042", "Joinville-le-Pont",
              "94043", "Le Kremlin-Bicêtre",
              "94052", "Nogent-sur-Marne",
              "94067", "Saint-Mandé",
              "94069", "Saint-Maurice",
              "94080", "Vincennes"),
          "Communes limitrophes de Paris (la zone est nommée par l'arrêté du 29 juillet 1987 sans"
              + " en lister les communes) : codes du code officiel géographique de l'INSEE, liste"
              + " d'openfisca-france corrigée (source secondaire, à vérifier sur le COG) ; depuis"
              + " le 1er janvier 2025, le code 93066 couvre aussi l'ancienne commune de"
              + " Pierrefitte-sur-Seine",
          LocalDate.of(2024, 1, 1),
          Optional.empty());

  private static Map<CodeInsee, String> communes(String... codesEtNoms) {
    ImmutableSortedMap.Builder<CodeInsee, String> communes = ImmutableSortedMap.naturalOrder();
    for (int i = 0; i < codesEtNoms.length; i += 2) {
      communes.put(new CodeInsee(codesEtNoms[i]), codesEtNoms[i + 1]);
    }
    return communes.build();
  }
}
