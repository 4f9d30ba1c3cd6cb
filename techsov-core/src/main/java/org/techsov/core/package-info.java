/**
 * The techsov domain model and its pure analytics.
 *
 * <p>This module depends on the JDK only. It performs no file, network or database I/O; the modules
 * around it read data and hand core typed records. Conventions used throughout: trade values are in
 * current US dollars unless a type says otherwise; years are calendar years; periods are half-open
 * {@code [from, to)}; countries are identified by ISO 3166-1 alpha-3 codes.
 */
package org.techsov.core;
