/**
 * The allocation commission (CAL / CALEOL): the five decisions of CCH R441-3, the reasons for
 * non-attribution (L441-2-2), the grounds of inadmissibility (R441-2-8 d) and the attribution data
 * of R441-2-9. The process that leads from a vacancy to a lease comes with the attribution issue.
 */
package org.sne4j.cal;
