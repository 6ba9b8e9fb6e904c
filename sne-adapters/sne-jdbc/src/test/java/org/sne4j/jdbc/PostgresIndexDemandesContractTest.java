package org.sne4j.jdbc;

import org.junit.jupiter.api.DisplayName;
import org.sne4j.spi.IndexDemandes;
import org.sne4j.testkit.contrat.IndexDemandesContractKit;

/** The PostgreSQL store, as index of the demands, passes the index contract on a real server. */
@DisplayName("PostgresEventStore — contrat de l'IndexDemandes (serveur PostgreSQL réel)")
class PostgresIndexDemandesContractTest extends IndexDemandesContractKit {

  static final String SCHEMA = "sne_test_index";

  @Override
  protected IndexDemandes newIndex() {
    return PostgresEventStore.builder(BaseDeTest.schemaVide(SCHEMA), new SerialiseurDeTest()).schema(SCHEMA).build();
  }
}
