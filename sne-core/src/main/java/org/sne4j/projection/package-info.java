/**
 * The read models: how they are kept and rebuilt. Each read model is a port ({@link
 * org.sne4j.spi.IndexDemandes}, {@link org.sne4j.spi.RegistreAttributions}) whose rows the
 * application services compute at each append and the store writes in its transaction (or the
 * in-memory default right after); {@link org.sne4j.projection.ServiceProjections} rebuilds them
 * from the events with the same functions.
 */
package org.sne4j.projection;
