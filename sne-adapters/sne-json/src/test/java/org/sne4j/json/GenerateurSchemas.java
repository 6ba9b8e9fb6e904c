package org.sne4j.json;

import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.hibernate.validator.constraints.Range;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.attribution.EvenementVacance;
import org.sne4j.attribution.IdentifiantVacance;
import org.sne4j.cal.DecisionCal;
import org.sne4j.commun.CodeSne;
import org.sne4j.commun.Montant;
import org.sne4j.demande.EvenementDemande;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.formulaire.CodeInseeValide;
import org.sne4j.formulaire.FormulaireDemande;
import org.sne4j.formulaire.MontantValide;
import org.sne4j.formulaire.NirValide;
import org.sne4j.formulaire.NumeroUniqueValide;
import org.sne4j.formulaire.TexteCourt;
import org.sne4j.formulaire.TexteLong;
import org.sne4j.logement.IdentifiantRpls;
import org.sne4j.menage.Nir;
import org.sne4j.territoire.CodeInsee;
import org.sne4j.territoire.Departement;
import org.sne4j.territoire.TerritoireEnregistrement;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the published JSON Schemas from the records of the core, so that they cannot drift
 * from the Java model: {@code SchemasTest} fails when a checked-in schema differs from what this
 * generator writes, and {@code -Dsne.json.regenerer-schemas=true} rewrites them.
 *
 * <p>Each schema object that maps a failing keyword to a code of its own carries it in {@code
 * x-sne-codes} (read by {@link JsonValidator}); the other keywords map to their default code.
 */
final class GenerateurSchemas {

  static final String BASE = "https://sne4j.org/schema/";
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** Extra keywords of some components of the events, by {@code Record.component}. */
  private static final Map<String, String> HINTS =
      Map.ofEntries(
          Map.entry("DemandeCorrigee.pieces", "{\"minItems\":1}"),
          Map.entry("PiecesDemandees.pieces", "{\"minItems\":1}"),
          Map.entry("PiecesFournies.pieces", "{\"minItems\":1}"),
          Map.entry("AvisRenouvellementEnvoye.canaux", "{\"minItems\":1}"),
          Map.entry("AttributionSousCondition.piecesManquantes", "{\"minItems\":1}"),
          Map.entry("NonAttribution.motifs", "{\"minItems\":1}"),
          Map.entry("LogementActuel.modeles", "{\"minItems\":1}"),
          Map.entry("LogementRecherche.typologies", "{\"minItems\":1}"),
          Map.entry("EvenementAnnule.versionAnnulee", "{\"minimum\":1}"),
          Map.entry("AttributionEnRang.rang", "{\"minimum\":1}"),
          Map.entry("AttributionSousCondition.rang", "{\"minimum\":1}"),
          Map.entry("NaissanceAttendue.nombre", "{\"minimum\":1,\"maximum\":9}"),
          Map.entry("RevenuFiscal.annee", "{\"minimum\":1900,\"maximum\":2999}"),
          Map.entry("LogementActuel.nombreOccupants", "{\"minimum\":1}"),
          Map.entry("LogementActuel.surface", "{\"minimum\":1}"),
          Map.entry("BesoinsHandicap.nombrePersonnes", "{\"minimum\":1}"),
          Map.entry("EvenementLocal.type", "{\"pattern\":\"^[A-Z][A-Z0-9_]{0,49}$\"}"));

  private final boolean formulaire;
  private final ObjectNode defs = F.objectNode();
  private final Map<String, ObjectNode> pending = new TreeMap<>();

  private GenerateurSchemas(boolean formulaire) {
    this.formulaire = formulaire;
  }

  /** The schema of a stored or exchanged event of a demand. */
  static ObjectNode evenements() {
    return evenements(EvenementDemande.class, "evenement-demande.schema.json", "typeEvenement",
        "Événement d'une demande de logement social",
        "Un événement de la vie d'une demande (org.sne4j.demande.EvenementDemande), tel que sne-json"
            + " l'écrit dans sa version de schéma courante : la propriété « type » porte son identifiant"
            + " stable, les autres sont les composantes de l'événement.");
  }

