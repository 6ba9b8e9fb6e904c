package org.sne4j.jdbc;

import org.sne4j.spi.EntreeOutbox;

import static com.google.common.base.Preconditions.checkArgument;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The relay's side of the transactional outbox ({@code sne_outbox}): the entries written with
 * the events by {@link PostgresEventStore#append} (one per event and destination chosen by the
 * {@link PolitiqueOutbox}), read in order and marked when delivered. Obtain it with {@link
 * PostgresEventStore#outbox()}.
 *
 * <p>Ordering: entries are numbered in commit order, so {@link #aTraiter} returns the entries of a
 * stream in version order. A relay that must deliver a stream's events in order stops the stream
 * at its first failed entry (the following entries of that stream stay pending until it is
 * delivered or rejected). Delivery is at least once: a relay that dies after delivering and before
 * {@link #marquerTraitee} delivers again; the receiver deduplicates on (stream, version).
 *
 * <p>Statuses: {@code A_TRAITER} (pending, possibly after failed attempts), {@code TRAITEE}
 * (delivered), {@code REJETEE} (refused by the destination; kept for an operator). Thread-safe.
 */
public final class PostgresOutbox implements org.sne4j.spi.Outbox {

  private final DataSource dataSource;
  private final Lecteur lecteur;
  private final String outbox;
  private final String events;

  PostgresOutbox(DataSource dataSource, Lecteur lecteur, String schema) {
    this.dataSource = dataSource;
    this.lecteur = lecteur;
    this.outbox = schema + ".sne_outbox";
    this.events = schema + ".sne_events";
  }

  /**
   * At most {@code max} pending entries for {@code destination}, oldest first (commit order; per
   * stream, version order), with their events.
   */
  @Override
  public List<EntreeOutbox> aTraiter(String destination, int max) {
    Objects.requireNonNull(destination, "destination");
    checkArgument(max >= 1, "Read at least one entry: %s", max);
    String sql =
        "select o.id, o.attempts, o.last_error, " + Lecteur.colonnes("e") + " from " + outbox + " o join " + events
            + " e on e.stream_category = o.stream_category and e.stream_id = o.stream_id"
            + " and e.version = o.version and e.partition_key = o.partition_key"
            + " where o.destination = ? and o.status = 'A_TRAITER' order by o.id limit ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, destination);
      ps.setInt(2, max);
      List<EntreeOutbox> entrees = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          entrees.add(
              new EntreeOutbox(
                  rs.getLong(1), destination, lecteur.lire(rs, 4), rs.getInt(2), Optional.ofNullable(rs.getString(3))));
        }
      }
      return entrees;
    } catch (SQLException e) {
      throw Erreurs.traduire("reading the outbox", e);
    }
  }

  /** How many entries are pending for {@code destination}. */
  public long nombreATraiter(String destination) {
    Objects.requireNonNull(destination, "destination");
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("select count(*) from " + outbox + " where destination = ? and status = 'A_TRAITER'")) {
      ps.setString(1, destination);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw Erreurs.traduire("counting the outbox", e);
    }
  }

  /** Records that {@code entree} was delivered. Idempotent. */
  @Override
  public void marquerTraitee(EntreeOutbox entree) {
    mettreAJour(entree, "status = 'TRAITEE', attempts = attempts + 1, last_attempt_at = now(), processed_at = now()", null);
  }

  /** Records a failed attempt (the entry stays pending, to retry): {@code erreur} says why. */
  @Override
  public void marquerEchec(EntreeOutbox entree, String erreur) {
    Objects.requireNonNull(erreur, "erreur");
    mettreAJour(entree, "attempts = attempts + 1, last_attempt_at = now(), last_error = ?", erreur);
  }

  /** Records that the destination rejected {@code entree} for good: {@code motif} says why. */
  @Override
  public void marquerRejetee(EntreeOutbox entree, String motif) {
    Objects.requireNonNull(motif, "motif");
    mettreAJour(
        entree,
        "status = 'REJETEE', attempts = attempts + 1, last_attempt_at = now(), processed_at = now(), last_error = ?",
        motif);
  }

  private void mettreAJour(EntreeOutbox entree, String affectation, String texte) {
    Objects.requireNonNull(entree, "entree");
    String sql =
        "update " + outbox + " set " + affectation + " where id = ? and partition_key = ? and status = 'A_TRAITER'";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      if (texte != null) {
        ps.setString(i++, texte);
      }
      ps.setLong(i++, entree.id());
      ps.setString(i, entree.evenement().metadata().partitionKey());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw Erreurs.traduire("updating the outbox", e);
    }
  }
}
