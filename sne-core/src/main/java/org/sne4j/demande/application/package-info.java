/**
 * The application services of the demand: {@link org.sne4j.demande.application.ServiceDemandes}
 * (registration, commands, daily runs of the registration system) and {@link
 * org.sne4j.demande.application.ConsultationDemandes} (the read side: one demand, its timeline,
 * the applicant's view, the certificate, the index's searches and daily lists). They read and
 * append through the store's port and keep the index of summaries up to date with each append;
 * the rules themselves live in the pure {@link org.sne4j.demande.DecisionsDemande}.
 */
package org.sne4j.demande.application;
