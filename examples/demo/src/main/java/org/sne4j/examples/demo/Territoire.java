package org.sne4j.examples.demo;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.sne4j.acteur.Acteur;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.information.DelaiAnormalementLong;
import org.sne4j.information.InformationsLocales;
import org.sne4j.territoire.TerritoireEnregistrement;
import org.sne4j.testkit.generateurs.GenerateursDemande;

/** The simulated territory: the Lille metropolitan area, its desks, bailleurs and partners. */
final class Territoire {

  static final CodeGuichet GUICHET_MAIRIE = new CodeGuichet("G0042");
  static final CodeGuichet GUICHET_BAILLEUR = new CodeGuichet("G0101");
  static final CodeGuichet GUICHET_INTERNET = new CodeGuichet("GDPUB");

  static final Acteur MAIRIE = Acteur.guichet(GUICHET_MAIRIE, "Mairie de Lille — service logement");
  static final Acteur GUICHET_LMH = Acteur.guichet(GUICHET_BAILLEUR, "Lille Métropole Habitat — agence Lille-Sud");
  static final Acteur LMH = Acteur.bailleur("B-LMH", "Lille Métropole Habitat");
  static final Acteur VILOGIA = Acteur.bailleur("B-VILOGIA", "Vilogia");
  static final Acteur ACTION_LOGEMENT = Acteur.reservataire("R-ALS", "Action Logement Services");
  static final Acteur DDETS = Acteur.serviceEtat("E-DDETS59", "DDETS du Nord");
  static final Acteur COMED = Acteur.commission("C-COMED59", "Commission de médiation du Nord");

  static final TerritoireEnregistrement NORD = TerritoireEnregistrement.de(GenerateursDemande.METROPOLE_LILLOISE.get(0));

  static final InformationsLocales INFORMATIONS = InformationsLocales.builder()
      .adresseService(GUICHET_MAIRIE, "Place Augustin Laurent, 59000 Lille")
      .adresseService(GUICHET_BAILLEUR, "425 boulevard Gambetta, 59200 Tourcoing")
      .bailleurs(GenerateursDemande.METROPOLE_LILLOISE.get(0), List.of("Lille Métropole Habitat", "Vilogia", "Partenord Habitat"))
      .commissionDeMediation(NORD, "DDETS du Nord, 175 rue Gustave Delory, 59000 Lille",
          new DelaiAnormalementLong(Period.ofMonths(24), LocalDate.of(2015, 1, 1)))
      .modalitesSuivi("Suivez votre demande sur https://www.demande-logement-social.gouv.fr ou au Point d'accueil logement de la Métropole.")
      .build();

  private Territoire() {}
}
