package org.sne4j.testkit.contrat;

import org.junit.jupiter.api.DisplayName;
import org.sne4j.memoire.InMemoryIndexDemandes;
import org.sne4j.spi.IndexDemandes;

/** The embedded default passes the index contract. */
@DisplayName("InMemoryIndexDemandes — contrat de l'IndexDemandes")
class InMemoryIndexDemandesContractTest extends IndexDemandesContractKit {

  @Override
  protected IndexDemandes newIndex() {
    return new InMemoryIndexDemandes();
  }
}
