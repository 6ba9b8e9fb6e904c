package org.sne4j.menage;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.sne4j.commun.Montant;

/**
 * The household to be housed: the applicant, his future co-holders, his dependants, expected
 * children and children received part-time. The household facts that the rules need are pure
 * functions of it, each with its legal ground.
 *
 * @param demandeur the applicant
 * @param cotitulaires future co-holders of the lease
 * @param personnesACharge dependants who will live in the dwelling
 * @param naissanceAttendue expected children, if any
 * @param enfantsEnGarde children in shared custody or with visiting rights
 */
public record Menage(
    Titulaire demandeur,
    List<Cotitulaire> cotitulaires,
    List<PersonneACharge> personnesACharge,
    Optional<NaissanceAttendue> naissanceAttendue,
    List<EnfantEnGarde> enfantsEnGarde) {

  /** Sum of the spouses' ages up to which a couple is a « jeune ménage » (arrêté 1987, art. 2). */
  public static final int AGE_CUMULE_MAX_JEUNE_MENAGE = 55;

  private static final BigDecimal UC_PREMIER_ADULTE = BigDecimal.ONE;
  private static final BigDecimal UC_QUATORZE_ANS_ET_PLUS = new BigDecimal("0.5");
  private static final BigDecimal UC_MOINS_DE_QUATORZE_ANS = new BigDecimal("0.3");

  public Menage {
    Objects.requireNonNull(demandeur, "demandeur");
    cotitulaires = ImmutableList.copyOf(cotitulaires);
    personnesACharge = ImmutableList.copyOf(personnesACharge);
    Objects.requireNonNull(naissanceAttendue, "naissanceAttendue");
    enfantsEnGarde = ImmutableList.copyOf(enfantsEnGarde);
  }

  /** A household of one person. */
  public static Menage personneSeule(Titulaire demandeur) {
    return new Menage(demandeur, List.of(), List.of(), Optional.empty(), List.of());
  }

  /** The holders: the applicant first, then the co-holders. */
  public List<Titulaire> titulaires() {
    return Stream.concat(Stream.of(demandeur), cotitulaires.stream().map(Cotitulaire::personne))
        .toList();
  }

  /**
   * Number of persons to be housed: the holders, the dependants, the children in shared custody
   * or with visiting and accommodation rights (persons living in the household, CCH L442-12;
   * arrêté du 29 juillet 1987 art. 1) and the children expected, who will live in the dwelling.
   */
  public int personnesALoger() {
    return titulaires().size() + nombrePersonnesACharge(EnfantsANaitre.COMPTES_COMME_PERSONNES_A_CHARGE);
  }

  /**
   * Number of dependants: declared dependants and children received part-time (arrêté du 29
   * juillet 1987 art. 1), plus the children expected when {@code enfantsANaitre} counts them.
   */
  public int nombrePersonnesACharge(EnfantsANaitre enfantsANaitre) {
    return personnesACharge.size()
        + enfantsEnGarde.size()
        + (enfantsANaitre == EnfantsANaitre.COMPTES_COMME_PERSONNES_A_CHARGE
            ? naissanceAttendue.map(NaissanceAttendue::nombre).orElse(0)
            : 0);
  }

  /** Whether the applicant and a co-holder form a couple (married, PACS or concubins). */
  public boolean estUnCouple() {
    return cotitulaires.stream().anyMatch(c -> c.lien().formeUnCouple());
  }

  /**
   * Whether the household is a « jeune ménage » on {@code date}: a couple (married, PACS or
   * concubins) without dependant whose ages sum to at most 55 years (arrêté du 29 juillet 1987,
   * art. 2).
   */
  public boolean estJeuneMenage(LocalDate date) {
    if (cotitulaires.size() != 1 || !estUnCouple() || nombrePersonnesACharge(EnfantsANaitre.NON_COMPTES) > 0) {
      return false;
    }
    int ages = demandeur.age(date) + cotitulaires.get(0).personne().age(date);
    return ages <= AGE_CUMULE_MAX_JEUNE_MENAGE;
  }

  /** Whether a person of the household is disabled (arrêté du 29 juillet 1987, art. 2). */
  public boolean comporteUnePersonneEnSituationDeHandicap() {
    return titulaires().stream().anyMatch(Titulaire::enSituationDeHandicap)
        || personnesACharge.stream().anyMatch(PersonneACharge::enSituationDeHandicap);
  }

  /**
   * The household category on {@code date} (arrêté du 29 juillet 1987, art. 2), children expected
   * not counted ({@link EnfantsANaitre#NON_COMPTES}).
   */
  public CategorieMenage categorie(LocalDate date) {
    return categorie(date, EnfantsANaitre.NON_COMPTES);
  }

  /**
   * The household category on {@code date} (arrêté du 29 juillet 1987, art. 2).
   *
   * <p>Categories 1 to 6 follow the number of persons living in the household, and a household
   * moves up one category (never more) when it is a person alone with dependants, a « jeune
   * ménage » without dependant, or comprises a disabled person (holder of the CMI « invalidité »,
   * L241-3 CASF); beyond six, each person adds one to the additional persons. For example: one
   * disabled person alone is category 2; a single parent with two children is category 4; five
   * persons with a disabled one are category 6; seven persons are category 6 + 1.
   */
  public CategorieMenage categorie(LocalDate date, EnfantsANaitre enfantsANaitre) {
    int dependants = nombrePersonnesACharge(enfantsANaitre);
    int personnes = titulaires().size() + dependants;
    String fondement;
    boolean majoration;
    if (comporteUnePersonneEnSituationDeHandicap()) {
      majoration = true;
      fondement =
          personnes == 1
              ? "personne seule en situation de handicap"
              : personnes + " personnes dont au moins une en situation de handicap";
    } else if (titulaires().size() == 1 && dependants > 0) {
      majoration = true;
      fondement =
          "personne seule avec "
              + dependants
              + (dependants == 1 ? " personne à charge" : " personnes à charge");
    } else if (estJeuneMenage(date)) {
      majoration = true;
      fondement = "jeune ménage sans personne à charge";
    } else {
      majoration = false;
      fondement =
          personnes == 1
              ? "personne seule"
              : personnes == 2 && dependants == 0
                  ? "deux personnes sans personne à charge"
                  : personnes + " personnes";
    }
    int equivalent = personnes + (majoration ? 1 : 0);
    return new CategorieMenage(Math.min(equivalent, 6), Math.max(0, equivalent - 6), fondement);
  }

  /**
   * Consumption units (unités de consommation) on {@code date}, on the modified OECD scale used
   * for the first-quartile threshold (CCH L441-1; docs/reglementation.md §6.3, secondary source): 1 for the
   * applicant, 0.5 for each other person aged 14 or more, 0.3 for each person under 14. Expected
   * children are not counted before their birth; children received part-time are.
   */
  public BigDecimal unitesConsommation(LocalDate date) {
    BigDecimal uc = UC_PREMIER_ADULTE;
    for (Cotitulaire c : cotitulaires) {
      uc = uc.add(parAge(c.personne().age(date)));
    }
    for (PersonneACharge p : personnesACharge) {
      uc = uc.add(parAge(p.age(date)));
    }
    for (EnfantEnGarde e : enfantsEnGarde) {
      uc = uc.add(parAge(e.age(date)));
    }
    return uc;
  }

  private static BigDecimal parAge(int age) {
    return age >= 14 ? UC_QUATORZE_ANS_ET_PLUS : UC_MOINS_DE_QUATORZE_ANS;
  }

  /**
   * Monthly resources of the household: the resources received by the holders and the
   * dependants, as declared in the demand's « ressources mensuelles » (CCH R441-2-2 e). Housing
   * benefit is never part of them.
   */
  public Montant ressourcesMensuelles() {
    Montant titulaires =
        titulaires().stream().map(Titulaire::totalRessources).reduce(Montant.ZERO, Montant::plus);
    return personnesACharge.stream()
        .map(PersonneACharge::totalRessources)
        .reduce(titulaires, Montant::plus);
  }

  /** Monthly amounts paid by the holders (maintenance paid). */
  public Montant ressourcesVerseesMensuelles() {
    return titulaires().stream()
        .map(Titulaire::totalRessourcesVersees)
        .reduce(Montant.ZERO, Montant::plus);
  }

  /**
   * The household's tax reference income of {@code annee}: the sum of the RFR of the holders
   * (CCH R441-1 1°; arrêté du 29 juillet 1987), or empty when a holder has not declared the RFR
   * of that year, because a partial sum would understate the household's income.
   */
  public Optional<Montant> revenuFiscalDeReference(int annee) {
    Montant total = Montant.ZERO;
    for (Titulaire t : titulaires()) {
      Optional<Montant> rfr = t.revenuFiscal(annee);
      if (rfr.isEmpty()) {
        return Optional.empty();
      }
      total = total.plus(rfr.get());
    }
    return Optional.of(total);
  }

  /** The holder and co-holders' RFR years common to all of them, most recent first. */
  public List<Integer> anneesDeRevenuFiscalCompletes() {
    return demandeur.revenusFiscaux().stream()
        .map(RevenuFiscal::annee)
        .filter(a -> revenuFiscalDeReference(a).isPresent())
        .sorted(java.util.Comparator.reverseOrder())
        .toList();
  }
}
