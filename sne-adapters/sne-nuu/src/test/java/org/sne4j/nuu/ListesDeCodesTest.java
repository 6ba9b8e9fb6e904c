package org.sne4j.nuu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.sne4j.cal.AccordCollectif;
import org.sne4j.cal.DonneesAttribution;
import org.sne4j.cal.SousMotifIrrecevabilite;
import org.sne4j.commun.Montant;
import org.sne4j.contingent.TypeReservataire;
import org.sne4j.demande.ContenuDemande;
import org.sne4j.demande.MotifDemande;
import org.sne4j.demande.MotifRadiation;
import org.sne4j.demande.TypeFichier;
import org.sne4j.handicap.AideTechnique;
import org.sne4j.handicap.BesoinsHandicap;
import org.sne4j.handicap.CapaciteMarche;
import org.sne4j.handicap.EquipementHandicap;
import org.sne4j.handicap.EtatHandicap;
import org.sne4j.handicap.NatureHandicapMoteur;
import org.sne4j.handicap.NatureHandicapSensoriel;
import org.sne4j.logement.CategorieLogementActuel;
import org.sne4j.logement.CategorieLogementRecherche;
import org.sne4j.logement.IdentifiantRpls;
import org.sne4j.logement.LogementActuel;
import org.sne4j.logement.LogementRecherche;
import org.sne4j.logement.ModeleLogement;
import org.sne4j.logement.TypeLogement;
import org.sne4j.menage.Civilite;
import org.sne4j.menage.Coparentalite;
import org.sne4j.menage.Cotitulaire;
import org.sne4j.menage.EnfantEnGarde;
import org.sne4j.menage.LienDemandeur;
import org.sne4j.menage.LienParente;
import org.sne4j.menage.Menage;
import org.sne4j.menage.Nationalite;
import org.sne4j.menage.PersonneACharge;
import org.sne4j.menage.Ressource;
import org.sne4j.menage.RessourceVersee;
import org.sne4j.menage.Sexe;
import org.sne4j.menage.SituationFamiliale;
import org.sne4j.menage.SituationProfessionnelle;
import org.sne4j.menage.Titulaire;
import org.sne4j.menage.TypeContratTravail;
import org.sne4j.menage.TypeRessource;
import org.sne4j.menage.TypeRessourceVersee;
import org.sne4j.priorite.StatutDalo;
import org.sne4j.priorite.TypologieLogementDalo;
import org.sne4j.spi.DecisionDalo;
import org.sne4j.spi.DemandeNationale;
import org.sne4j.spi.RadiationNationale;

/** Every code of every list the format carries survives writing and reading. */
class ListesDeCodesTest {

  private final NuuCodec codec = new NuuCodec();
  private final ContenuDemande base = Documents.contenuComplet();

  private void allerRetour(DocumentNuu d) {
    assertThat(codec.lire(codec.ecrire(d))).as(d.toString()).isEqualTo(d);
  }

  private static <E extends Enum<E>> List<E> tous(Class<E> liste) {
    return List.of(liste.getEnumConstants());
  }

  private void contenus(List<ContenuDemande> contenus) {
    contenus.forEach(c -> allerRetour(Documents.modification(c)));
  }

  private <E extends Enum<E>> void chaque(Class<E> liste, Function<E, ContenuDemande> avec) {
    List<ContenuDemande> l = new ArrayList<>();
    for (E e : tous(liste)) {
      l.add(avec.apply(e));
    }
    contenus(l);
  }

  private ContenuDemande avecDemandeur(Function<Titulaire, Titulaire> f) {
    Menage m = base.menage();
    return new ContenuDemande(new Menage(f.apply(m.demandeur()), m.cotitulaires(), m.personnesACharge(), m.naissanceAttendue(),
        m.enfantsEnGarde()), base.logementActuel(), base.motifs(), base.precisionMotif(), base.logementRecherche(), base.handicap(),
        base.avisPostalSouhaite());
  }

  private ContenuDemande avecMenage(Function<Menage, Menage> f) {
    return new ContenuDemande(f.apply(base.menage()), base.logementActuel(), base.motifs(), base.precisionMotif(),
        base.logementRecherche(), base.handicap(), base.avisPostalSouhaite());
  }

