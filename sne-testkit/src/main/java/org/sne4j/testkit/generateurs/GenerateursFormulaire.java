package org.sne4j.testkit.generateurs;

import static org.sne4j.testkit.property.Gen.weighted;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.sne4j.demande.MotifDemande;
import org.sne4j.formulaire.CodesViolation;
import org.sne4j.formulaire.FormulaireAdresse;
import org.sne4j.formulaire.FormulaireCotitulaire;
import org.sne4j.formulaire.FormulaireDemande;
import org.sne4j.formulaire.FormulaireEnfantEnGarde;
import org.sne4j.formulaire.FormulaireLogementActuel;
import org.sne4j.formulaire.FormulaireLogementRecherche;
import org.sne4j.formulaire.FormulaireNaissance;
import org.sne4j.formulaire.FormulairePersonneACharge;
import org.sne4j.formulaire.FormulaireRessource;
import org.sne4j.formulaire.FormulaireRevenuFiscal;
import org.sne4j.formulaire.FormulaireTitulaire;
import org.sne4j.logement.ModeleLogement;
import org.sne4j.logement.TypeLogement;
import org.sne4j.menage.Civilite;
import org.sne4j.menage.Coparentalite;
import org.sne4j.menage.LienDemandeur;
import org.sne4j.menage.LienParente;
import org.sne4j.menage.Nationalite;
import org.sne4j.menage.Sexe;
import org.sne4j.menage.SituationFamiliale;
import org.sne4j.menage.TypeRessource;
import org.sne4j.territoire.CodeInsee;
import org.sne4j.testkit.property.Gen;

/**
 * Generators of demand forms: valid ones (from {@link GenerateursDemande}'s realistic contents),
 * invalid ones (a valid form with one known defect, and the violation code it must produce), and
 * arbitrary ones (nulls, hostile text, wild dates and amounts everywhere) for fuzzing the
 * validation: whatever comes in, the library answers with the documented validation error or a
 * registration, never anything else.
 */
public final class GenerateursFormulaire {

  /**
   * A valid form with one known defect.
   *
   * @param formulaire the form
   * @param defaut what is wrong, in words
   * @param codeAttendu the violation code the validation must report
   */
  public record FormulaireDefectueux(FormulaireDemande formulaire, String defaut, String codeAttendu) {
    @Override
    public String toString() {
      return defaut + " → " + codeAttendu;
    }
  }

  private record Defaut(String nom, String code, UnaryOperator<FormulaireDemande> appliquer) {}

  private GenerateursFormulaire() {}

  /** Valid forms, seeking communes of {@code communes}, on {@code jour}. */
  public static Gen<FormulaireDemande> valide(List<CodeInsee> communes, LocalDate jour) {
    return GenerateursDemande.contenu(communes, jour).map(FormulaireDemande::depuis);
  }

  /** Valid forms with exactly one known defect each. */
  public static Gen<FormulaireDefectueux> defectueux(List<CodeInsee> communes, LocalDate jour) {
    List<Defaut> defauts = defauts(jour);
    return Gen.zip(valide(communes, jour), Gen.elements(defauts),
        (f, d) -> new FormulaireDefectueux(d.appliquer().apply(f), d.nom(), d.code()));
  }

