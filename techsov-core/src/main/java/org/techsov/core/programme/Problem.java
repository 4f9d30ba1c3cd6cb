package org.techsov.core.programme;

/**
 * One reason a catalogue is rejected.
 *
 * @param item the item at fault, as {@link ItemPath} names it, e.g. "programme mir-cards, series
 *     card-share, observation 3"
 * @param message what is wrong and how to fix it
 */
public record Problem(String item, String message) {
  @Override
  public String toString() {
    return item + ": " + message;
  }
}
