package org.sne4j.jdbc;

import org.sne4j.spi.InfrastructureException;

/**
 * The database refused a statement for a reason that retrying will not cure (a missing table —
 * the schema was not migrated —, a privilege, a value the column cannot hold, a bug). Not
 * retryable. Code {@code SNE-JDBC}; the PostgreSQL SQLSTATE is in {@link #sqlState()}.
 */
public final class JdbcStoreException extends InfrastructureException {

  private static final long serialVersionUID = 1L;

  /** The code of this failure. */
  public static final String CODE = "SNE-JDBC";

  private final String sqlState;

  public JdbcStoreException(String message, String sqlState, Throwable cause) {
    super(CODE, message + (sqlState == null ? "" : " (SQLSTATE " + sqlState + ")"), cause);
    this.sqlState = sqlState;
  }

  /** The SQLSTATE returned by PostgreSQL, or null when the failure did not come with one. */
  public String sqlState() {
    return sqlState;
  }

  @Override
  public boolean isRetryable() {
    return false;
  }
}
