package org.techsov.ingest.catalogue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.programme.Catalogue;
import org.techsov.core.programme.Problem;

/**
 * Reads catalogue YAML files (format {@code techsov-catalogue/1}, see {@code
 * docs/formats/catalogue.md}) into a validated {@link Catalogue}. Several files are read as one
 * catalogue, so a claim in one file may cite a figure in another. Every error names the file and
 * line, and the item and field at fault; all validation problems are reported together.
 */
public final class CatalogueReader {
  private CatalogueReader() {}

  /** Reads one file. */
  public static Catalogue read(Path file) {
    return read(List.of(file));
  }

  /** Reads several files as one catalogue. */
  public static Catalogue read(List<Path> files) {
    List<Named> inputs = new ArrayList<>();
    for (Path file : files) {
      try {
        inputs.add(new Named(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
      } catch (NoSuchFileException e) {
        throw new TechsovException(ErrorCode.FILE_NOT_FOUND, "catalogue file not found: " + file);
      } catch (IOException e) {
        throw new TechsovException(
            ErrorCode.IO_FAILURE, "cannot read " + file + ": " + e.getMessage(), e);
      }
    }
    return combine(inputs.stream().map(n -> parse(new StringReader(n.text()), n.name())).toList());
  }

  /** Reads one catalogue from {@code in}; {@code name} is the file name used in messages. */
  public static Catalogue read(Reader in, String name) {
    return combine(List.of(parse(in, name)));
  }

  static CatalogueDraft parse(Reader in, String name) {
    return CatalogueDecoder.decode(YamlTree.parse(in, name), name);
  }

  static Catalogue combine(List<CatalogueDraft> drafts) {
    CatalogueDraft all = new CatalogueDraft();
    drafts.forEach(all::add);
    List<Problem> problems = all.problems();
    if (!problems.isEmpty()) {
      throw new TechsovException(
          ErrorCode.MALFORMED_FILE,
          "catalogue rejected, "
              + problems.size()
              + " problem(s):\n  "
              + problems.stream().map(p -> located(all, p)).collect(Collectors.joining("\n  ")));
    }
    return all.build();
  }

  private static String located(CatalogueDraft draft, Problem p) {
    Location where = draft.locationOf(p.item());
    return (where == null ? "" : where + ": ") + p;
  }

  private record Named(String name, String text) {}
}
