package org.sne4j.piece;

import static org.sne4j.piece.CategoriePiece.*;
import static org.sne4j.piece.ExigencePiece.*;

/**
 * The supporting documents of the closed list (liste limitative) of CCH R441-2-4-1: those the
 * applicant must supply and those an instructing service may ask for. Only these may be
 * requested, and only these may be the missing document of an attribution under suspensive
 * condition (R441-3 c).
 *
 * <p>Source: the list is fixed by the arrêté of R441-2-2, since 1 February 2021 the arrêté du 22
 * décembre 2020 (CERFA 14069*04). Its annex was not read: the items below are those reproduced by
 * secondary sources (ANIL, notice 51423, service-public) for the successive versions of the list,
 * grouped by heading (docs/reglementation.md §1.8). Check them against the annex
 * in force before relying on the exact wording.
 */
public enum PieceJustificative {
  PIECE_IDENTITE(IDENTITE, ENREGISTREMENT, "Carte nationale d'identité ou passeport"),
  TITRE_SEJOUR(IDENTITE, ENREGISTREMENT, "Titre de séjour en cours de validité ou récépissé de demande de renouvellement"),
  ACTE_NAISSANCE(IDENTITE, COMPLEMENTAIRE, "Livret de famille ou acte de naissance (mineurs)"),
  JUGEMENT_TUTELLE(IDENTITE, COMPLEMENTAIRE, "Jugement de tutelle ou de curatelle"),
  AVIS_IMPOSITION(REVENU_FISCAL, INSTRUCTION, "Avis d'imposition ou de non-imposition de l'avant-dernière année"),
  AVIS_IMPOSITION_ETRANGER(REVENU_FISCAL, INSTRUCTION, "Avis d'imposition étranger ou document équivalent, traduit, montants convertis en euros"),
  LIVRET_FAMILLE(SITUATION_FAMILIALE, COMPLEMENTAIRE, "Livret de famille"),
  ATTESTATION_PACS(SITUATION_FAMILIALE, COMPLEMENTAIRE, "Attestation d'enregistrement du PACS"),
  JUGEMENT_DIVORCE(SITUATION_FAMILIALE, COMPLEMENTAIRE, "Jugement ou ordonnance de divorce ou de séparation"),
  CERTIFICAT_GROSSESSE(SITUATION_FAMILIALE, COMPLEMENTAIRE, "Certificat de grossesse"),
  CERTIFICAT_DECES(SITUATION_FAMILIALE, COMPLEMENTAIRE, "Certificat de décès du conjoint"),
  ORDONNANCE_PROTECTION(SITUATION_FAMILIALE, COMPLEMENTAIRE, "Ordonnance de protection délivrée par le juge aux affaires familiales"),
  CONTRAT_TRAVAIL(SITUATION_PROFESSIONNELLE, COMPLEMENTAIRE, "Contrat de travail ou attestation de l'employeur"),
  CARTE_ETUDIANT(SITUATION_PROFESSIONNELLE, COMPLEMENTAIRE, "Carte d'étudiant"),
  BULLETINS_SALAIRE(RESSOURCES, COMPLEMENTAIRE, "Bulletins de salaire des trois derniers mois"),
  NOTIFICATION_PRESTATIONS(RESSOURCES, COMPLEMENTAIRE, "Notification des prestations sociales et familiales"),
  JUSTIFICATIF_PENSION(RESSOURCES, COMPLEMENTAIRE, "Justificatif de pension, retraite ou allocation chômage"),
  QUITTANCE_LOYER(LOGEMENT_ACTUEL, COMPLEMENTAIRE, "Bail et quittance de loyer"),
  ATTESTATION_HEBERGEMENT(LOGEMENT_ACTUEL, COMPLEMENTAIRE, "Attestation d'hébergement"),
  DECISION_EXPULSION(LOGEMENT_ACTUEL, COMPLEMENTAIRE, "Jugement ou commandement d'expulsion"),
  CARTE_MOBILITE_INCLUSION(HANDICAP, COMPLEMENTAIRE, "Carte mobilité inclusion mention « invalidité »");

  private final CategoriePiece categorie;
  private final ExigencePiece exigence;
  private final String libelle;

  PieceJustificative(CategoriePiece categorie, ExigencePiece exigence, String libelle) {
    this.categorie = categorie;
    this.exigence = exigence;
    this.libelle = libelle;
  }

  /** What the document proves. */
  public CategoriePiece categorie() {
    return categorie;
  }

  /** When it is required. */
  public ExigencePiece exigence() {
    return exigence;
  }

  /** The French label. */
  public String libelle() {
    return libelle;
  }
}
