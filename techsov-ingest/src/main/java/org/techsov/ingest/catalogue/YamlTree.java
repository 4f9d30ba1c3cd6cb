package org.techsov.ingest.catalogue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

/**
 * Parses YAML into {@link YamlNode}s with line numbers, which a data-bound parse would lose.
 * Scalars keep their text, so {@code 2021} stays a string the reader can take as a date.
 */
final class YamlTree {
  private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

  private YamlTree() {}

  /** The document's root node; a syntax error or duplicate key is reported with file and line. */
  static YamlNode parse(Reader in, String file) {
    try (JsonParser p = FACTORY.createParser(in)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new TechsovException(ErrorCode.EMPTY_FILE, file + ": the catalogue file is empty");
      }
      return node(p, file);
    } catch (IOException e) {
      throw new TechsovException(
          ErrorCode.MALFORMED_FILE, file + where(e) + ": not valid YAML: " + problem(e), e);
    }
  }

  /** ":LINE" of a syntax error, from the parser's location, or nothing if it has none. */
  private static String where(IOException e) {
    if (e instanceof JsonProcessingException j
        && j.getLocation() != null
        && j.getLocation().getLineNr() > 0) {
      return ":" + j.getLocation().getLineNr();
    }
    return "";
  }

  /**
   * The parser's account of the problem without its position lines and source excerpts, e.g. "while
   * parsing a flow sequence; expected ',' or ']', but got <block mapping end>".
   */
  private static String problem(IOException e) {
    String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    if (m == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (String line : m.split("\n")) {
      String t = line.trim();
      if (!t.isEmpty()
          && !t.startsWith("in 'reader'")
          && !t.startsWith("^")
          && parts.size() < 3
          && !line.startsWith(" ")) {
        parts.add(t);
      }
    }
    return parts.isEmpty() ? firstLine(m) : String.join("; ", parts);
  }

  private static YamlNode node(JsonParser p, String file) throws IOException {
    int line = p.currentTokenLocation().getLineNr();
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Map<String, YamlNode> entries = new LinkedHashMap<>();
      Map<String, Integer> keyLines = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        int keyLine = p.currentTokenLocation().getLineNr();
        p.nextToken();
        YamlNode value = node(p, file);
        if (entries.put(key, value) != null) {
          throw new TechsovException(
              ErrorCode.MALFORMED_FILE,
              file + ":" + keyLine + ": field '" + key + "' appears twice");
        }
        keyLines.put(key, keyLine);
      }
      return new YamlNode.Mapping(entries, keyLines, line);
    }
    if (t == JsonToken.START_ARRAY) {
      List<YamlNode> items = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        items.add(node(p, file));
      }
      return new YamlNode.Sequence(items, line);
    }
    return new YamlNode.Scalar(t == JsonToken.VALUE_NULL ? null : p.getText(), line);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
