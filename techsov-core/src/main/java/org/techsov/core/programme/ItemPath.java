package org.techsov.core.programme;

/**
 * Names of catalogue items in messages. Readers use the same names to attach a file and line to a
 * validation problem, so every producer of a name goes through here. Indexes count from 1.
 */
public final class ItemPath {
  private ItemPath() {}

  public static String source(int index, String id) {
    return "source " + label(index, id);
  }

  public static String fact(int index, String id) {
    return "fact " + label(index, id);
  }

  public static String technology(String id) {
    return "technology " + id;
  }

  public static String technologyMetric(String technology, int index) {
    return technology(technology) + ", metric " + index;
  }

  public static String technologyTarget(String technology, String id) {
    return technology(technology) + ", target " + id;
  }

  public static String programme(String id) {
    return "programme " + id;
  }

  public static String series(String programme, String series) {
    return programme(programme) + ", series " + series;
  }

  public static String observation(String programme, String series, int index) {
    return series(programme, series) + ", observation " + index;
  }

  public static String marketBound(String programme, String series) {
    return series(programme, series) + ", market bound";
  }

  public static String seriesTarget(String programme, String series, String id) {
    return series(programme, series) + ", target " + id;
  }

  public static String claim(String id) {
    return "claim " + id;
  }

  public static String replacement(int index, String category) {
    return "replacement " + label(index, category);
  }

  private static String label(int index, String id) {
    return id == null || id.isBlank() ? "#" + index : "#" + index + " " + id;
  }
}
