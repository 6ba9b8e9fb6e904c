package org.sne4j.spi;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.demande.NumeroUnique;

/**
 * A demand of the national registry that may be the same as the one searched (SNE service {@code
 * getDoublons}): same applicant's name and birth date. Only a person can tell whether it really is
 * the same household; a connector uses it to recognise its own creation after a lost answer (see
 * {@link EchangesRegistreNational#doublons}).
 *
 * @param numero its numéro unique
 * @param guichet its registering desk
 * @param dateCreation the day it was registered
 * @param nom the applicant's name
 * @param prenom the applicant's first name
 * @param dateNaissance the applicant's birth date
 */
public record DoublonPotentiel(
    NumeroUnique numero,
    CodeGuichet guichet,
    LocalDate dateCreation,
    String nom,
    String prenom,
    LocalDate dateNaissance) {

  public DoublonPotentiel {
    Objects.requireNonNull(numero, "numero");
    Objects.requireNonNull(guichet, "guichet");
    Objects.requireNonNull(dateCreation, "dateCreation");
    checkArgument(nom != null && !nom.isBlank(), "A duplicate names its applicant");
    checkArgument(prenom != null && !prenom.isBlank(), "A duplicate names its applicant's first name");
    Objects.requireNonNull(dateNaissance, "dateNaissance");
  }
}
