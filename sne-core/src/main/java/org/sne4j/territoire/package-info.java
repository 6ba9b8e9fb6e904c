/**
 * The territory: départements (the demand's territorial key) and communes by INSEE code. Later
 * issues add EPCI, QPV and the zones of the resource ceilings here.
 *
 * <p>Rule of the package: codes are the official ones (code officiel géographique); a malformed
 * code is a caller mistake ({@link java.lang.IllegalArgumentException}); forms check them with
 * each type's {@code isValid}.
 */
package org.sne4j.territoire;
