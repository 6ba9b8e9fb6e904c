package org.sne4j.eligibilite;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sne4j.commun.Montant;
import org.sne4j.logement.PlafondsApplicables;
import org.sne4j.menage.CategorieMenage;
import org.sne4j.territoire.ZonePlafonds;

/**
 * The resource ceilings (plafonds de ressources) of the arrêté du 29 juillet 1987: the yearly
 * tables PLUS (annex I) and PLAI (annex II) per zone, and the PLS ceilings derived from PLUS.
 * Immutable; every change returns a new instance.
 *
 * <p><b>Bundled data ({@link #parDefaut()}).</b> The resource {@code
 * org/sne4j/eligibilite/plafonds-ressources.csv}: PLUS 2024, 2025 and 2026 and PLAI 2024, each
 * line with its source (arrêté, date, JORF, and where the values were read) and its validity.
 * PLAI 2025 and 2026 are <em>not</em> shipped: their tables (annex II of the arrêtés of 23
 * December 2024 and 19 December 2025) could not be read, and the library ships no estimate; a
 * check against them answers {@link ReponsePlafond.NonDisponible} until the application loads
 * them.
 *
 * <p><b>Loading newer or corrected tables.</b> {@link #charger(Reader)} reads tables in the
 * bundled format (see {@code plafonds-ressources.csv}: a header line, then one line per table,
 * year and zone) and returns the ceilings with those tables added, replacing any table of the
 * same table, year and zone. The text is validated as a whole: positive whole-euro amounts,
 * increasing with the category, a source, a validity within the year, no table twice; all errors
 * are reported at once in an {@link IllegalArgumentException}, each with its line. {@link
 * #avec(TablePlafonds)} does the same for one table built in code.
 *
 * <p><b>PLS.</b> « Pour les logements financés à l'aide des prêts prévus à l'article R. 331-17
 * […] ces plafonds sont majorés de 30 % » (art. 1): each amount of the PLUS table (per category
 * and per additional person) is multiplied by {@link #MAJORATION_PLS} and rounded to the euro,
 * half up by default. The text gives no rounding rule; published PLUS → PLS pairs (2023, « autres
 * régions », secondary source: 35 135 € → 45 676 € for 45 675.5) show the nearest euro, halves
 * up, and the 2024–2025 examples of docs/reglementation.md §9.5 agree. {@link #avecArrondiPls(RoundingMode)}
 * changes it. Beyond category 6, the category-6 amount and the amount per additional person are
 * each increased and rounded, then added, as published PLS tables carry their own per-person
 * amount.
 */
public final class PlafondsRessources {

  /** The PLS increase of the PLUS ceilings: × 1.30 (arrêté du 29 juillet 1987 art. 1). */
  public static final BigDecimal MAJORATION_PLS = new BigDecimal("1.30");

  private static final String RESSOURCE = "plafonds-ressources.csv";

  private static final Comparator<Cle> ORDRE =
      Comparator.comparing(Cle::bareme)
          .thenComparingInt(Cle::annee)
          .thenComparing(Cle::zone);

  private final ImmutableSortedMap<Cle, TablePlafonds> tables;
  private final RoundingMode arrondiPls;

  private record Cle(BaremePlafonds bareme, int annee, ZonePlafonds zone) {
    static Cle de(TablePlafonds table) {
      return new Cle(table.bareme(), table.annee(), table.zone());
    }
  }

  private PlafondsRessources(Map<Cle, TablePlafonds> tables, RoundingMode arrondiPls) {
    this.tables = ImmutableSortedMap.copyOf(tables, ORDRE);
    this.arrondiPls = arrondiPls;
  }

  /** The ceilings shipped with the library (see the class documentation), PLS rounded half up. */
  public static PlafondsRessources parDefaut() {
    return Defaut.INSTANCE;
  }

  /** No table at all: every question answers « not available ». */
  public static PlafondsRessources vide() {
    return new PlafondsRessources(Map.of(), RoundingMode.HALF_UP);
  }

  /**
   * Only the tables of {@code texte} (bundled format).
   *
   * @throws IllegalArgumentException listing every error of the text with its line
   * @throws UncheckedIOException when {@code texte} cannot be read
   */
  public static PlafondsRessources lire(Reader texte) {
    Objects.requireNonNull(texte, "texte");
    return vide().avecToutes(LecteurPlafonds.lire(texte));
  }

