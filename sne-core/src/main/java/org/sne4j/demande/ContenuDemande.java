package org.sne4j.demande;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sne4j.handicap.BesoinsHandicap;
import org.sne4j.logement.LogementActuel;
import org.sne4j.logement.LogementRecherche;
import org.sne4j.menage.Menage;
import org.sne4j.territoire.CodeInsee;
import org.sne4j.territoire.TerritoireEnregistrement;

/**
 * What the applicant declares: the content of the CERFA 14069 and of the interfaceNuu {@code
 * demandeLogement} block (CCH R441-2-2 a–i). Built from a validated {@code FormulaireDemande};
 * replaced as a whole by a modification, a correction or a renewal.
 *
 * @param menage the household (R441-2-2 a–e)
 * @param logementActuel the current housing (f)
 * @param motifs the reasons for the demand (g)
 * @param precisionMotif the text of reason 23 « autre motif », required with it
 * @param logementRecherche the dwelling sought and the communes wished (h)
 * @param handicap the disability block (i), if any
 * @param avisPostalSouhaite whether the applicant who uses the online service asked to receive the
 *     renewal notice by post as well (R441-2-7 3°)
 */
public record ContenuDemande(
    Menage menage,
    LogementActuel logementActuel,
    Set<MotifDemande> motifs,
    Optional<String> precisionMotif,
    LogementRecherche logementRecherche,
    Optional<BesoinsHandicap> handicap,
    boolean avisPostalSouhaite) {

  public ContenuDemande {
    Objects.requireNonNull(menage, "menage");
    Objects.requireNonNull(logementActuel, "logementActuel");
    motifs = ImmutableSet.copyOf(motifs);
    Objects.requireNonNull(precisionMotif, "precisionMotif");
    checkArgument(
        !motifs.contains(MotifDemande.AUTRE) || precisionMotif.filter(p -> !p.isBlank()).isPresent(),
        "Reason 23 « autre motif » needs its text");
    Objects.requireNonNull(logementRecherche, "logementRecherche");
    Objects.requireNonNull(handicap, "handicap");
    TerritoireEnregistrement territoire = territoire(logementRecherche);
    checkArgument(
        logementRecherche.communes().stream().allMatch(territoire::contient),
        "The communes sought lie in several registration territories: %s (one demand per"
            + " département, per région in Île-de-France)",
        logementRecherche.communes());
  }

  /**
   * The territory the demand is registered for: the département of the communes sought, or the
   * Île-de-France région.
   */
  public TerritoireEnregistrement territoire() {
    return territoire(logementRecherche);
  }

  private static TerritoireEnregistrement territoire(LogementRecherche recherche) {
    CodeInsee premiere = recherche.communes().get(0);
    return TerritoireEnregistrement.de(premiere);
  }
}
