/**
 * The demand form (formulaire de demande, CERFA 14069) as input, and its validation: {@link
 * org.sne4j.formulaire.FormulaireDemande} represents whatever an applicant, a desk or a vendor
 * sends at registration, modification or renewal — every component nullable, garbage included — and
 * {@link org.sne4j.formulaire.ValidateurFormulaire} reports all that is wrong with it as {@link
 * org.sne4j.formulaire.Violation}s (stable code, field path, French or English message), then turns
 * a valid form into the demand's {@link org.sne4j.demande.ContenuDemande}. {@link
 * org.sne4j.formulaire.FormulaireDemande#depuis} goes the other way, to pre-fill a renewal.
 *
 * <p>The form's sections follow CCH R441-2-2: a) identity of the applicant and of the other persons
 * to house, with the NIR ({@code demandeur}, {@code cotitulaires}, {@code personnesACharge}, {@code
 * naissanceAttendue}, {@code enfantsEnGarde}); b) address and contact details ({@code adresse},
 * {@code telephone}, {@code email}); c) family situation; d) employment situation ({@code
 * situationProfessionnelle}); e) resources and taxable income ({@code ressources}, {@code
 * revenusFiscaux}); f) current housing ({@code logementActuel}); g) reasons ({@code motifs}); h)
 * dwelling sought and location ({@code logementRecherche}); i) disability ({@code handicap}).
 *
 * <p>Rules of the package: validation collects every violation, never fails fast, and never throws
 * on any input (a {@code null} form is the violation {@code formulaire.absent}); it runs on
 * Hibernate Validator with {@code ParameterMessageInterpolator} (no expression language), with the
 * package's own message bundles; a custom constraint calls the value type's own {@code isValid}, so
 * that a check never lives in two places; every invariant of the content's records is caught first
 * as a violation, so that the conversion of a valid form never throws. Texts are read stripped; a
 * blank optional text is absent; a {@code null} list is empty; a {@code null} yes/no answer is
 * « non »; repeated values of a set count once; lengths count the raw input, so that hostile input
 * is bounded; dates are judged against the filing date the caller gives.
 *
 * <h2>Violation codes</h2>
 *
 * <table>
 *   <caption>The stable codes of {@link org.sne4j.formulaire.Violation#code()}</caption>
 *   <tr><th>code<th>meaning<th>example path
 *   <tr><td>{@code formulaire.absent}
 *     <td>No form at all ({@code null}).
 *     <td>(empty)
 *   <tr><td>{@code champ.obligatoire}
 *     <td>A mandatory field, block, list or list element is missing, empty or blank.
 *     <td>any
 *   <tr><td>{@code texte.trop-long}
 *     <td>A text is longer than its maximum (100 characters for single-line texts, 1 000 for free
 *     texts; counted before stripping).
 *     <td>{@code demandeur.nom}
 *   <tr><td>{@code texte.caracteres-interdits}
 *     <td>A text holds a control character (tab and line breaks allowed in free texts only), a
 *     lone surrogate or U+FFFE/U+FFFF.
 *     <td>{@code personnesACharge[1].prenom}
 *   <tr><td>{@code liste.trop-longue}
 *     <td>A list holds more than 50 elements (reasons, incomes, resources, disability lists).
 *     <td>{@code demandeur.ressources}
 *   <tr><td>{@code valeur.hors-limites}
 *     <td>A number lies outside its bounds: children expected 1–9, occupants 1–99, surface
 *     1–10000 m², persons concerned by the disability 1–20.
 *     <td>{@code naissanceAttendue.nombre}
 *   <tr><td>{@code code-insee.invalide}
 *     <td>A text is not an INSEE commune code ({@code CodeInsee.isValid}).
 *     <td>{@code logementRecherche.communes[2]}
 *   <tr><td>{@code code-postal.invalide}
 *     <td>The postal code of a French address is not five digits.
 *     <td>{@code demandeur.adresse.codePostal}
 *   <tr><td>{@code nir.invalide}
 *     <td>A social security number is malformed or its key is wrong ({@code Nir.isValid}).
 *     <td>{@code demandeur.nir}
 *   <tr><td>{@code numero-unique.invalide}
 *     <td>A numéro unique is malformed ({@code NumeroUnique.isValid}).
 *     <td>{@code numeroUnique}
 *   <tr><td>{@code telephone.invalide}
 *     <td>A phone number is malformed (6 to 15 digits, {@code +}, spaces, dots, hyphens, slashes,
 *     parentheses).
 *     <td>{@code demandeur.telephone}
 *   <tr><td>{@code email.invalide}
 *     <td>An e-mail address is malformed.
 *     <td>{@code demandeur.email}
 *   <tr><td>{@code montant.invalide}
 *     <td>An amount has more than two decimals or more than 13 integer digits ({@code
 *     Montant.isValid}).
 *     <td>{@code demandeur.ressources[0].mensuel}
 *   <tr><td>{@code montant.negatif}
 *     <td>An amount is negative.
 *     <td>{@code logementActuel.loyerMensuel}
 *   <tr><td>{@code date-naissance.future}
 *     <td>A birth date is after the filing date.
 *     <td>{@code personnesACharge[0].dateNaissance}
 *   <tr><td>{@code date-naissance.trop-ancienne}
 *     <td>A birth date is more than 130 years before the filing date.
 *     <td>{@code demandeur.dateNaissance}
 *   <tr><td>{@code date-naissance-prevue.invalide}
 *     <td>An expected birth date is more than 12 months before or after the filing date.
 *     <td>{@code naissanceAttendue.dateNaissancePrevue}
 *   <tr><td>{@code annee-revenu.invalide}
 *     <td>The year of a tax reference income is after the filing year or more than 10 years before
 *     it.
 *     <td>{@code demandeur.revenusFiscaux[0].annee}
 *   <tr><td>{@code revenu-fiscal.annee-en-double}
 *     <td>A holder declares two tax reference incomes for the same year.
 *     <td>{@code demandeur.revenusFiscaux[1].annee}
 *   <tr><td>{@code adresse.commune-manquante}
 *     <td>A French address has no commune INSEE code.
 *     <td>{@code demandeur.adresse.commune}
 *   <tr><td>{@code adresse.pays-manquant}
 *     <td>An address abroad has no country.
 *     <td>{@code demandeur.adresse.pays}
 *   <tr><td>{@code communes.trop-nombreuses}
 *     <td>More than 10 communes are sought (SNE V2).
 *     <td>{@code logementRecherche.communes}
 *   <tr><td>{@code communes.doublon}
 *     <td>A commune sought is listed twice (compared as INSEE codes).
 *     <td>{@code logementRecherche.communes[3]}
 *   <tr><td>{@code communes.territoires-multiples}
 *     <td>A commune sought lies outside the registration territory of the first one (one
 *     département; the Île-de-France région).
 *     <td>{@code logementRecherche.communes[1]}
 *   <tr><td>{@code motif-autre.precision-manquante}
 *     <td>Reason 23 « autre motif particulier » is given without its text.
 *     <td>{@code precisionMotif}
 *   <tr><td>{@code aides-techniques.aucune-combinee}
 *     <td>The technical aid « aucune » is combined with an aid.
 *     <td>{@code handicap.aidesTechniques}
 *   <tr><td>{@code menage.trop-nombreux}
 *     <td>The household counts more than 20 persons.
 *     <td>(empty)
 *   <tr><td>{@code handicap.personnes-trop-nombreuses}
 *     <td>More persons are concerned by the disability than the household counts.
 *     <td>{@code handicap.nombrePersonnes}
 * </table>
 *
 * <h2>Mandatory fields at registration</h2>
 *
 * <p>The SNE's minimum content (≥ 1 typology, ≥ 1 commune, {@code demandeElargie}; docs/reglementation.md §11.6)
 * and what {@link org.sne4j.demande.ContenuDemande} requires, each reported as {@code
 * champ.obligatoire} when missing:
 *
 * <ul>
 *   <li>{@code demandeur}: the applicant (R441-2-2 a–e);
 *   <li>{@code demandeur.civilite}, {@code .nom}, {@code .prenom}, {@code .dateNaissance}, {@code
 *       .nationalite}, {@code .situationFamiliale}: his identity and family situation (the same six
 *       fields for each co-holder);
 *   <li>{@code demandeur.adresse} with {@code voie}, {@code codePostal}, {@code localite}, and
 *       {@code commune} (France) or {@code pays} (abroad): his postal address (b);
 *   <li>{@code logementActuel.modeles}: at least one kind of current housing (f);
 *   <li>{@code logementRecherche.demandeElargie}: « demande élargie » answered (SNE minimum);
 *   <li>{@code logementRecherche.typologies}: at least one typology sought (SNE minimum);
 *   <li>{@code logementRecherche.communes}: one to ten communes sought, distinct, in one territory
 *       (SNE minimum).
 * </ul>
 *
 * <p>Within an optional block that is given, the block's own mandatory fields apply (a co-holder's
 * link and identity, a dependant's identity, sex and link, a resource's kind and amount…). The
 * reasons and the NIR are optional, as in the content; reason 23 requires its text.
 *
 * <h2>Not checked here</h2>
 *
 * <p>The shape of an INSEE code is checked, not its existence in the code officiel géographique
 * (reference data, another package's concern); nor whether a postal code matches its commune (CEDEX
 * codes, Corsica's {@code 20xxx}, shared codes make it a table lookup); nor whether a NIR agrees
 * with the sex and birth date given; nor whether the co-holders' links agree with the family
 * situation. The closed lists (civilité, nationality, reasons…) are enums, so a Java caller cannot
 * give an unknown code: the codec that reads an inbound document reports those.
 */
package org.sne4j.formulaire;
