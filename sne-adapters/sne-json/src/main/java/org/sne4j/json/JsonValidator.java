package org.sne4j.json;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import org.sne4j.attribution.EvenementVacance;
import org.sne4j.demande.ContenuDemande;
import org.sne4j.demande.EvenementDemande;
import org.sne4j.formulaire.CodesViolation;
import org.sne4j.formulaire.FormulaireDemande;
import org.sne4j.formulaire.FormulaireInvalideException;
import org.sne4j.formulaire.ValidateurFormulaire;
import org.sne4j.formulaire.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates inbound JSON documents — a demand form, an event of a demand or of a vacancy — and reports <em>every</em>
 * problem as a {@link Violation} with a stable code, the JSON path in the core's style and a
 * message in French (English on request), never an exception.
 *
 * <p>The steps: the text is parsed under hard {@linkplain JsonLimits limits} (malformed,
 * truncated, too deep or too large input is one violation {@code json.mal-forme}, {@code
 * json.trop-profond} or {@code json.trop-grand}); the tree is checked against the published JSON
 * Schema (2020-12) of the document, each failing keyword mapped to a code (the schema's own {@code
 * x-sne-codes}, else the keyword's default: {@code required} → {@code champ.obligatoire}, {@code
 * additionalProperties} → {@code champ.inconnu}, {@code enum} → {@code code.inconnu}, {@code
 * maxLength} → {@code texte.trop-long}…); then the document is bound and checked by the core: for
 * a form, {@link ValidateurFormulaire} (the parts the schema refused are left out of the binding,
 * so the core's violations add to the schema's without repeating them); for an event, the
 * invariants of its record. The value is returned only when nothing is wrong.
 *
 * <p>Unknown properties are violations here ({@code champ.inconnu}): an inbound document comes
 * from another system, and a field silently dropped is data lost. Immutable and thread-safe.
 */
public final class JsonValidator {

  /** The classpath resource of the demand form's JSON Schema. */
  public static final String SCHEMA_FORMULAIRE = "/org/sne4j/json/schema/formulaire-demande.schema.json";

  /** The classpath resource of the demand events' JSON Schema. */
  public static final String SCHEMA_EVENEMENT = "/org/sne4j/json/schema/evenement-demande.schema.json";

  /** The classpath resource of the vacancy events' JSON Schema. */
  public static final String SCHEMA_EVENEMENT_VACANCE = "/org/sne4j/json/schema/evenement-vacance.schema.json";

  private static final Map<String, String> CODES_PAR_MOT_CLE =
      Map.ofEntries(
          Map.entry("required", CodesViolation.CHAMP_OBLIGATOIRE),
          Map.entry("minLength", CodesViolation.CHAMP_OBLIGATOIRE),
          Map.entry("minItems", CodesViolation.CHAMP_OBLIGATOIRE),
          Map.entry("additionalProperties", CodesJson.CHAMP_INCONNU),
          Map.entry("unevaluatedProperties", CodesJson.CHAMP_INCONNU),
          Map.entry("type", CodesJson.JSON_TYPE_INVALIDE),
          Map.entry("enum", CodesJson.CODE_INCONNU),
          Map.entry("const", CodesJson.CODE_INCONNU),
          Map.entry("format", CodesJson.DATE_INVALIDE),
          Map.entry("pattern", CodesJson.VALEUR_INVALIDE),
          Map.entry("maxLength", CodesViolation.TEXTE_TROP_LONG),
          Map.entry("maxItems", CodesViolation.LISTE_TROP_LONGUE),
          Map.entry("uniqueItems", CodesJson.LISTE_DOUBLON),
          Map.entry("minimum", CodesViolation.VALEUR_HORS_LIMITES),
          Map.entry("maximum", CodesViolation.VALEUR_HORS_LIMITES),
          Map.entry("exclusiveMinimum", CodesViolation.VALEUR_HORS_LIMITES),
          Map.entry("exclusiveMaximum", CodesViolation.VALEUR_HORS_LIMITES));

  private static final Set<String> PROPRIETE_NOMMEE =
      Set.of("required", "additionalProperties", "unevaluatedProperties");

