package org.techsov.ingest.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.programme.Catalogue;

/**
 * The catalogue shipped with techsov: the figures of the project's source articles (the seeds) with
 * the programmes tracked from them, and, as a separate example, a vendor-replacement catalogue.
 */
public final class BuiltInCatalogue {
  private static final String FOLDER = "org/techsov/catalogue/";

  /** The seed figures, technologies and claims, and the programmes with their series. */
  public static final List<String> SEED_FILES = List.of("seeds.yaml", "programmes.yaml");

  /** Western vendors and the Russian products offered to replace them (mid-2022). */
  public static final String VENDOR_FILE = "vendor-replacements.yaml";

  private BuiltInCatalogue() {}

  /** The seeds' catalogue: sources, facts, technologies, programmes and claims. */
  public static Catalogue seeds() {
    return load(SEED_FILES);
  }

  /** The vendor-replacement example on its own. */
  public static Catalogue vendorReplacements() {
    return load(List.of(VENDOR_FILE));
  }

  /** Everything built in. */
  public static Catalogue all() {
    List<String> files = new ArrayList<>(SEED_FILES);
    files.add(VENDOR_FILE);
    return load(files);
  }

  private static Catalogue load(List<String> names) {
    List<CatalogueDraft> drafts = new ArrayList<>();
    for (String name : names) {
      String resource = FOLDER + name;
      try (InputStream in = BuiltInCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new TechsovException(
              ErrorCode.FILE_NOT_FOUND, "built-in catalogue missing: " + resource);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
          drafts.add(CatalogueReader.parse(r, resource));
        }
      } catch (IOException e) {
        throw new TechsovException(
            ErrorCode.IO_FAILURE, "cannot read " + resource + ": " + e.getMessage(), e);
      }
    }
    return CatalogueReader.combine(drafts);
  }
}
