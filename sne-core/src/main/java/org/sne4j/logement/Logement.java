package org.sne4j.logement;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.sne4j.acteur.Acteur;
import org.sne4j.acteur.TypeActeur;
import org.sne4j.commun.Montant;
import org.sne4j.handicap.EquipementHandicap;
import org.sne4j.territoire.CodeInsee;

/**
 * A social dwelling offered for attribution, with what the eligibility checks need: where it is
 * (the commune decides the ceilings' zone), how it was financed (which ceilings apply), its size
 * (adequacy to the household), its rent and charges (effort rate, remaining income) and its
 * accessibility. Fields follow the RPLS register (arrêté du 5 janvier 2010, annex).
 *
 * @param identifiant the dwelling's RPLS identifier
 * @param bailleur the social landlord owning it (an actor of type {@link TypeActeur#BAILLEUR})
 * @param commune the commune where it stands
 * @param enQpv whether it stands in a quartier prioritaire de la politique de la ville
 * @param typologie its RPLS typology, T1 to T9 and more
 * @param nombrePieces its number of main rooms (pièces principales); equal to the typology's for
 *     T1 to T8, at least 9 for T9P
 * @param surface its living area (surface habitable) in square metres, at most two decimals
 *     (held with two decimals)
 * @param etage its floor, 0 for the ground floor (rez-de-chaussée); -5 to 150
 * @param ascenseur whether the building has a lift serving the dwelling
 * @param equipements the accessibility equipment present (a lift among them implies {@code
 *     ascenseur})
 * @param financement how it was financed
 * @param loyer the monthly rent (loyer principal), positive or zero
 * @param charges the monthly recoverable charges (provision pour charges), positive or zero
 * @param typeHabitat house or flat
 */
