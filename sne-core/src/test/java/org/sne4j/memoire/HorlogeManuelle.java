package org.sne4j.memoire;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand. */
final class HorlogeManuelle extends Clock {

  private Instant maintenant;

  HorlogeManuelle(Instant depart) {
    this.maintenant = depart;
  }

  void avancer(Duration duree) {
    maintenant = maintenant.plus(duree);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return maintenant;
  }
}