  private static List<Defaut> defauts(LocalDate jour) {
    List<Defaut> l = new ArrayList<>();
    l.add(new Defaut("sans demandeur", CodesViolation.CHAMP_OBLIGATOIRE, f -> f.toBuilder().demandeur(null).build()));
    l.add(new Defaut("nom vide", CodesViolation.CHAMP_OBLIGATOIRE, f -> demandeur(f, t -> titulaire(t, "   ", t.dateNaissance(), t.nir(), t.email()))));
    l.add(new Defaut("nom de 500 caractères", CodesViolation.TEXTE_TROP_LONG,
        f -> demandeur(f, t -> titulaire(t, "A".repeat(500), t.dateNaissance(), t.nir(), t.email()))));
    l.add(new Defaut("caractère de contrôle", CodesViolation.TEXTE_CARACTERES_INTERDITS,
        f -> demandeur(f, t -> titulaire(t, "DURAND\u0007", t.dateNaissance(), t.nir(), t.email()))));
    l.add(new Defaut("naissance future", CodesViolation.DATE_NAISSANCE_FUTURE,
        f -> demandeur(f, t -> titulaire(t, t.nom(), jour.plusDays(3), t.nir(), t.email()))));
    l.add(new Defaut("NIR à la clé fausse", CodesViolation.NIR_INVALIDE,
        f -> demandeur(f, t -> titulaire(t, t.nom(), t.dateNaissance(), "184127645108947", t.email()))));
    l.add(new Defaut("courriel mal formé", CodesViolation.EMAIL_INVALIDE,
        f -> demandeur(f, t -> titulaire(t, t.nom(), t.dateNaissance(), t.nir(), "jean@@exemple"))));
    l.add(new Defaut("commune inexistante 20004", CodesViolation.CODE_INSEE_INVALIDE,
        f -> recherche(f, r -> new FormulaireLogementRecherche(r.demandeElargie(), r.typologies(), List.of("20004"), r.categorie()))));
    l.add(new Defaut("onze communes", CodesViolation.COMMUNES_TROP_NOMBREUSES,
        f -> recherche(f, r -> new FormulaireLogementRecherche(r.demandeElargie(), r.typologies(),
            List.of("59350", "59512", "59599", "59009", "59650", "59328", "59378", "59410", "59360", "59017", "59043"), r.categorie()))));
    l.add(new Defaut("communes de deux départements", CodesViolation.COMMUNES_TERRITOIRES_MULTIPLES,
        f -> recherche(f, r -> new FormulaireLogementRecherche(r.demandeElargie(), r.typologies(), List.of("59350", "62041"), r.categorie()))));
    l.add(new Defaut("sans typologie", CodesViolation.CHAMP_OBLIGATOIRE,
        f -> recherche(f, r -> new FormulaireLogementRecherche(r.demandeElargie(), List.of(), r.communes(), r.categorie()))));
    l.add(new Defaut("demande élargie non renseignée", CodesViolation.CHAMP_OBLIGATOIRE,
        f -> recherche(f, r -> new FormulaireLogementRecherche(null, r.typologies(), r.communes(), r.categorie()))));
    l.add(new Defaut("ressource négative", CodesViolation.MONTANT_NEGATIF,
        f -> demandeur(f, t -> avecRessources(t, List.of(FormulaireRessource.of(TypeRessource.SALAIRES, new BigDecimal("-12.00")))))));
    l.add(new Defaut("montant à trois décimales", CodesViolation.MONTANT_INVALIDE,
        f -> demandeur(f, t -> avecRessources(t, List.of(FormulaireRessource.of(TypeRessource.SALAIRES, new BigDecimal("1200.005")))))));
    l.add(new Defaut("motif autre sans précision", CodesViolation.MOTIF_AUTRE_PRECISION_MANQUANTE,
        f -> f.toBuilder().motifs(MotifDemande.AUTRE).precisionMotif(null).build()));
    l.add(new Defaut("sans logement actuel", CodesViolation.CHAMP_OBLIGATOIRE, f -> f.toBuilder().logementActuel(null).build()));
    return l;
  }

  private static FormulaireDemande demandeur(FormulaireDemande f, UnaryOperator<FormulaireTitulaire> g) {
    return f.toBuilder().demandeur(g.apply(f.demandeur())).build();
  }

  private static FormulaireDemande recherche(FormulaireDemande f, UnaryOperator<FormulaireLogementRecherche> g) {
    return f.toBuilder().logementRecherche(g.apply(f.logementRecherche())).build();
  }

  private static FormulaireTitulaire titulaire(FormulaireTitulaire t, String nom, LocalDate naissance, String nir, String email) {
    return new FormulaireTitulaire(t.civilite(), nom, t.nomUsage(), t.prenom(), naissance, t.nationalite(), t.situationFamiliale(),
        nir, t.telephone(), t.telephoneSecondaire(), email, t.adresse(), t.situationProfessionnelle(), t.revenusFiscaux(),
        t.ressources(), t.ressourcesVersees(), t.enSituationDeHandicap());
  }

  private static FormulaireTitulaire avecRessources(FormulaireTitulaire t, List<FormulaireRessource> ressources) {
    return new FormulaireTitulaire(t.civilite(), t.nom(), t.nomUsage(), t.prenom(), t.dateNaissance(), t.nationalite(),
        t.situationFamiliale(), t.nir(), t.telephone(), t.telephoneSecondaire(), t.email(), t.adresse(),
        t.situationProfessionnelle(), t.revenusFiscaux(), ressources, t.ressourcesVersees(), t.enSituationDeHandicap());
  }

  // ---------------------------------------------------------------------------------------------
  // Arbitrary forms, for fuzzing

  private static final String HOSTILE = "aZé ' -\u0000\u0007\u202e\ud83d\ude00<>&\"%;\\\n\t0123456789ÀÿẞŒ\u0301";