  /** The schema of a stored or exchanged event of a vacancy. */
  static ObjectNode evenementsVacance() {
    return evenements(EvenementVacance.class, "evenement-vacance.schema.json", "typeEvenementVacance",
        "Événement d'une vacance de logement social",
        "Un événement du traitement d'une vacance, du logement vacant au bail signé"
            + " (org.sne4j.attribution.EvenementVacance), tel que sne-json l'écrit dans sa version de schéma"
            + " courante : la propriété « type » porte son identifiant stable, les autres sont les composantes"
            + " de l'événement.");
  }

  private static ObjectNode evenements(Class<?> base, String fichier, String discriminant, String titre,
      String description) {
    GenerateurSchemas g = new GenerateurSchemas(false);
    ObjectNode schema = g.entete(fichier, titre, description);
    schema.put("type", "object");
    schema.putArray("required").add("type");
    schema.putObject("properties").putObject("type").put("$ref", "#/$defs/" + discriminant);
    schema.set("allOf", g.discrimine(base));
    g.discriminant(discriminant, base);
    g.valeurs();
    schema.set("$defs", g.trie());
    return schema;
  }

  /** The schema of the demand form (CERFA 14069) as an application receives it. */
  static ObjectNode formulaire() {
    GenerateurSchemas g = new GenerateurSchemas(true);
    ObjectNode schema = g.entete("formulaire-demande.schema.json",
        "Formulaire de demande de logement social (CERFA 14069)",
        "Le formulaire d'une demande (org.sne4j.formulaire.FormulaireDemande) reçu par une application :"
            + " à l'enregistrement, à la modification ou au renouvellement. Toute propriété peut être absente"
            + " ou nulle : les champs obligatoires sont vérifiés par la validation du cœur, avec les mêmes"
            + " codes.");
    ObjectNode racine = g.objet(FormulaireDemande.class);
    racine.properties().forEach(e -> schema.set(e.getKey(), e.getValue()));
    g.valeurs();
    schema.set("$defs", g.trie());
    return schema;
  }

  private ObjectNode entete(String fichier, String titre, String description) {
    ObjectNode schema = F.objectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", BASE + fichier);
    schema.put("title", titre);
    schema.put("description", description);
    return schema;
  }

  private ObjectNode trie() {
    ObjectNode sorted = F.objectNode();
    new TreeMap<>(pending).forEach(sorted::set);
    return sorted;
  }

  // -------------------------------------------------------------------------------------------

  private ArrayNode discrimine(Class<?> base) {
    ArrayNode allOf = F.arrayNode();
    for (TypeRegistry.Entry e : TypeRegistry.entries(base)) {
      ObjectNode branche = allOf.addObject();
      ObjectNode si = branche.putObject("if");
      si.putArray("required").add("type");
      si.putObject("properties").putObject("type").put("const", e.id());
      branche.putObject("then").put("$ref", "#/$defs/" + e.id());
      defineRecord(e.id(), e.type(), e.id());
    }
    return allOf;
  }

  private void discriminant(String nom, Class<?> base) {
    ObjectNode d = F.objectNode();
    d.put("description", "Identifiant de type stable (sne-json TypeRegistry).");
    d.put("type", "string");
    ArrayNode ids = d.putArray("enum");
    TypeRegistry.entries(base).forEach(e -> ids.add(e.id()));
    d.putObject("x-sne-codes").put("enum", "type.inconnu").put("type", "type.inconnu");
    pending.put(nom, d);
  }

