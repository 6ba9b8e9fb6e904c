/**
 * The in-memory implementations of the SPI: the embedded default when the application wires
 * nothing else. Thread-safe; they keep nothing after the application stops.
 */
package org.sne4j.memoire;