  /**
   * Only {@code tables}.
   *
   * @throws IllegalArgumentException when two tables have the same table, year and zone
   */
  public static PlafondsRessources de(Collection<TablePlafonds> tables) {
    Map<Cle, TablePlafonds> parCle = new HashMap<>();
    for (TablePlafonds table : tables) {
      TablePlafonds avant = parCle.put(Cle.de(table), table);
      checkArgument(avant == null, "Duplicate ceiling table: %s", table.libelle());
    }
    return new PlafondsRessources(parCle, RoundingMode.HALF_UP);
  }

  /**
   * These ceilings with the tables of {@code texte} (bundled format) added, each replacing the
   * table of the same table, year and zone if any. This instance is unchanged.
   *
   * @throws IllegalArgumentException listing every error of the text with its line; nothing is
   *     loaded then
   * @throws UncheckedIOException when {@code texte} cannot be read
   */
  public PlafondsRessources charger(Reader texte) {
    Objects.requireNonNull(texte, "texte");
    return avecToutes(LecteurPlafonds.lire(texte));
  }

  /** {@link #charger(Reader)} from a string. */
  public PlafondsRessources charger(String texte) {
    return charger(new StringReader(texte));
  }

  /** These ceilings with {@code table} added, replacing the table of the same table, year and zone. */
  public PlafondsRessources avec(TablePlafonds table) {
    return avecToutes(List.of(table));
  }

  /** These ceilings with all tables of {@code autres} added or replaced. */
  public PlafondsRessources avec(PlafondsRessources autres) {
    return avecToutes(autres.tables.values());
  }

  /** These ceilings with another rounding of the PLS amounts (default {@link RoundingMode#HALF_UP}). */
  public PlafondsRessources avecArrondiPls(RoundingMode arrondi) {
    Objects.requireNonNull(arrondi, "arrondi");
    checkArgument(arrondi != RoundingMode.UNNECESSARY, "PLS amounts need a rounding to the euro");
    return new PlafondsRessources(tables, arrondi);
  }

  private PlafondsRessources avecToutes(Collection<TablePlafonds> nouvelles) {
    Map<Cle, TablePlafonds> union = new HashMap<>(tables);
    for (TablePlafonds table : nouvelles) {
      union.put(Cle.de(table), table);
    }
    return new PlafondsRessources(union, arrondiPls);
  }

  /** The rounding of the PLS amounts to the euro. */
  public RoundingMode arrondiPls() {
    return arrondiPls;
  }

  /** All tables, by table, year and zone. */
  public List<TablePlafonds> tables() {
    return List.copyOf(tables.values());
  }

  /** The years loaded for {@code bareme}, in increasing order (a year may lack some zones). */
  public List<Integer> annees(BaremePlafonds bareme) {
    return tables.keySet().stream()
        .filter(c -> c.bareme() == bareme)
        .map(Cle::annee)
        .distinct()
        .toList();
  }

  /** The table of {@code bareme}, {@code annee} and {@code zone}, if loaded. */
  public Optional<TablePlafonds> table(BaremePlafonds bareme, int annee, ZonePlafonds zone) {
    return Optional.ofNullable(tables.get(new Cle(bareme, annee, zone)));
  }

