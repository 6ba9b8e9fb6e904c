package org.sne4j.attribution;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sne4j.handicap.EquipementHandicap;
import org.sne4j.logement.Logement;

/**
 * The precise description of a dwelling the applicant is told with an offer (CCH R441-2-17 4°:
 * « une description précise du logement »).
 */
public final class DescriptionLogement {

  private DescriptionLogement() {}

  /** The dwelling described in one French paragraph. */
  public static String decrire(Logement l) {
    NumberFormat surface = NumberFormat.getNumberInstance(Locale.FRANCE);
    surface.setMaximumFractionDigits(2);
    String etage = l.etage() == 0 ? "en rez-de-chaussée" : l.etage() < 0 ? "en sous-sol" : "au " + l.etage() + (l.etage() == 1 ? "er" : "e") + " étage";
    return l.typologie().libelle() + " (" + l.nombrePieces() + (l.nombrePieces() > 1 ? " pièces" : " pièce") + ") de "
        + surface.format(l.surface()) + " m², " + l.typeHabitat().libelle().toLowerCase(Locale.FRENCH)
        + ", commune " + l.commune() + (l.enQpv() ? " (quartier prioritaire de la politique de la ville)" : "") + ", " + etage
        + (l.ascenseur() ? " avec ascenseur" : l.etage() > 0 ? " sans ascenseur" : "")
        + " ; loyer " + l.loyer() + " et charges " + l.charges() + " par mois ; financement "
        + l.financement().libelle() + " ; bailleur " + l.bailleur().nom()
        + (l.equipements().isEmpty() ? "" : " ; équipements : "
            + l.equipements().stream().map(EquipementHandicap::libelle).map(x -> x.toLowerCase(Locale.FRENCH)).collect(Collectors.joining(", ")))
        + ".";
  }
}