  private void valeurs() {
    pending.put("date", chaine("Date ISO 8601 (aaaa-mm-jj).", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "date.invalide")
        .put("format", "date"));
    if (formulaire) {
      pending.put("montant", chaine("Montant en euros, en chaîne : au plus 13 chiffres et 2 décimales, point"
          + " décimal (ex. « 1234.50 »).", "^-?[0-9]{1,13}(\\.[0-9]{1,2})?$", "montant.invalide"));
    } else {
      pending.put("montant", chaine("Montant en euros, en chaîne, avec exactement deux décimales (ex. « 1234.50 »)"
          + " ; jamais un nombre JSON.", ValueTypes.MONTANT_REGEX, "montant.invalide"));
      pending.put("decimal", chaine("Nombre décimal en chaîne (ex. une surface « 65.50 ») ; jamais un nombre JSON.",
          "^-?[0-9]+(\\.[0-9]+)?$", "valeur.invalide"));
      pending.put("texte", chaine("Texte non vide (au moins un caractère autre qu'un blanc).", "\\S", "champ.obligatoire")
          .put("maxLength", 100_000));
      pending.put("departement", chaine("Code COG de département.", "^(0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-46])$",
          "departement.invalide"));
      pending.put("territoireEnregistrement", chaine("Territoire d'enregistrement : un département hors Île-de-France,"
          + " ou 11 pour la région Île-de-France.", "^(0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-46])$",
          "territoire.invalide"));
      pending.put("codeGuichet", chaine("Code de guichet enregistreur : cinq lettres majuscules ou chiffres.",
          "^[A-Z0-9]{5}$", "code-guichet.invalide"));
      pending.put("identifiantVacance", chaine("Identifiant de vacance : 1 à 60 lettres, chiffres, -, _ ou point.",
          "^[0-9A-Za-z_.-]{1,60}$", "identifiant-vacance.invalide"));
      pending.put("identifiantRpls", chaine("Identifiant RPLS du logement : 1 à 30 lettres, chiffres, - ou _.",
          "^[0-9A-Za-z_-]{1,30}$", "identifiant-rpls.invalide"));
    }
    pending.put("codeInsee", chaine("Code INSEE (COG) de commune, cinq caractères (ex. 59350, 2A004, 97411).",
        "^((0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5])[0-9]{3}|97[1-46][0-9]{2})$", "code-insee.invalide"));
    pending.put("numeroUnique", chaine("Numéro unique : 18 lettres majuscules ou chiffres.", "^[0-9A-Z]{18}$",
        "numero-unique.invalide"));
    pending.put("nir", chaine("NIR (numéro de sécurité sociale) : 15 caractères sans espace, clé comprise.",
        "^[1-478][0-9]{2}(0[1-9]|1[0-2]|[2-9][0-9])(2[AB]|[0-9]{2})[0-9]{6}[0-9]{2}$", "nir.invalide"));
    if (!formulaire) {
      // "11" (Île-de-France) is a territory but not a département code
      pending.get("territoireEnregistrement")
          .put("pattern", "^(11|0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-46])$");
    }
  }

  private ObjectNode chaine(String description, String pattern, String code) {
    ObjectNode s = F.objectNode();
    s.put("description", description);
    if (formulaire) {
      s.putArray("type").add("string").add("null");
    } else {
      s.put("type", "string");
    }
    s.put("pattern", pattern);
    s.putObject("x-sne-codes").put("pattern", code);
    return s;
  }

  // -------------------------------------------------------------------------------------------

  private String defineRecord(String nom, Class<?> type, String typeId) {
    if (!pending.containsKey(nom)) {
      pending.put(nom, F.objectNode()); // reserve the name: recursion
      ObjectNode def = objet(type);
      if (typeId != null) {
        ObjectNode props = (ObjectNode) def.get("properties");
        ObjectNode ordered = F.objectNode();
        ordered.putObject("type").put("const", typeId);
        props.properties().forEach(e -> ordered.set(e.getKey(), e.getValue()));
        def.set("properties", ordered);
        if (def.get("required") instanceof ArrayNode required) {
          required.insert(0, "type");
        } else {
          def.putArray("required").add("type");
        }
      }
      pending.put(nom, def);
    }
    return "#/$defs/" + nom;
  }