  private static Titulaire titulaire(Titulaire t, Civilite c, Nationalite n, SituationFamiliale s,
      Optional<SituationProfessionnelle> pro, List<Ressource> r, List<RessourceVersee> v) {
    return new Titulaire(c, t.nom(), t.nomUsage(), t.prenom(), t.dateNaissance(), n, s, t.nir(), t.contact(), t.adresse(), pro,
        t.revenusFiscaux(), r, v, t.enSituationDeHandicap());
  }

  @Test
  void chaque_code_des_listes_de_l_etat_civil_et_des_ressources_survit() {
    chaque(Civilite.class, c -> avecDemandeur(t -> titulaire(t, c, t.nationalite(), t.situationFamiliale(),
        t.situationProfessionnelle(), t.ressources(), t.ressourcesVersees())));
    chaque(Nationalite.class, n -> avecDemandeur(t -> titulaire(t, t.civilite(), n, t.situationFamiliale(),
        t.situationProfessionnelle(), t.ressources(), t.ressourcesVersees())));
    chaque(SituationFamiliale.class, s -> avecDemandeur(t -> titulaire(t, t.civilite(), t.nationalite(), s,
        t.situationProfessionnelle(), t.ressources(), t.ressourcesVersees())));
    chaque(TypeContratTravail.class, k -> avecDemandeur(t -> titulaire(t, t.civilite(), t.nationalite(), t.situationFamiliale(),
        Optional.of(SituationProfessionnelle.de(k)), t.ressources(), t.ressourcesVersees())));
    contenus(List.of(avecDemandeur(t -> titulaire(t, t.civilite(), t.nationalite(), t.situationFamiliale(),
        t.situationProfessionnelle(),
        tous(TypeRessource.class).stream().map(r -> new Ressource(r, Montant.euros(10))).toList(),
        tous(TypeRessourceVersee.class).stream().map(r -> new RessourceVersee(r, Montant.parse("0.01"))).toList()))));
  }

  @Test
  void chaque_code_des_liens_du_sexe_et_de_la_garde_survit() {
    chaque(LienDemandeur.class, l -> avecMenage(m -> new Menage(m.demandeur(),
        List.of(new Cotitulaire(m.cotitulaires().get(0).personne(), l)), m.personnesACharge(), m.naissanceAttendue(), m.enfantsEnGarde())));
    chaque(LienParente.class, l -> avecMenage(m -> new Menage(m.demandeur(), m.cotitulaires(),
        List.of(new PersonneACharge("X", "Y", LocalDate.of(2010, 1, 1), Sexe.MASCULIN, l, List.of(), false)),
        m.naissanceAttendue(), m.enfantsEnGarde())));
    chaque(Sexe.class, s -> avecMenage(m -> new Menage(m.demandeur(), m.cotitulaires(),
        List.of(new PersonneACharge("X", "Y", LocalDate.of(2010, 1, 1), s, LienParente.AUTRE, List.of(), false)),
        m.naissanceAttendue(), m.enfantsEnGarde())));
    chaque(Coparentalite.class, c -> avecMenage(m -> new Menage(m.demandeur(), m.cotitulaires(), m.personnesACharge(),
        m.naissanceAttendue(), List.of(new EnfantEnGarde("Léo", LocalDate.of(2019, 5, 5), c)))));
  }

