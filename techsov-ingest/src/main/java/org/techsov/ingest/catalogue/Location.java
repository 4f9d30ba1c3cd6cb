package org.techsov.ingest.catalogue;

/**
 * Where an item was read from.
 *
 * @param file the file's name as given to the reader
 * @param line 1-based line
 */
record Location(String file, int line) {
  @Override
  public String toString() {
    return file + ":" + line;
  }
}
