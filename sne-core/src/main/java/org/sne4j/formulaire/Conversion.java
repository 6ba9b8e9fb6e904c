package org.sne4j.formulaire;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.sne4j.commun.Montant;
import org.sne4j.demande.ContenuDemande;
import org.sne4j.handicap.BesoinsHandicap;
import org.sne4j.logement.LogementActuel;
import org.sne4j.logement.LogementRecherche;
import org.sne4j.menage.Adresse;
import org.sne4j.menage.Contact;
import org.sne4j.menage.Cotitulaire;
import org.sne4j.menage.EnfantEnGarde;
import org.sne4j.menage.Menage;
import org.sne4j.menage.NaissanceAttendue;
import org.sne4j.menage.Nir;
import org.sne4j.menage.PersonneACharge;
import org.sne4j.menage.Ressource;
import org.sne4j.menage.RessourceVersee;
import org.sne4j.menage.RevenuFiscal;
import org.sne4j.menage.SituationProfessionnelle;
import org.sne4j.menage.Titulaire;
import org.sne4j.territoire.CodeInsee;

/**
 * Turns a valid form into the demand's content. Defined only on a form that {@link
 * ValidateurFormulaire} found valid, where it never throws: the constraints catch first every
 * problem the content's records would refuse. Texts are stripped, blank optional texts become
 * absent, {@code null} yes/no answers become « non », repeated values of a set count once.
 */
final class Conversion {

  private Conversion() {}

  static ContenuDemande versContenu(FormulaireDemande f) {
    Menage menage =
        new Menage(
            titulaire(f.demandeur()),
            liste(f.cotitulaires(), c -> new Cotitulaire(titulaire(c.personne()), c.lien())),
            liste(f.personnesACharge(), Conversion::personneACharge),
            Optional.ofNullable(f.naissanceAttendue())
                .map(n -> new NaissanceAttendue(n.nombre(), n.dateNaissancePrevue())),
            liste(f.enfantsEnGarde(), Conversion::enfantEnGarde));
    return new ContenuDemande(
        menage,
        logementActuel(f.logementActuel()),
        ImmutableSet.copyOf(f.motifs()),
        Textes.optionnel(f.precisionMotif()),
        logementRecherche(f.logementRecherche()),
        Optional.ofNullable(f.handicap()).map(Conversion::handicap),
        oui(f.avisPostalSouhaite()));
  }

  private static Titulaire titulaire(FormulaireTitulaire t) {
    return new Titulaire(
        t.civilite(),
        Textes.nettoye(t.nom()),
        Textes.optionnel(t.nomUsage()),
        Textes.nettoye(t.prenom()),
        t.dateNaissance(),
        t.nationalite(),
        t.situationFamiliale(),
        Textes.optionnel(t.nir()).map(n -> new Nir(Textes.nir(n))),
        new Contact(
            Textes.optionnel(t.telephone()),
            Textes.optionnel(t.telephoneSecondaire()),
            Textes.optionnel(t.email())),
        Optional.ofNullable(t.adresse()).map(Conversion::adresse),
        Optional.ofNullable(t.situationProfessionnelle()).map(Conversion::situationProfessionnelle),
        liste(t.revenusFiscaux(), r -> new RevenuFiscal(r.annee(), montant(r.montant()))),
        liste(t.ressources(), Conversion::ressource),
        liste(t.ressourcesVersees(), r -> new RessourceVersee(r.type(), montant(r.mensuel()))),
        oui(t.enSituationDeHandicap()));
  }

  private static Adresse adresse(FormulaireAdresse a) {
    return new Adresse(
        a.estALEtranger(),
        Textes.optionnel(a.numero()),
        Textes.nettoye(a.voie()),
        Textes.optionnel(a.complement()),
        Textes.nettoye(a.codePostal()),
        Textes.optionnel(a.commune()).map(CodeInsee::parse),
        Textes.nettoye(a.localite()),
        Textes.optionnel(a.pays()));
  }

  private static SituationProfessionnelle situationProfessionnelle(
      FormulaireSituationProfessionnelle s) {
    return new SituationProfessionnelle(
        s.contrat(),
        Textes.optionnel(s.profession()),
        Textes.optionnel(s.employeur()),
        Textes.optionnel(s.communeTravail()).map(CodeInsee::parse),
        oui(s.travailALEtranger()));
  }

  private static PersonneACharge personneACharge(FormulairePersonneACharge p) {
    return new PersonneACharge(
        Textes.nettoye(p.nom()),
        Textes.nettoye(p.prenom()),
        p.dateNaissance(),
        p.sexe(),
        p.lien(),
        liste(p.ressources(), Conversion::ressource),
        oui(p.enSituationDeHandicap()));
  }

  private static EnfantEnGarde enfantEnGarde(FormulaireEnfantEnGarde e) {
    return new EnfantEnGarde(Textes.nettoye(e.prenom()), e.dateNaissance(), e.modalite());
  }

  private static Ressource ressource(FormulaireRessource r) {
    return new Ressource(r.type(), montant(r.mensuel()));
  }

  private static LogementActuel logementActuel(FormulaireLogementActuel l) {
    return new LogementActuel(
        ImmutableSet.copyOf(l.modeles()),
        Optional.ofNullable(l.loyerMensuel()).map(Conversion::montant),
        entier(l.nombreOccupants()),
        entier(l.surface()),
        Textes.optionnel(l.proprietaire()),
        Optional.ofNullable(l.categorie()),
        Optional.ofNullable(l.typologie()));
  }

  private static LogementRecherche logementRecherche(FormulaireLogementRecherche r) {
    return new LogementRecherche(
        r.demandeElargie(),
        ImmutableSet.copyOf(r.typologies()),
        liste(r.communes(), CodeInsee::parse),
        Optional.ofNullable(r.categorie()));
  }

  private static BesoinsHandicap handicap(FormulaireHandicap h) {
    return new BesoinsHandicap(
        h.nombrePersonnes(),
        Optional.ofNullable(h.etat()),
        ImmutableSet.copyOf(h.moteur()),
        ImmutableSet.copyOf(h.sensoriel()),
        Optional.ofNullable(h.capaciteMarche()),
        ImmutableSet.copyOf(h.aidesTechniques()),
        ImmutableSet.copyOf(h.equipementsNecessaires()),
        Textes.optionnel(h.precisions()));
  }

  /** An amount the form accepted: zero in any scale is zero; otherwise at most two decimals. */
  private static Montant montant(BigDecimal euros) {
    return euros.signum() == 0 ? Montant.ZERO : Montant.of(euros.stripTrailingZeros());
  }

  private static OptionalInt entier(Integer valeur) {
    return valeur == null ? OptionalInt.empty() : OptionalInt.of(valeur);
  }

  private static boolean oui(Boolean reponse) {
    return Boolean.TRUE.equals(reponse);
  }

  private static <F, C> List<C> liste(List<F> formulaires, Function<F, C> conversion) {
    return formulaires.stream().map(conversion).toList();
  }
}
