package org.sne4j.jdbc;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.sne4j.spi.InfrastructureException;
import org.sne4j.spi.UnavailableException;

/** How SQL failures become the core's typed failures (documented in the module's README). */
final class Erreurs {

  /** SQLSTATE of a unique violation. */
  static final String UNIQUE_VIOLATION = "23505";

  private Erreurs() {}

  /** The SQLSTATE of {@code e} or of the first chained exception that has one. */
  static String sqlState(SQLException e) {
    for (SQLException s = e; s != null; s = s.getNextException()) {
      if (s.getSQLState() != null) {
        return s.getSQLState();
      }
    }
    Throwable cause = e.getCause();
    return cause instanceof SQLException c && c != e ? sqlState(c) : null;
  }

  /** Whether the failure means the server could not be reached or stopped serving (retryable). */
  static boolean indisponible(SQLException e) {
    if (e instanceof SQLTransientConnectionException
        || e instanceof SQLNonTransientConnectionException
        || e instanceof SQLRecoverableException) {
      return true;
    }
    String etat = sqlState(e);
    return etat != null
        && (etat.startsWith("08") // connection exception
            || etat.startsWith("53") // insufficient resources
            || etat.equals("57P01") // admin shutdown
            || etat.equals("57P02") // crash shutdown
            || etat.equals("57P03") // cannot connect now
            || etat.equals("57014")); // query cancelled (statement timeout)
  }

  /** Whether the failure is a serialization failure or a deadlock (retryable as a conflict). */
  static boolean concurrence(SQLException e) {
    String etat = sqlState(e);
    return "40001".equals(etat) || "40P01".equals(etat);
  }

  /**
   * Whether PostgreSQL refused a text it cannot hold: U+0000 in jsonb ({@code 22P05}), or a
   * character outside the database encoding ({@code 22021}).
   */
  static boolean texteInstockable(SQLException e) {
    String etat = sqlState(e);
    return "22P05".equals(etat) || "22021".equals(etat);
  }

  /** The typed failure for {@code e} while doing {@code quoi}. */
  static InfrastructureException traduire(String quoi, SQLException e) {
    if (indisponible(e) || concurrence(e)) {
      return new UnavailableException("PostgreSQL unavailable while " + quoi + ": " + e.getMessage(), e);
    }
    return new JdbcStoreException("PostgreSQL refused " + quoi + ": " + e.getMessage(), sqlState(e), e);
  }
}
