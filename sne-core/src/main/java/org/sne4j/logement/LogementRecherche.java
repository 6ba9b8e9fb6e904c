package org.sne4j.logement;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sne4j.territoire.CodeInsee;

/**
 * The dwelling sought (CCH R441-2-2 h; interfaceNuu {@code logementRecherche}).
 *
 * @param demandeElargie whether the applicant accepts dwellings beyond the communes he lists
 *     (« demande élargie »; mandatory in the SNE)
 * @param typologies the sizes sought, at least one
 * @param communes the communes wished, in order of preference, one to ten (SNE V2)
 * @param categorie flat, house or either
 */
public record LogementRecherche(
    boolean demandeElargie,
    Set<TypeLogement> typologies,
    List<CodeInsee> communes,
    Optional<CategorieLogementRecherche> categorie) {

  /** Most communes a demand may list (SNE V2, 2012: ten instead of five). */
  public static final int COMMUNES_MAX = 10;

  public LogementRecherche {
    typologies = ImmutableSet.copyOf(typologies);
    checkArgument(!typologies.isEmpty(), "The dwelling sought needs at least one typology");
    communes = ImmutableList.copyOf(communes);
    checkArgument(
        !communes.isEmpty() && communes.size() <= COMMUNES_MAX,
        "The dwelling sought needs 1 to %s communes, not %s",
        COMMUNES_MAX,
        communes.size());
    checkArgument(
        communes.stream().distinct().count() == communes.size(),
        "A commune is listed twice: %s",
        communes);
    Objects.requireNonNull(categorie, "categorie");
  }
}