  private ObjectNode objet(Class<?> type) {
    ObjectNode def = F.objectNode();
    if (formulaire) {
      def.putArray("type").add("object").add("null");
    } else {
      def.put("type", "object");
    }
    def.put("additionalProperties", false);
    ArrayNode required = def.putArray("required");
    ObjectNode props = def.putObject("properties");
    Map<String, String> renamed = SneAnnotationIntrospector.RENAMED.getOrDefault(type, Map.of());
    for (RecordComponent c : type.getRecordComponents()) {
      String nom = renamed.getOrDefault(c.getName(), c.getName());
      boolean optional = c.getType() == Optional.class || c.getType() == OptionalInt.class;
      ObjectNode schema = composant(c.getAnnotatedType(), c, true);
      String hint = HINTS.get(type.getSimpleName() + "." + c.getName());
      if (hint != null && !formulaire) {
        SneJson.mapper().readTree(hint).properties().forEach(e -> schema.set(e.getKey(), e.getValue()));
      }
      props.set(nom, schema);
      if (!formulaire && !optional) {
        required.add(nom);
      }
    }
    if (required.isEmpty()) {
      def.remove("required");
    }
    return def;
  }

  private ObjectNode composant(AnnotatedType annotated, RecordComponent c, boolean top) {
    Class<?> raw = raw(annotated);
    ObjectNode s = F.objectNode();
    if (raw == Optional.class) {
      AnnotatedType inner = ((AnnotatedParameterizedType) annotated).getAnnotatedActualTypeArguments()[0];
      return composant(inner, c, top);
    }
    if (raw == OptionalInt.class || raw == int.class || raw == long.class || raw == Integer.class
        || raw == Long.class) {
      nullable(s, "integer");
      Range range = top ? annotation(c, Range.class) : annotated.getAnnotation(Range.class);
      if (range != null) {
        s.put("minimum", range.min()).put("maximum", range.max());
      }
      return s;
    }
    if (raw == boolean.class || raw == Boolean.class) {
      nullable(s, "boolean");
      return s;
    }
    if (raw == String.class) {
      Annotation[] ann = top ? annotations(c) : annotated.getAnnotations();
      if (formulaire) {
        if (has(ann, CodeInseeValide.class)) {
          return ref("codeInsee");
        }
        if (has(ann, NirValide.class)) {
          return ref("nir");
        }
        if (has(ann, NumeroUniqueValide.class)) {
          return ref("numeroUnique");
        }
        nullable(s, "string");
        if (has(ann, TexteLong.class) || has(ann, TexteCourt.class)) {
          s.put("maxLength", has(ann, TexteLong.class) ? 1_000 : 100);
        }
        return s;
      }
      boolean optional = c.getType() == Optional.class;
      if (!optional) {
        return ref("texte");
      }
      s.put("type", "string");
      s.put("maxLength", 100_000);
      return s;
    }
    if (raw == LocalDate.class) {
      return ref("date");
    }
    if (raw == Montant.class || (raw == BigDecimal.class && formulaire && has(annotations(c), MontantValide.class))) {
      return ref("montant");
    }
    if (raw == BigDecimal.class) {
      return ref("decimal");
    }
    Map<Class<?>, String> valeurs = Map.of(NumeroUnique.class, "numeroUnique", CodeInsee.class, "codeInsee",
        Departement.class, "departement", TerritoireEnregistrement.class, "territoireEnregistrement",
        CodeGuichet.class, "codeGuichet", IdentifiantRpls.class, "identifiantRpls", Nir.class, "nir",
        IdentifiantVacance.class, "identifiantVacance");
    if (valeurs.containsKey(raw)) {
      return ref(valeurs.get(raw));
    }
    if (raw.isEnum()) {
      return ref(enumeration(raw));
    }
    if (java.util.Collection.class.isAssignableFrom(raw)) {
      nullable(s, "array");
      AnnotatedType element = ((AnnotatedParameterizedType) annotated).getAnnotatedActualTypeArguments()[0];
      ObjectNode items = composant(element, c, false);
      s.set("items", items);
      if (java.util.Set.class.isAssignableFrom(raw)) {
        s.put("uniqueItems", true);
      }
      if (raw == java.util.List.class && c.getName().equals("communes")) {
        s.put("maxItems", 10).put("uniqueItems", true);
        s.putObject("x-sne-codes").put("maxItems", "communes.trop-nombreuses").put("uniqueItems", "communes.doublon");
        if (!formulaire) {
          s.put("minItems", 1);
        }
      }
      Size size = annotation(c, Size.class);
      if (formulaire && size != null && !c.getName().equals("communes")) {
        s.put("maxItems", size.max());
      }
      return s;
    }
    if (raw == DecisionCal.class) {
      if (!pending.containsKey("DecisionCal")) {
        ObjectNode d = F.objectNode();
        d.put("type", "object");
        d.putArray("required").add("type");
        d.putObject("properties").putObject("type").put("$ref", "#/$defs/typeDecisionCal");
        pending.put("DecisionCal", d);
        d.set("allOf", discrimine(DecisionCal.class));
        discriminant("typeDecisionCal", DecisionCal.class);
      }
      return ref("DecisionCal");
    }
    if (raw.isRecord()) {
      return ref(defineRecord(raw.getSimpleName(), raw, null).substring("#/$defs/".length()));
    }
    throw new IllegalStateException("No schema for " + raw + " in " + c);
  }