  /**
   * The ceiling that applies to a household of {@code categorie} for a dwelling under {@code
   * plafonds} in {@code zone}, for year {@code annee}: the amount of the category (category 6
   * plus the amount per additional person beyond it), increased by 30 % and rounded to the euro
   * for PLS. When the table is not loaded, or for PLI, the answer says what is missing.
   *
   * @throws IllegalArgumentException for {@link PlafondsApplicables#AUCUN}: no ceiling applies,
   *     there is nothing to look up
   */
  public ReponsePlafond plafond(
      PlafondsApplicables plafonds, int annee, ZonePlafonds zone, CategorieMenage categorie) {
    Objects.requireNonNull(plafonds, "plafonds");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(categorie, "categorie");
    checkArgument(
        plafonds != PlafondsApplicables.AUCUN,
        "No resource ceiling applies under %s: nothing to look up",
        plafonds);
    if (plafonds == PlafondsApplicables.PLI) {
      return new ReponsePlafond.NonDisponible(
          "plafonds PLI",
          "Les plafonds de ressources du PLI ne sont pas fournis : ils sont fixés par d'autres"
              + " textes, sur un autre zonage, et doivent être vérifiés hors de cette"
              + " bibliothèque.");
    }
    BaremePlafonds bareme =
        plafonds == PlafondsApplicables.PLAI ? BaremePlafonds.PLAI : BaremePlafonds.PLUS;
    Optional<TablePlafonds> trouvee = table(bareme, annee, zone);
    if (trouvee.isEmpty()) {
      String manque = "plafonds " + bareme + " " + annee + ", zone « " + zone.libelle() + " »";
      List<Integer> chargees = annees(bareme);
      return new ReponsePlafond.NonDisponible(
          manque,
          "Les plafonds de ressources "
              + bareme
              + " "
              + annee
              + " (zone « "
              + zone.libelle()
              + " ») ne sont pas disponibles : le barème de l'"
              + bareme.annexe()
              + " de l'arrêté du 29 juillet 1987 pour "
              + annee
              + " n'a pas été chargé"
              + (plafonds == PlafondsApplicables.PLS ? " (les plafonds PLS en sont dérivés)" : "")
              + (chargees.isEmpty()
                  ? "."
                  : " ; barèmes "
                      + bareme
                      + " disponibles : "
                      + chargees.stream().map(String::valueOf).collect(Collectors.joining(", "))
                      + "."));
    }
    TablePlafonds table = trouvee.get();
    int numero = categorie.numero();
    int supplementaires = categorie.personnesSupplementaires();
    Montant montant;
    String calcul;
    if (plafonds == PlafondsApplicables.PLS) {
      Montant base = majorer(table.categorie(numero));
      Montant parPersonne = majorer(table.parPersonneSupplementaire());
      montant = base.plus(parPersonne.fois(supplementaires));
      calcul =
          supplementaires == 0
              ? Textes.euros(table.categorie(numero))
                  + " × 1,30 = "
                  + Textes.nombre(table.categorie(numero).euros().multiply(MAJORATION_PLS))
                  + Textes.ESPACE
                  + "€, "
                  + arrondi()
              : Textes.euros(base)
                  + " + "
                  + supplementaires
                  + " × "
                  + Textes.euros(parPersonne)
                  + ", montants PLUS de "
                  + Textes.euros(table.categorie(numero))
                  + " et "
                  + Textes.euros(table.parPersonneSupplementaire())
                  + " majorés de 30 % et "
                  + arrondi().replace("arrondi", "arrondis");
    } else {
      montant = table.plafond(numero, supplementaires);
      calcul =
          supplementaires == 0
              ? Textes.euros(montant)
              : Textes.euros(table.categorie(numero))
                  + " + "
                  + supplementaires
                  + " × "
                  + Textes.euros(table.parPersonneSupplementaire());
    }
    return new ReponsePlafond.Disponible(
        new PlafondApplique(plafonds, annee, zone, categorie, montant, table, calcul));
  }

  private Montant majorer(Montant plus) {
    return Montant.euros(
        plus.euros().multiply(MAJORATION_PLS).setScale(0, arrondiPls).longValueExact());
  }

  private String arrondi() {
    return arrondiPls == RoundingMode.HALF_UP
        ? "arrondi à l'euro le plus proche"
        : "arrondi à l'euro (règle " + arrondiPls + ")";
  }

  @Override
  public String toString() {
    return "PlafondsRessources"
        + tables.keySet().stream()
            .map(c -> c.bareme() + " " + c.annee() + " " + c.zone().code())
            .collect(Collectors.joining(", ", "[", "]"))
        + ", PLS rounding "
        + arrondiPls;
  }

  private static final class Defaut {
    static final PlafondsRessources INSTANCE = charger();

    private static PlafondsRessources charger() {
      try (InputStream flux = PlafondsRessources.class.getResourceAsStream(RESSOURCE)) {
        if (flux == null) {
          throw new IllegalStateException("Bundled ceilings not found: " + RESSOURCE);
        }
        return lire(new InputStreamReader(flux, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the bundled ceilings " + RESSOURCE, e);
      }
    }
  }
}
