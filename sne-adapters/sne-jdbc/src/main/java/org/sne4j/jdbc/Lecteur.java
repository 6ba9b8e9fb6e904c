package org.sne4j.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.sne4j.commun.Evenement;
import org.sne4j.spi.EventMetadata;
import org.sne4j.spi.EventSerializer;
import org.sne4j.spi.SerializedEvent;
import org.sne4j.spi.StoredEvent;
import org.sne4j.spi.StreamId;

/** Reads rows of {@code sne_events} back into {@link StoredEvent}s. */
final class Lecteur {

  /** The columns {@link #lire} expects, in this order, prefixed by {@code alias.} if given. */
  static String colonnes(String alias) {
    String p = alias == null ? "" : alias + ".";
    return p + "stream_category, " + p + "stream_id, " + p + "version, " + p + "position, " + p + "type, "
        + p + "schema_version, " + p + "payload, " + p + "recorded_at, " + p + "correlation_id, " + p
        + "partition_key";
  }

  private final EventSerializer serializer;

  Lecteur(EventSerializer serializer) {
    this.serializer = serializer;
  }

  /** The event of the current row, whose first column is {@code premiere}. */
  StoredEvent lire(ResultSet rs, int premiere) throws SQLException {
    int i = premiere;
    StreamId stream = new StreamId(rs.getString(i++), rs.getString(i++));
    long version = rs.getLong(i++);
    long position = rs.getLong(i++);
    String type = rs.getString(i++);
    int schemaVersion = rs.getInt(i++);
    String document = rs.getString(i++);
    OffsetDateTime enregistre = rs.getObject(i++, OffsetDateTime.class);
    String correlation = rs.getString(i++);
    String cle = rs.getString(i);
    Evenement evenement;
    try {
      evenement = serializer.deserialize(new SerializedEvent(type, schemaVersion, document));
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "The event at position " + position + " (" + stream + " version " + version + ", type " + type
              + " v" + schemaVersion + ") cannot be read back: " + e.getMessage(),
          e);
    }
    return new StoredEvent(stream, version, position, evenement,
        new EventMetadata(enregistre.toInstant(), correlation, cle));
  }
}
