/**
 * Supporting documents (pièces justificatives): the closed list of CCH R441-2-4-1, by heading and
 * requirement. Document requests and attributions under suspensive condition refer to it.
 */
package org.sne4j.piece;
