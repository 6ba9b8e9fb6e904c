package org.sne4j.spi;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/**
 * An event as a persistent store keeps it: a stable type identifier, the version of its document
 * schema, and the document itself (a JSON text for the adapters the library ships).
 *
 * @param type the stable type identifier, e.g. {@code demande.enregistree}
 * @param schemaVersion the version of the document's schema, from 1
 * @param document the serialized event
 */
public record SerializedEvent(String type, int schemaVersion, String document) {

  private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*");

  public SerializedEvent {
    checkArgument(
        type != null && type.length() <= 100 && TYPE.matcher(type).matches(),
        "Invalid event type identifier: '%s' (lower-case words separated by '.' or '-')",
        type);
    checkArgument(schemaVersion >= 1, "Schema versions start at 1: %s", schemaVersion);
    checkArgument(document != null, "A serialized event needs its document");
  }
}
