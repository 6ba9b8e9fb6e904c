package org.sne4j.json;

import java.util.Objects;
import org.sne4j.commun.Evenement;
import org.sne4j.demande.EvenementDemande;
import org.sne4j.spi.EventSerializer;
import org.sne4j.spi.SerializedEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@link EventSerializer} of the library: an event becomes a JSON document of its current
 * schema version, under its stable type identifier ({@link TypeRegistry}); a stored document of
 * an older version is brought up to date by the {@link UpcasterChain} before it is bound.
 *
 * <p>The document is the event as {@link SneJson#mapper()} writes it: an object whose {@code
 * "type"} property repeats the type identifier, then the record's components. Reading is strict
 * (an event is the truth of the demand: a damaged document must fail, not load with a default).
 * Every failure — unknown type, unknown version, malformed or truncated JSON, a missing or
 * invalid component, a document of another type — is an {@link IllegalArgumentException} whose
 * message names the type, the version and the JSON path; no partial event is ever returned.
 *
 * <p>Immutable and thread-safe.
 */
public final class JacksonEventSerializer implements EventSerializer {

  private final JsonMapper mapper;
  private final UpcasterChain upcasters;

  /** The serializer with the library's mapper and upcasters. */
  public JacksonEventSerializer() {
    this(SneJson.mapper(), UpcasterChain.library());
  }

  /**
   * A serializer with a mapper of the application (built from {@link SneJson#builder()}) and a
   * chain of upcasters.
   */
  public JacksonEventSerializer(JsonMapper mapper, UpcasterChain upcasters) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.upcasters = Objects.requireNonNull(upcasters, "upcasters");
  }

  /**
   * @throws IllegalArgumentException when the event is not of a registered type
   */
  @Override
  public SerializedEvent serialize(Evenement event) {
    Objects.requireNonNull(event, "event");
    TypeRegistry.Entry entry =
        TypeRegistry.byType(event.getClass())
            .filter(e -> e.base().equals(EvenementDemande.class))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "No stable type identifier for the event class "
                            + event.getClass().getName()
                            + ": add it to TypeRegistry"));
    return new SerializedEvent(entry.id(), entry.currentVersion(), mapper.writeValueAsString(event));
  }

  /**
   * @throws IllegalArgumentException naming the type, the version and the JSON path of the
   *     problem when the document cannot be read
   */
  @Override
  public Evenement deserialize(SerializedEvent serialized) {
    Objects.requireNonNull(serialized, "serialized");
    String type = serialized.type();
    int version = serialized.schemaVersion();
    TypeRegistry.Entry entry =
        TypeRegistry.byId(type)
            .filter(e -> e.base().equals(EvenementDemande.class))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Unknown event type '"
                            + type
                            + "' (schema version "
                            + version
                            + "); known types: "
                            + TypeRegistry.entries(EvenementDemande.class).stream()
                                .map(TypeRegistry.Entry::id)
                                .toList()));
    ObjectNode document = parse(serialized);
    JsonNode declared = document.get("type");
    if (declared == null || !declared.isString() || !declared.stringValue().equals(type)) {
      throw failure(
          serialized,
          "type",
          "the document's \"type\" is "
              + (declared == null ? "absent" : JsonPaths.abridged(declared.toString()))
              + ", not the stored type");
    }
    ObjectNode current;
    try {
      current = upcasters.upcast(type, version, document);
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (RuntimeException e) {
      throw failure(serialized, "", "upcasting failed: " + e);
    }
    try {
      EvenementDemande event = mapper.treeToValue(current, EvenementDemande.class);
      if (!entry.type().isInstance(event)) {
        throw failure(serialized, "type", "the document is of another type");
      }
      return event;
    } catch (JacksonException e) {
      throw failure(serialized, JsonPaths.of(e), e.getOriginalMessage());
    }
  }

  private ObjectNode parse(SerializedEvent serialized) {
    JsonNode tree;
    try {
      tree = mapper.readTree(serialized.document());
    } catch (JacksonException e) {
      throw failure(serialized, JsonPaths.of(e), "malformed JSON: " + e.getOriginalMessage());
    }
    if (!(tree instanceof ObjectNode object)) {
      throw failure(serialized, "", "the document is not a JSON object");
    }
    return object;
  }

  private static IllegalArgumentException failure(
      SerializedEvent serialized, String path, String problem) {
    return new IllegalArgumentException(
        "Cannot read event '"
            + serialized.type()
            + "' (schema version "
            + serialized.schemaVersion()
            + ")"
            + (path.isEmpty() ? "" : " at " + path)
            + ": "
            + JsonPaths.abridged(problem));
  }
}