public record Logement(
    IdentifiantRpls identifiant,
    Acteur bailleur,
    CodeInsee commune,
    boolean enQpv,
    TypologieRpls typologie,
    int nombrePieces,
    BigDecimal surface,
    int etage,
    boolean ascenseur,
    Set<EquipementHandicap> equipements,
    Financement financement,
    Montant loyer,
    Montant charges,
    TypeHabitat typeHabitat) {

  public Logement {
    Objects.requireNonNull(identifiant, "identifiant");
    Objects.requireNonNull(bailleur, "bailleur");
    checkArgument(
        bailleur.type() == TypeActeur.BAILLEUR,
        "The owner of a dwelling must be a bailleur, not %s",
        bailleur);
    Objects.requireNonNull(commune, "commune");
    Objects.requireNonNull(typologie, "typologie");
    checkArgument(
        typologie == TypologieRpls.T9_ET_PLUS
            ? nombrePieces >= typologie.nombrePieces()
            : nombrePieces == typologie.nombrePieces(),
        "Typology %s does not match %s main rooms",
        typologie,
        nombrePieces);
    Objects.requireNonNull(surface, "surface");
    checkArgument(surface.signum() > 0, "A living area must be positive: %s m²", surface);
    checkArgument(
        surface.stripTrailingZeros().scale() <= 2,
        "A living area has at most two decimals: %s m²",
        surface);
    surface = surface.setScale(2); // 65.5 and 65.50 are the same area
    checkArgument(etage >= -5 && etage <= 150, "Implausible floor: %s", etage);
    equipements = ImmutableSet.copyOf(equipements);
    checkArgument(
        ascenseur || !equipements.contains(EquipementHandicap.ASCENSEUR),
        "A dwelling listing a lift among its equipment must be served by a lift (%s)",
        identifiant);
    Objects.requireNonNull(financement, "financement");
    Objects.requireNonNull(loyer, "loyer");
    checkArgument(!loyer.estNegatif(), "A rent cannot be negative: %s", loyer);
    Objects.requireNonNull(charges, "charges");
    checkArgument(!charges.estNegatif(), "Charges cannot be negative: %s", charges);
    Objects.requireNonNull(typeHabitat, "typeHabitat");
  }

  /** A builder; see {@link Builder} for which fields are mandatory. */
  public static Builder builder() {
    return new Builder();
  }

  /** The monthly rent plus the monthly charges. */
  public Montant loyerEtCharges() {
    return loyer.plus(charges);
  }

  /** Which resource ceilings apply to the tenants of this dwelling (from its financing). */
  public PlafondsApplicables plafondsApplicables() {
    return financement.plafondsApplicables();
  }

  /** Whether the dwelling has the accessibility equipment {@code equipement}. */
  public boolean possede(EquipementHandicap equipement) {
    return equipements.contains(equipement);
  }

  /**
   * Builds a {@link Logement}. Mandatory: identifier, bailleur, commune, room count (or typology),
   * surface, financing, rent, charges and kind of housing; {@link #build()} names the first one
   * missing. Defaults: not in a QPV, ground floor, no lift, no accessibility equipment.
   */
  public static final class Builder {
    private IdentifiantRpls identifiant;
    private Acteur bailleur;
    private CodeInsee commune;
    private boolean enQpv;
    private TypologieRpls typologie;
    private Integer nombrePieces;
    private BigDecimal surface;
    private int etage;
    private boolean ascenseur;
    private Set<EquipementHandicap> equipements = EnumSet.noneOf(EquipementHandicap.class);
    private Financement financement;
    private Montant loyer;
    private Montant charges;
    private TypeHabitat typeHabitat;

    private Builder() {}

    public Builder identifiant(IdentifiantRpls identifiant) {
      this.identifiant = identifiant;
      return this;
    }

    public Builder identifiant(String identifiant) {
      return identifiant(IdentifiantRpls.parse(identifiant));
    }

    public Builder bailleur(Acteur bailleur) {
      this.bailleur = bailleur;
      return this;
    }

    public Builder commune(CodeInsee commune) {
      this.commune = commune;
      return this;
    }

    public Builder commune(String codeInsee) {
      return commune(CodeInsee.parse(codeInsee));
    }

    public Builder enQpv(boolean enQpv) {
      this.enQpv = enQpv;
      return this;
    }

    /** Sets the typology and, for T1 to T8 (or 9 for T9P), the matching room count. */
    public Builder typologie(TypologieRpls typologie) {
      this.typologie = typologie;
      this.nombrePieces = typologie.nombrePieces();
      return this;
    }

    /** Sets the room count and the matching typology (T9P from nine rooms). */
    public Builder nombrePieces(int nombrePieces) {
      checkArgument(nombrePieces >= 1, "A dwelling has at least one main room: %s", nombrePieces);
      this.nombrePieces = nombrePieces;
      this.typologie = TypologieRpls.values()[Math.min(nombrePieces, 9) - 1];
      return this;
    }

    public Builder surface(BigDecimal surface) {
      this.surface = surface;
      return this;
    }

    /** The living area from a text such as {@code 65} or {@code 65.4}. */
    public Builder surface(String metresCarres) {
      return surface(new BigDecimal(metresCarres));
    }

    public Builder etage(int etage) {
      this.etage = etage;
      return this;
    }

    public Builder ascenseur(boolean ascenseur) {
      this.ascenseur = ascenseur;
      return this;
    }

    public Builder equipements(Set<EquipementHandicap> equipements) {
      this.equipements = EnumSet.noneOf(EquipementHandicap.class);
      this.equipements.addAll(equipements);
      return this;
    }

    public Builder financement(Financement financement) {
      this.financement = financement;
      return this;
    }

    public Builder loyer(Montant loyer) {
      this.loyer = loyer;
      return this;
    }

    public Builder charges(Montant charges) {
      this.charges = charges;
      return this;
    }

    public Builder typeHabitat(TypeHabitat typeHabitat) {
      this.typeHabitat = typeHabitat;
      return this;
    }

    /**
     * The dwelling.
     *
     * @throws NullPointerException naming the first mandatory field not set
     * @throws IllegalArgumentException when an invariant of {@link Logement} is broken
     */
    public Logement build() {
      Objects.requireNonNull(nombrePieces, "nombrePieces (or typologie)");
      return new Logement(
          identifiant,
          bailleur,
          commune,
          enQpv,
          typologie,
          nombrePieces,
          surface,
          etage,
          ascenseur,
          equipements,
          financement,
          loyer,
          charges,
          typeHabitat);
    }
  }
}
