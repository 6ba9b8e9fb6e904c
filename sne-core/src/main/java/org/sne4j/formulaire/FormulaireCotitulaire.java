package org.sne4j.formulaire;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.sne4j.menage.Cotitulaire;
import org.sne4j.menage.LienDemandeur;

/**
 * A future co-holder of the lease in the form (co-titulaire; CERFA 14069 « votre conjoint ou le
 * futur co-titulaire du bail »; interfaceNuu {@code cotitulaire}). Mirrors {@link Cotitulaire}.
 *
 * @param lien link with the applicant, mandatory
 * @param personne the co-holder, mandatory; his address may be left out
 */
public record FormulaireCotitulaire(
    @NotNull(message = "{sne.champ.obligatoire}") LienDemandeur lien,
    @NotNull(message = "{sne.champ.obligatoire}") @Valid FormulaireTitulaire personne) {

  /** A co-holder. */
  public static FormulaireCotitulaire of(LienDemandeur lien, FormulaireTitulaire personne) {
    return new FormulaireCotitulaire(lien, personne);
  }

  /** The form of a co-holder of the content. */
  public static FormulaireCotitulaire depuis(Cotitulaire cotitulaire) {
    return new FormulaireCotitulaire(
        cotitulaire.lien(), FormulaireTitulaire.depuis(cotitulaire.personne()));
  }
}