  private static final Comparator<Violation> ORDRE =
      Comparator.comparing(Violation::chemin).thenComparing(Violation::code);

  private final JsonLimits limits;
  private final JsonMapper mapper;
  private final SchemaDocument evenement;
  private final SchemaDocument evenementVacance;
  private final SchemaDocument formulaire;
  private final ValidateurFormulaire validateur = new ValidateurFormulaire();

  /** A validator with the library's {@linkplain JsonLimits#DEFAULT limits}. */
  public JsonValidator() {
    this(JsonLimits.DEFAULT);
  }

  /** A validator parsing under the given limits. */
  public JsonValidator(JsonLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.mapper = SneJson.builder(limits).build();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    this.evenement = new SchemaDocument(registry, mapper, SCHEMA_EVENEMENT);
    this.evenementVacance = new SchemaDocument(registry, mapper, SCHEMA_EVENEMENT_VACANCE);
    this.formulaire = new SchemaDocument(registry, mapper, SCHEMA_FORMULAIRE);
  }

  /**
   * The text of a published schema ({@link #SCHEMA_FORMULAIRE}, {@link #SCHEMA_EVENEMENT} or
   * {@link #SCHEMA_EVENEMENT_VACANCE}).
   */
  public static String schema(String resource) {
    try (InputStream in = JsonValidator.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("No such schema: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** Validates a demand form filed on {@code dateReference}, with French messages. */
  public ValidationResult<ContenuDemande> validerFormulaire(String json, LocalDate dateReference) {
    return validerFormulaire(json, dateReference, ValidateurFormulaire.LANGUE_PAR_DEFAUT);
  }

  /**
   * Validates a demand form (JSON of {@link FormulaireDemande}, see {@link #SCHEMA_FORMULAIRE})
   * filed on {@code dateReference}; when it is valid, the result holds its {@link ContenuDemande}.
   *
   * @param json the document; {@code null} or the JSON {@code null} is the violation {@code
   *     formulaire.absent}
   */
  public ValidationResult<ContenuDemande> validerFormulaire(
      String json, LocalDate dateReference, Locale locale) {
    Objects.requireNonNull(dateReference, "dateReference");
    Objects.requireNonNull(locale, "locale");
    if (json == null) {
      return ValidationResult.invalide(List.of(violation(CodesViolation.FORMULAIRE_ABSENT, "", locale, null)));
    }
    Lecture lecture = lire(json, locale);
    if (lecture.violation != null) {
      return ValidationResult.invalide(List.of(lecture.violation));
    }
    if (lecture.arbre.isNull()) {
      return ValidationResult.invalide(List.of(violation(CodesViolation.FORMULAIRE_ABSENT, "", locale, null)));
    }
    try {
      List<Violation> schema = new ArrayList<>();
      List<String> elagues = new ArrayList<>();
      for (Error error : formulaire.schema.validate(lecture.arbre, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)))) {
        Violation v = violation(error, formulaire, locale);
        schema.add(v);
        if (!"required".equals(error.getKeyword())) {
          elagues.add(v.chemin());
        }
      }
      if (elagues.contains("")) {
        return ValidationResult.invalide(trier(schema));
      }
      JsonNode elague = elaguer(lecture.arbre, elagues);
      FormulaireDemande form = mapper.treeToValue(elague, FormulaireDemande.class);
      List<Violation> toutes = new ArrayList<>(schema);
      for (Violation v : validateur.valider(form, dateReference, locale)) {
        if (elagues.stream().noneMatch(p -> sous(v.chemin(), p))
            && schema.stream().noneMatch(s -> s.chemin().equals(v.chemin()) && s.code().equals(v.code()))) {
          toutes.add(v);
        }
      }
      if (!toutes.isEmpty()) {
        return ValidationResult.invalide(trier(toutes));
      }
      return ValidationResult.valide(validateur.valide(form, dateReference, locale));
    } catch (FormulaireInvalideException e) {
      return ValidationResult.invalide(trier(e.violations()));
    } catch (JacksonException e) {
      return ValidationResult.invalide(
          List.of(violation(CodesJson.JSON_TYPE_INVALIDE, JsonPaths.of(e), locale, null)));
    }
  }

  /** Validates an event with French messages. */
  public ValidationResult<EvenementDemande> validerEvenement(String json) {
    return validerEvenement(json, ValidateurFormulaire.LANGUE_PAR_DEFAUT);
  }

  /**
   * Validates an event of a demand in the current schema version (JSON of {@link
   * EvenementDemande}, see {@link #SCHEMA_EVENEMENT}); when it is valid, the result holds it.
   */
  public ValidationResult<EvenementDemande> validerEvenement(String json, Locale locale) {
    return valider(json, locale, evenement, EvenementDemande.class);
  }

  /** Validates an event of a vacancy with French messages. */
  public ValidationResult<EvenementVacance> validerEvenementVacance(String json) {
    return validerEvenementVacance(json, ValidateurFormulaire.LANGUE_PAR_DEFAUT);
  }

  /**
   * Validates an event of a vacancy in the current schema version (JSON of {@link
   * EvenementVacance}, see {@link #SCHEMA_EVENEMENT_VACANCE}); when it is valid, the result holds
   * it.
   */
  public ValidationResult<EvenementVacance> validerEvenementVacance(String json, Locale locale) {
    return valider(json, locale, evenementVacance, EvenementVacance.class);
  }

  private <T> ValidationResult<T> valider(String json, Locale locale, SchemaDocument document, Class<T> type) {
    Objects.requireNonNull(locale, "locale");
    if (json == null) {
      return ValidationResult.invalide(List.of(violation(CodesJson.JSON_MAL_FORME, "", locale, null)));
    }
    Lecture lecture = lire(json, locale);
    if (lecture.violation != null) {
      return ValidationResult.invalide(List.of(lecture.violation));
    }
    List<Violation> schema = new ArrayList<>();
    for (Error error : document.schema.validate(lecture.arbre, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)))) {
      schema.add(violation(error, document, locale));
    }
    if (!schema.isEmpty()) {
      return ValidationResult.invalide(trier(schema));
    }
    try {
      return ValidationResult.valide(mapper.treeToValue(lecture.arbre, type));
    } catch (JacksonException e) {
      String probleme = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getOriginalMessage();
      return ValidationResult.invalide(
          List.of(violation(CodesJson.EVENEMENT_INVALIDE, JsonPaths.of(e), locale, JsonPaths.abridged(probleme))));
    }
  }

  // ---------------------------------------------------------------------------------------------

  private record Lecture(JsonNode arbre, Violation violation) {}

  private Lecture lire(String json, Locale locale) {
    if (json.length() > limits.maxDocumentLength()) {
      return new Lecture(null, violation(CodesJson.JSON_TROP_GRAND, "", locale, null));
    }
    try {
      JsonNode arbre = mapper.readTree(json);
      if (arbre == null || arbre.isMissingNode()) {
        return new Lecture(null, violation(CodesJson.JSON_MAL_FORME, "", locale, null));
      }
      if (!arbre.isObject() && !arbre.isNull()) {
        return new Lecture(null, violation(CodesJson.JSON_TYPE_INVALIDE, "", locale, null));
      }
      return new Lecture(arbre, null);
    } catch (StreamConstraintsException e) {
      boolean profond = String.valueOf(e.getMessage()).contains("nesting depth");
      return new Lecture(
          null,
          profond
              ? violation(CodesJson.JSON_TROP_PROFOND, "", locale, String.valueOf(limits.maxNestingDepth()))
              : violation(CodesJson.JSON_TROP_GRAND, "", locale, null));
    } catch (JacksonException e) {
      return new Lecture(null, violation(CodesJson.JSON_MAL_FORME, "", locale, null));
    }
  }

  private Violation violation(Error error, SchemaDocument document, Locale locale) {
    String keyword = error.getKeyword();
    String chemin = chemin(error.getInstanceLocation());
    if (PROPRIETE_NOMMEE.contains(keyword) && error.getProperty() != null) {
      chemin = chemin.isEmpty() ? error.getProperty() : chemin + "." + error.getProperty();
    }
    JsonNode objet = document.objetDuMotCle(error.getSchemaLocation());
    String code = objet.path("x-sne-codes").path(keyword).asString(null);
    if (code == null) {
      code = CODES_PAR_MOT_CLE.getOrDefault(keyword, CodesJson.VALEUR_INVALIDE);
    }
    JsonNode limite = objet.path(keyword);
    return violation(code, chemin, locale, limite.isNumber() ? limite.asString() : null);
  }

  private static String chemin(NodePath path) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      if (element instanceof Number index) {
        sb.append('[').append(index).append(']');
      } else {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(element);
      }
    }
    return sb.toString();
  }

  /** Whether {@code chemin} is {@code parent} or lies under it. */
  private static boolean sous(String chemin, String parent) {
    return chemin.equals(parent) || chemin.startsWith(parent + ".") || chemin.startsWith(parent + "[");
  }

  /** A copy of the tree without the values the schema refused, so that the rest can be bound. */
  private static JsonNode elaguer(JsonNode arbre, List<String> chemins) {
    JsonNode copie = arbre.deepCopy();
    for (String chemin : chemins) {
      int point = Math.max(chemin.lastIndexOf('.'), chemin.lastIndexOf('['));
      String parent = point < 0 ? "" : chemin.substring(0, point);
      String dernier = point < 0 ? chemin : chemin.substring(point).replaceFirst("^[.\\[]", "").replace("]", "");
      JsonNode noeud = noeud(copie, parent);
      if (noeud instanceof ObjectNode objet) {
        objet.remove(dernier);
      } else if (noeud instanceof ArrayNode liste && dernier.chars().allMatch(Character::isDigit)) {
        int i = Integer.parseInt(dernier);
        if (i < liste.size()) {
          liste.set(i, NullNode.getInstance());
        }
      }
    }
    return copie;
  }

  private static JsonNode noeud(JsonNode racine, String chemin) {
    JsonNode courant = racine;
    for (String segment : chemin.replace("[", ".").replace("]", "").split("\\.")) {
      if (segment.isEmpty() || courant == null) {
        continue;
      }
      courant = segment.chars().allMatch(Character::isDigit) && courant.isArray()
          ? courant.get(Integer.parseInt(segment))
          : courant.get(segment);
    }
    return courant;
  }

  private static List<Violation> trier(List<Violation> violations) {
    List<Violation> sans = new ArrayList<>(new LinkedHashSet<>(violations));
    sans.sort(ORDRE);
    return sans;
  }

  private static Violation violation(String code, String chemin, Locale locale, String argument) {
    return new Violation(code, chemin, message(code, locale, argument));
  }

  private static String message(String code, Locale locale, String argument) {
    Locale langue = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
    try {
      String modele =
          ResourceBundle.getBundle("org.sne4j.json.Messages", langue, Control.SANS_REPLI).getString("sne." + code);
      return modele.replace("{0}", argument == null ? "…" : argument);
    } catch (MissingResourceException e) {
      return code;
    }
  }

  /** Bundles without falling back to the JVM's default locale. */
  private static final class Control extends ResourceBundle.Control {
    static final Control SANS_REPLI = new Control();

    @Override
    public Locale getFallbackLocale(String baseName, Locale locale) {
      return null;
    }
  }

  /** A published schema: its tree (for {@code x-sne-codes}) and its compiled form. */
  private static final class SchemaDocument {
    final JsonNode arbre;
    final Schema schema;

    SchemaDocument(SchemaRegistry registry, JsonMapper mapper, String resource) {
      this.arbre = mapper.readTree(JsonValidator.schema(resource));
      this.schema = registry.getSchema(SchemaLocation.of(arbre.get("$id").asString()), arbre);
    }

    /** The schema object holding the keyword at {@code location}. */
    JsonNode objetDuMotCle(SchemaLocation location) {
      NodePath fragment = location.getFragment();
      JsonNode courant = arbre;
      for (int i = 0; i < fragment.getNameCount() - 1 && courant != null; i++) {
        Object element = fragment.getElement(i);
        courant = element instanceof Number n ? courant.get(n.intValue()) : courant.get(String.valueOf(element));
      }
      return courant == null ? tools.jackson.databind.node.MissingNode.getInstance() : courant;
    }
  }
}
