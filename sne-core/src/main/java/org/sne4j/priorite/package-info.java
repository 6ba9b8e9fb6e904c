/**
 * Priority: the publics of CCH L441-1 (by stable code), the bodies that recognise a demand as a
 * priority (R441-2-15 I), the labels they record and the DALO status.
 */
package org.sne4j.priorite;
