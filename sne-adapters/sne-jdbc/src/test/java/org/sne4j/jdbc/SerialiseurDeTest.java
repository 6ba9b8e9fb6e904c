package org.sne4j.jdbc;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sne4j.acteur.Acteur;
import org.sne4j.acteur.TypeActeur;
import org.sne4j.commun.Evenement;
import org.sne4j.json.JacksonEventSerializer;
import org.sne4j.spi.EventSerializer;
import org.sne4j.spi.SerializedEvent;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The serializer of the tests: the library's {@link JacksonEventSerializer} for the demand events,
 * and a plain JSON object for the contract kit's {@link Note}s (whose texts go up to a megabyte,
 * beyond the limits the library sets on its own documents).
 */
final class SerialiseurDeTest implements EventSerializer {

  /** The contract kit's event: a text, a date, an author. */
  record Note(String texte, LocalDate date, Acteur auteur) implements Evenement {
    static Note de(String texte) {
      return new Note(texte, LocalDate.of(2025, 1, 6), Acteur.guichet(new org.sne4j.acteur.CodeGuichet("G0042"), "Mairie de Lille"));
    }

    @Override
    public boolean visibleDuDemandeur() {
      return false;
    }
  }

  static final String TYPE_NOTE = "test.note";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final JacksonEventSerializer demandes = new JacksonEventSerializer();

  @Override
  public SerializedEvent serialize(Evenement event) {
    if (event instanceof Note n) {
      Map<String, String> doc = new LinkedHashMap<>();
      doc.put("texte", n.texte());
      doc.put("date", n.date().toString());
      doc.put("auteurType", n.auteur().type().name());
      doc.put("auteurId", n.auteur().identifiant());
      doc.put("auteurNom", n.auteur().nom());
      return new SerializedEvent(TYPE_NOTE, 1, JSON.writeValueAsString(doc));
    }
    return demandes.serialize(event);
  }

  @Override
  public Evenement deserialize(SerializedEvent serialized) {
    if (serialized.type().equals(TYPE_NOTE)) {
      Map<String, String> doc = JSON.readValue(serialized.document(), new TypeReference<Map<String, String>>() {});
      return new Note(doc.get("texte"), LocalDate.parse(doc.get("date")),
          new Acteur(TypeActeur.valueOf(doc.get("auteurType")), doc.get("auteurId"), doc.get("auteurNom")));
    }
    return demandes.deserialize(serialized);
  }
}
