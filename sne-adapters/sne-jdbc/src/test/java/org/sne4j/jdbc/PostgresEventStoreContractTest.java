package org.sne4j.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.sne4j.commun.Evenement;
import org.sne4j.spi.EventStore;
import org.sne4j.testkit.contrat.EventStoreContractKit;

/** The PostgreSQL store passes the event-store contract, on a real server. */
@DisplayName("PostgresEventStore — contrat de l'EventStore (serveur PostgreSQL réel)")
class PostgresEventStoreContractTest extends EventStoreContractKit {

  static final String SCHEMA = "sne_test_contrat";

  @Override
  protected EventStore newStore() {
    DataSource ds = BaseDeTest.schemaVide(SCHEMA);
    return PostgresEventStore.builder(ds, new SerialiseurDeTest()).schema(SCHEMA).build();
  }

  @Override
  protected Evenement eventWithText(String text) {
    return SerialiseurDeTest.Note.de(text);
  }

  @Override
  protected int modelSequences() {
    return 40;
  }
}