  @Test
  void chaque_code_des_listes_du_logement_des_motifs_et_du_handicap_survit() {
    LogementActuel a = base.logementActuel();
    LogementRecherche r = base.logementRecherche();
    BesoinsHandicap h = base.handicap().orElseThrow();
    List<ContenuDemande> l = new ArrayList<>();
    l.add(new ContenuDemande(base.menage(), new LogementActuel(EnumSet.allOf(ModeleLogement.class), a.loyerMensuel(),
        OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
        EnumSet.allOf(MotifDemande.class), base.precisionMotif(),
        new LogementRecherche(false, EnumSet.allOf(TypeLogement.class), r.communes(), Optional.empty()),
        Optional.of(new BesoinsHandicap(1, Optional.empty(), EnumSet.allOf(NatureHandicapMoteur.class),
            EnumSet.allOf(NatureHandicapSensoriel.class), Optional.empty(), EnumSet.complementOf(EnumSet.of(AideTechnique.AUCUNE)),
            EnumSet.allOf(EquipementHandicap.class), Optional.empty())), false));
    l.add(new ContenuDemande(base.menage(), a, base.motifs(), base.precisionMotif(), r,
        Optional.of(new BesoinsHandicap(1, Optional.empty(), EnumSet.noneOf(NatureHandicapMoteur.class),
            EnumSet.noneOf(NatureHandicapSensoriel.class), Optional.empty(), EnumSet.of(AideTechnique.AUCUNE),
            EnumSet.noneOf(EquipementHandicap.class), Optional.empty())), false));
    for (CategorieLogementActuel c : CategorieLogementActuel.values()) {
      for (TypeLogement t : TypeLogement.values()) {
        l.add(new ContenuDemande(base.menage(), new LogementActuel(a.modeles(), a.loyerMensuel(), a.nombreOccupants(),
            a.surface(), a.proprietaire(), Optional.of(c), Optional.of(t)), base.motifs(), base.precisionMotif(), r, base.handicap(), true));
      }
    }
    for (CategorieLogementRecherche c : CategorieLogementRecherche.values()) {
      l.add(new ContenuDemande(base.menage(), a, base.motifs(), base.precisionMotif(),
          new LogementRecherche(true, r.typologies(), r.communes(), Optional.of(c)), base.handicap(), false));
    }
    for (EtatHandicap e : EtatHandicap.values()) {
      for (CapaciteMarche m : CapaciteMarche.values()) {
        l.add(new ContenuDemande(base.menage(), a, base.motifs(), base.precisionMotif(), r,
            Optional.of(new BesoinsHandicap(h.nombrePersonnes(), Optional.of(e), h.moteur(), h.sensoriel(), Optional.of(m),
                h.aidesTechniques(), h.equipementsNecessaires(), h.precisions())), false));
      }
    }
    contenus(l);
  }

  @Test
  void chaque_code_des_listes_dalo_radiation_attribution_et_type_de_fichier_survit() {
    DemandeNationale d = Documents.demandeComplete();
    for (StatutDalo s : StatutDalo.values()) {
      for (TypologieLogementDalo t : TypologieLogementDalo.values()) {
        allerRetour(DocumentNuu.de(VersionInterface.V02_01, TypeFichier.MODIFICATION, Documents.DATE_FICHIER,
            new DemandeNationale(d.numero(), d.guichet(), d.dateCreation(), d.contenu(), Optional.empty(),
                Optional.of(new DecisionDalo(d.numero(), s, Optional.of(t), LocalDate.of(2025, 1, 2))))));
      }
    }
    for (MotifRadiation m : EnumSet.complementOf(EnumSet.of(MotifRadiation.FUSION))) {
      List<Optional<SousMotifIrrecevabilite>> sousMotifs = m == MotifRadiation.IRRECEVABILITE
          ? tous(SousMotifIrrecevabilite.class).stream().map(Optional::of).toList() : List.of(Optional.empty());
      List<Optional<DonneesAttribution>> attributions = new ArrayList<>(List.of(Optional.empty()));
      if (m == MotifRadiation.ATTRIBUTION) {
        for (AccordCollectif a : AccordCollectif.values()) {
          for (TypeReservataire t : TypeReservataire.values()) {
            attributions.add(Optional.of(new DonneesAttribution(IdentifiantRpls.parse("L1"), a, a.ordinal() % 2 == 0, t)));
          }
        }
      }
      for (Optional<SousMotifIrrecevabilite> s : sousMotifs) {
        for (Optional<DonneesAttribution> at : attributions) {
          allerRetour(DocumentNuu.de(VersionInterface.V02_00, TypeFichier.RADIATION, Documents.DATE_FICHIER,
              new DemandeNationale(d.numero(), d.guichet(), d.dateCreation(), d.contenu(),
                  Optional.of(new RadiationNationale(d.numero(), m, s, LocalDate.of(2025, 7, 1), at)), Optional.empty())));
        }
      }
    }
    for (TypeFichier t : EnumSet.complementOf(EnumSet.of(TypeFichier.RADIATION))) {
      allerRetour(DocumentNuu.de(VersionInterface.V02_01, t, Documents.DATE_FICHIER, DemandeNationale.active(d.numero(), d.guichet(),
          d.dateCreation(), d.contenu())));
    }
  }
}
