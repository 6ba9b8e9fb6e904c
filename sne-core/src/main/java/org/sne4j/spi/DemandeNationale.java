package org.sne4j.spi;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.demande.ContenuDemande;
import org.sne4j.demande.NumeroUnique;

/**
 * A demand as the national registry holds it (SNE service {@code getDemandeLogement}), and as it
 * is sent to it with a modification, a renewal or a radiation.
 *
 * @param numero its numéro unique
 * @param guichet the registering desk
 * @param dateCreation the day it was first registered (its seniority)
 * @param contenu what the applicant declared, last version
 * @param radiation its radiation, when it is radiated
 * @param dalo the last DALO decision recorded on it, if any
 */
public record DemandeNationale(
    NumeroUnique numero,
    CodeGuichet guichet,
    LocalDate dateCreation,
    ContenuDemande contenu,
    Optional<RadiationNationale> radiation,
    Optional<DecisionDalo> dalo) {

  public DemandeNationale {
    Objects.requireNonNull(numero, "numero");
    Objects.requireNonNull(guichet, "guichet");
    Objects.requireNonNull(dateCreation, "dateCreation");
    Objects.requireNonNull(contenu, "contenu");
    Objects.requireNonNull(radiation, "radiation");
    Objects.requireNonNull(dalo, "dalo");
    checkArgument(
        radiation.map(r -> r.numero().equals(numero)).orElse(true),
        "The radiation of %s names another demand: %s",
        numero,
        radiation);
    checkArgument(
        dalo.map(d -> d.numero().equals(numero)).orElse(true),
        "The DALO decision of %s names another demand: %s",
        numero,
        dalo);
  }

  /** A demand that is neither radiated nor the subject of a DALO decision. */
  public static DemandeNationale active(
      NumeroUnique numero, CodeGuichet guichet, LocalDate dateCreation, ContenuDemande contenu) {
    return new DemandeNationale(numero, guichet, dateCreation, contenu, Optional.empty(), Optional.empty());
  }
}
