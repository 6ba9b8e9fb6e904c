package org.sne4j.information;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.territoire.CodeInsee;
import org.sne4j.territoire.TerritoireEnregistrement;

/**
 * The local information the registration certificate and the applicant's information need and
 * the library cannot know (CCH R441-2-4 b, e, g, i; R441-2-10): addresses of the registration
 * services, bailleurs with stock in each commune, the COMED of each territory with its address and
 * délai anormalement long, how applicants follow their demand.
 *
 * @param adressesServices postal address of each registration desk
 * @param bailleursParCommune bailleurs holding social housing in each commune
 * @param adressesComed address of the COMED of each territory
 * @param delaisAnormalementLongs the délais anormalement longs of each territory, dated
 * @param modalitesSuivi how the applicant gets information on his demand (R441-2-4 i)
 */
public record InformationsLocales(
    Map<CodeGuichet, String> adressesServices,
    Map<CodeInsee, List<String>> bailleursParCommune,
    Map<TerritoireEnregistrement, String> adressesComed,
    Map<TerritoireEnregistrement, List<DelaiAnormalementLong>> delaisAnormalementLongs,
    String modalitesSuivi) {

  /** When nothing local is known. */
  public static final InformationsLocales AUCUNE =
      new InformationsLocales(
          Map.of(),
          Map.of(),
          Map.of(),
          Map.of(),
          "Vous pouvez suivre votre demande en ligne sur https://www.demande-logement-social.gouv.fr"
              + " ou auprès de tout guichet enregistreur.");

  public InformationsLocales {
    adressesServices = ImmutableMap.copyOf(adressesServices);
    ImmutableMap.Builder<CodeInsee, List<String>> b = ImmutableMap.builder();
    bailleursParCommune.forEach((k, v) -> b.put(k, ImmutableList.copyOf(v)));
    bailleursParCommune = b.build();
    adressesComed = ImmutableMap.copyOf(adressesComed);
    ImmutableMap.Builder<TerritoireEnregistrement, List<DelaiAnormalementLong>> d = ImmutableMap.builder();
    delaisAnormalementLongs.forEach((k, v) -> d.put(k, ImmutableList.copyOf(v)));
    delaisAnormalementLongs = d.build();
    Objects.requireNonNull(modalitesSuivi, "modalitesSuivi");
  }

  /** The délai anormalement long in force in {@code territoire} on {@code date}, if known. */
  public Optional<DelaiAnormalementLong> delaiAnormalementLong(TerritoireEnregistrement territoire, LocalDate date) {
    return delaisAnormalementLongs.getOrDefault(territoire, List.of()).stream()
        .filter(dal -> !dal.valableDu().isAfter(date))
        .max(Comparator.comparing(DelaiAnormalementLong::valableDu));
  }

  /** A builder, starting from nothing known. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link InformationsLocales} step by step. */
  public static final class Builder {
    private final Map<CodeGuichet, String> adressesServices = new HashMap<>();
    private final Map<CodeInsee, List<String>> bailleursParCommune = new HashMap<>();
    private final Map<TerritoireEnregistrement, String> adressesComed = new HashMap<>();
    private final Map<TerritoireEnregistrement, List<DelaiAnormalementLong>> delais = new HashMap<>();
    private String modalitesSuivi = AUCUNE.modalitesSuivi();

    private Builder() {}

    public Builder adresseService(CodeGuichet guichet, String adresse) {
      adressesServices.put(guichet, adresse);
      return this;
    }

    public Builder bailleurs(CodeInsee commune, List<String> bailleurs) {
      bailleursParCommune.put(commune, bailleurs);
      return this;
    }

    public Builder commissionDeMediation(TerritoireEnregistrement territoire, String adresse, DelaiAnormalementLong... delaisEnVigueur) {
      adressesComed.put(territoire, adresse);
      delais.put(territoire, List.of(delaisEnVigueur));
      return this;
    }

    public Builder modalitesSuivi(String texte) {
      modalitesSuivi = texte;
      return this;
    }

    public InformationsLocales build() {
      return new InformationsLocales(adressesServices, bailleursParCommune, adressesComed, delais, modalitesSuivi);
    }
  }
}
