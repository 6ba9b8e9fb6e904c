/**
 * Reservation quotas (contingents): the SNE's kinds of quota (CCH R441-5) and the quotas a demand
 * is eligible for. Conventions, flux and annual bilans come here with their own issue.
 */
package org.sne4j.contingent;