  private String enumeration(Class<?> type) {
    String nom = type.getSimpleName();
    if (!pending.containsKey(nom)) {
      ObjectNode e = F.objectNode();
      StringBuilder description = new StringBuilder();
      ArrayNode valeurs = F.arrayNode();
      for (Object constant : type.getEnumConstants()) {
        if (constant instanceof CodeSne code) {
          valeurs.add(code.code());
          description.append(description.length() == 0 ? "" : " · ").append(code.code()).append(" ").append(code.libelle());
        } else {
          valeurs.add(((Enum<?>) constant).name());
        }
      }
      e.put("description", (CodeSne.class.isAssignableFrom(type) ? "Code SNE (" + type.getName() + ") : " + description
          : "Constante de " + type.getName() + "."));
      if (formulaire) {
        valeurs.addNull();
      }
      e.set("enum", valeurs);
      pending.put(nom, e);
    }
    return nom;
  }

  private void nullable(ObjectNode s, String type) {
    if (formulaire) {
      s.putArray("type").add(type).add("null");
    } else {
      s.put("type", type);
    }
  }

  private static ObjectNode ref(String def) {
    return F.objectNode().put("$ref", "#/$defs/" + def);
  }

  private static boolean has(Annotation[] annotations, Class<? extends Annotation> type) {
    for (Annotation a : annotations) {
      if (a.annotationType() == type) {
        return true;
      }
    }
    return false;
  }

  /** The annotations of a component, wherever Java propagated them: field, accessor, type. */
  private static Annotation[] annotations(RecordComponent c) {
    java.util.List<Annotation> all = new java.util.ArrayList<>();
    all.addAll(java.util.List.of(c.getAnnotations()));
    all.addAll(java.util.List.of(c.getAccessor().getAnnotations()));
    all.addAll(java.util.List.of(c.getAnnotatedType().getAnnotations()));
    try {
      all.addAll(java.util.List.of(c.getDeclaringRecord().getDeclaredField(c.getName()).getAnnotations()));
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
    return all.toArray(Annotation[]::new);
  }

  private static <A extends Annotation> A annotation(RecordComponent c, Class<A> type) {
    for (Annotation a : annotations(c)) {
      if (a.annotationType() == type) {
        return type.cast(a);
      }
    }
    return null;
  }

  private static Class<?> raw(AnnotatedType annotated) {
    java.lang.reflect.Type t = annotated.getType();
    if (t instanceof Class<?> c) {
      return c;
    }
    return (Class<?>) ((java.lang.reflect.ParameterizedType) t).getRawType();
  }
}
