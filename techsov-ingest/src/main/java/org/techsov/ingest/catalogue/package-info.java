/**
 * Catalogue files: reading YAML into the core catalogue with errors that name the file, line and
 * field; writing a catalogue back to YAML; and the built-in catalogue shipped as resources. The
 * format is described in {@code docs/formats/catalogue.md}.
 */
package org.techsov.ingest.catalogue;
