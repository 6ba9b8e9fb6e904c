/**
 * What the applicant is told: the registration certificate with every item of CCH R441-2-4, and
 * his view of the demand (R441-2-17, L441-2-6). Texts are in French; local information the library
 * cannot know (addresses, bailleurs per commune, délai anormalement long) comes from the embedding
 * application as {@link org.sne4j.information.InformationsLocales}.
 */
package org.sne4j.information;
