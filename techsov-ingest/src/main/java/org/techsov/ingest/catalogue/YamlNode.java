package org.techsov.ingest.catalogue;

import java.util.List;
import java.util.Map;

/** A parsed YAML value that remembers the line it started on (1-based). */
sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {
  int line();

  /** A mapping, keys in file order, with the line of each key. */
  record Mapping(Map<String, YamlNode> entries, Map<String, Integer> keyLines, int line)
      implements YamlNode {}

  record Sequence(List<YamlNode> items, int line) implements YamlNode {}

  /** A scalar as written (numbers and booleans keep their text); null text for YAML null. */
  record Scalar(String text, int line) implements YamlNode {}

  default String kind() {
    if (this instanceof Mapping) {
      return "a mapping";
    }
    return this instanceof Sequence ? "a list" : "a scalar";
  }
}
