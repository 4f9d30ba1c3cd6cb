package org.techsov.ingest.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

/**
 * Parses a YAML document into {@link YamlNode}s that remember their line, using Jackson's streaming
 * parser (whose token locations carry YAML line numbers). Malformed YAML is reported with the line
 * where the parser stopped.
 */
public final class YamlDocument {
  private static final YAMLFactory FACTORY = new YAMLFactory();

  private YamlDocument() {}

  /**
   * Reads one document.
   *
   * @param file the name used in messages (as the user gave it)
   */
  public static YamlNode parse(Reader reader, String file) {
    try (JsonParser p = FACTORY.createParser(reader)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new TechsovException(ErrorCode.EMPTY_FILE, file + ": empty YAML document");
      }
      return value(p, t, file, null);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 0 : Math.max(0, at.getLineNr());
      String first = e.getOriginalMessage().lines().findFirst().orElse("syntax error");
      throw new TechsovException(
          ErrorCode.MALFORMED_FILE, file + " line " + line + ": malformed YAML: " + first, e);
    } catch (IOException e) {
      throw new TechsovException(
          ErrorCode.IO_FAILURE, file + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static YamlNode value(JsonParser p, JsonToken t, String file, String key)
      throws IOException {
    int line = p.currentTokenLocation().getLineNr();
    switch (t) {
      case START_OBJECT:
        YamlNode map = new YamlNode(file, line, key, YamlNode.Kind.MAP, null);
        for (JsonToken f = p.nextToken(); f != JsonToken.END_OBJECT; f = p.nextToken()) {
          String name = p.currentName();
          map.put(name, value(p, p.nextToken(), file, name));
        }
        return map;
      case START_ARRAY:
        YamlNode list = new YamlNode(file, line, key, YamlNode.Kind.LIST, null);
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
          list.add(value(p, e, file, key));
        }
        return list;
      case VALUE_NULL:
        return new YamlNode(file, line, key, YamlNode.Kind.NULL, null);
      default:
        return new YamlNode(file, line, key, YamlNode.Kind.SCALAR, p.getText());
    }
  }
}
