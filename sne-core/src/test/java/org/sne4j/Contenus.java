package org.sne4j;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sne4j.commun.Montant;
import org.sne4j.demande.ContenuDemande;
import org.sne4j.demande.MotifDemande;
import org.sne4j.logement.LogementActuel;
import org.sne4j.logement.LogementRecherche;
import org.sne4j.logement.ModeleLogement;
import org.sne4j.logement.TypeLogement;
import org.sne4j.menage.Adresse;
import org.sne4j.menage.Civilite;
import org.sne4j.menage.Contact;
import org.sne4j.menage.Cotitulaire;
import org.sne4j.menage.LienDemandeur;
import org.sne4j.menage.LienParente;
import org.sne4j.menage.Menage;
import org.sne4j.menage.Nationalite;
import org.sne4j.menage.PersonneACharge;
import org.sne4j.menage.Ressource;
import org.sne4j.menage.RevenuFiscal;
import org.sne4j.menage.Sexe;
import org.sne4j.menage.SituationFamiliale;
import org.sne4j.menage.SituationProfessionnelle;
import org.sne4j.menage.Titulaire;
import org.sne4j.menage.TypeContratTravail;
import org.sne4j.menage.TypeRessource;
import org.sne4j.territoire.CodeInsee;

/** Object mother of demand contents for the core's example tests. */
public final class Contenus {

  public static final CodeInsee LILLE = CodeInsee.parse("59350");
  public static final CodeInsee ROUBAIX = CodeInsee.parse("59512");
  public static final CodeInsee ARRAS = CodeInsee.parse("62041");

  private Contenus() {}

  public static Titulaire titulaire(String prenom, String nom, LocalDate naissance) {
    return new Titulaire(
        Civilite.MADAME,
        nom,
        Optional.empty(),
        prenom,
        naissance,
        Nationalite.FRANCAISE,
        SituationFamiliale.CELIBATAIRE,
        Optional.empty(),
        new Contact(Optional.of("0600000000"), Optional.empty(), Optional.of(prenom.toLowerCase() + "@exemple.fr")),
        Optional.of(Adresse.enFrance("12", "rue des Arts", "59000", LILLE, "Lille")),
        Optional.of(SituationProfessionnelle.de(TypeContratTravail.CDI)),
        List.of(new RevenuFiscal(2023, Montant.euros(18_000)), new RevenuFiscal(2024, Montant.euros(19_000))),
        List.of(new Ressource(TypeRessource.SALAIRES, Montant.euros(1_600))),
        List.of(),
        false);
  }

  public static Titulaire sansCourriel(Titulaire t) {
    return new Titulaire(
        t.civilite(), t.nom(), t.nomUsage(), t.prenom(), t.dateNaissance(), t.nationalite(), t.situationFamiliale(),
        t.nir(), new Contact(t.contact().telephone(), Optional.empty(), Optional.empty()), t.adresse(),
        t.situationProfessionnelle(), t.revenusFiscaux(), t.ressources(), t.ressourcesVersees(),
        t.enSituationDeHandicap());
  }

  public static PersonneACharge enfant(String prenom, LocalDate naissance) {
    return new PersonneACharge("DIALLO", prenom, naissance, Sexe.FEMININ, LienParente.ENFANT, List.of(), false);
  }

  /** A person alone, seeking a T1 or T2 in Lille. */
  public static ContenuDemande personneSeuleALille() {
    return contenu(Menage.personneSeule(titulaire("Awa", "DIALLO", LocalDate.of(1990, 5, 4))), LILLE);
  }

  /** A couple with two children, seeking a T3 or T4 in Lille or Roubaix. */
  public static ContenuDemande coupleAvecDeuxEnfants() {
    Menage m =
        new Menage(
            titulaire("Awa", "DIALLO", LocalDate.of(1985, 5, 4)),
            List.of(new Cotitulaire(titulaire("Marc", "DIALLO", LocalDate.of(1984, 2, 1)), LienDemandeur.CONJOINT)),
            List.of(enfant("Inès", LocalDate.of(2015, 3, 1)), enfant("Yanis", LocalDate.of(2018, 9, 1))),
            Optional.empty(),
            List.of());
    return new ContenuDemande(
        m,
        LogementActuel.de(ModeleLogement.LOCATAIRE_PRIVE),
        Set.of(MotifDemande.LOGEMENT_TROP_PETIT),
        Optional.empty(),
        new LogementRecherche(false, Set.of(TypeLogement.T3, TypeLogement.T4), List.of(LILLE, ROUBAIX), Optional.empty()),
        Optional.empty(),
        false);
  }

  /** {@code menage} seeking a T1 or T2 in {@code commune}. */
  public static ContenuDemande contenu(Menage menage, CodeInsee commune) {
    return new ContenuDemande(
        menage,
        LogementActuel.de(ModeleLogement.CHEZ_PARENTS_OU_ENFANTS),
        Set.of(MotifDemande.DECOHABITATION),
        Optional.empty(),
        new LogementRecherche(true, Set.of(TypeLogement.T1, TypeLogement.T2), List.of(commune), Optional.empty()),
        Optional.empty(),
        false);
  }

  /** The same content, with the communes sought replaced. */
  public static ContenuDemande autresCommunes(ContenuDemande c, CodeInsee... communes) {
    LogementRecherche r = c.logementRecherche();
    return new ContenuDemande(
        c.menage(), c.logementActuel(), c.motifs(), c.precisionMotif(),
        new LogementRecherche(r.demandeElargie(), r.typologies(), List.of(communes), r.categorie()),
        c.handicap(), c.avisPostalSouhaite());
  }

  /** The same content, with the postal-notice wish set. */
  public static ContenuDemande avisPostal(ContenuDemande c, boolean souhaite) {
    return new ContenuDemande(
        c.menage(), c.logementActuel(), c.motifs(), c.precisionMotif(), c.logementRecherche(), c.handicap(), souhaite);
  }

  /** The same content, with the applicant replaced. */
  public static ContenuDemande avecDemandeur(ContenuDemande c, Titulaire demandeur) {
    Menage m = c.menage();
    return new ContenuDemande(
        new Menage(demandeur, m.cotitulaires(), m.personnesACharge(), m.naissanceAttendue(), m.enfantsEnGarde()),
        c.logementActuel(), c.motifs(), c.precisionMotif(), c.logementRecherche(), c.handicap(), c.avisPostalSouhaite());
  }
}