  /** Any form at all: every field null or wild, lists of any size, dates and amounts anywhere. */
  public static Gen<FormulaireDemande> arbitraire(LocalDate jour) {
    Gen<String> texte = Gen.frequency(
        weighted(2, Gen.constant((String) null)),
        weighted(5, Gen.strings(HOSTILE, 0, 12)),
        weighted(1, Gen.ints(90, 1_200).map("x"::repeat)));
    Gen<String> code = Gen.frequency(
        weighted(2, Gen.constant((String) null)),
        weighted(4, Gen.elements("59350", "62041", "75113", "93066", "2A004", "97411", "20004", "00000", "5935", "")),
        weighted(2, Gen.strings("0123456789AB ", 0, 7)));
    Gen<LocalDate> date = Gen.frequency(
        weighted(1, Gen.constant((LocalDate) null)),
        weighted(5, Gen.dates(jour.minusYears(140), jour.plusYears(2))));
    Gen<BigDecimal> montant = Gen.frequency(
        weighted(1, Gen.constant((BigDecimal) null)),
        weighted(4, Gen.zip(Gen.longs(-1_000_000L, 10_000_000_000_000_000L), Gen.ints(0, 4), (v, e) -> BigDecimal.valueOf(v, e))));
    Gen<Boolean> booleen = Gen.elements(java.util.Arrays.asList(null, true, false));
    Gen<FormulaireAdresse> adresse = Gen.zip(booleen, texte, texte, code, code, texte, texte,
        (etranger, voie, num, cp, commune, localite, pays) -> new FormulaireAdresse(etranger, num, voie, null, cp, commune, localite, pays));
    Gen<FormulaireRessource> ressource = Gen.zip(Gen.enums(TypeRessource.class).optional(), montant,
        (t, m) -> new FormulaireRessource(t.orElse(null), m));
    Gen<FormulaireTitulaire> titulaire = Gen.zip(
        Gen.zip(Gen.enums(Civilite.class).optional(), texte, texte, date, (c, n, p, d) -> new Object[] {c.orElse(null), n, p, d}),
        Gen.zip(Gen.enums(Nationalite.class).optional(), Gen.enums(SituationFamiliale.class).optional(), code, texte,
            (nat, sit, nir, mail) -> new Object[] {nat.orElse(null), sit.orElse(null), nir, mail}),
        adresse.optional(),
        ressource.list(0, 4),
        Gen.zip(Gen.ints(1980, 2040).optional(), montant, (a, m) -> new FormulaireRevenuFiscal(a.orElse(null), m)).list(0, 3),
        booleen,
        (id, etat, adr, res, rfr, handicap) -> new FormulaireTitulaire(
            (Civilite) id[0], (String) id[1], null, (String) id[2], (LocalDate) id[3], (Nationalite) etat[0],
            (SituationFamiliale) etat[1], (String) etat[2], "0600000000", null, (String) etat[3], adr.orElse(null), null,
            rfr, res, List.of(), handicap));
    Gen<FormulairePersonneACharge> personne = Gen.zip(texte, texte, date, Gen.enums(Sexe.class).optional(),
        Gen.enums(LienParente.class).optional(), (n, p, d, s, l) -> new FormulairePersonneACharge(n, p, d, s.orElse(null),
            l.orElse(null), List.of(), false));
    Gen<FormulaireLogementActuel> actuel = Gen.zip(Gen.enums(ModeleLogement.class).list(0, 3), montant,
        Gen.ints(-5, 200).optional(), (m, loyer, n) -> new FormulaireLogementActuel(m, loyer, n.orElse(null), n.orElse(null), null, null, null));
    Gen<FormulaireLogementRecherche> recherche = Gen.zip(booleen, Gen.enums(TypeLogement.class).list(0, 3), code.list(0, 13),
        (e, t, c) -> new FormulaireLogementRecherche(e, t, c, null));
    return Gen.zip(
        titulaire.optional(),
        Gen.zip(titulaire, Gen.enums(LienDemandeur.class).optional(), (t, l) -> new FormulaireCotitulaire(l.orElse(null), t)).list(0, 2),
        personne.list(0, 4),
        Gen.zip(Gen.ints(-1, 12).optional(), date, (n, d) -> new FormulaireNaissance(n.orElse(null), d)).optional(),
        Gen.zip(texte, date, Gen.enums(Coparentalite.class).optional(), (p, d, c) -> new FormulaireEnfantEnGarde(p, d, c.orElse(null))).list(0, 2),
        actuel.optional(),
        Gen.zip(Gen.enums(MotifDemande.class).list(0, 4), texte, (m, t) -> new Object[] {m, t}),
        recherche.optional(),
        (d, cot, pac, nai, garde, act, motifs, rech) -> FormulaireDemande.builder()
            .demandeur(d.orElse(null)).cotitulaires(cot).personnesACharge(pac).naissanceAttendue(nai.orElse(null))
            .enfantsEnGarde(garde).logementActuel(act.orElse(null)).motifs(castMotifs(motifs[0])).precisionMotif((String) motifs[1])
            .logementRecherche(rech.orElse(null)).build());
  }

  @SuppressWarnings("unchecked")
  private static List<MotifDemande> castMotifs(Object o) {
    return (List<MotifDemande>) o;
  }

  /** Every violation code the invalid-form generator covers. */
  public static Set<String> codesCouverts(LocalDate jour) {
    return defauts(jour).stream().map(Defaut::code).collect(java.util.stream.Collectors.toSet());
  }
}
