package org.techsov.synth;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.techsov.core.reference.Country;
import org.techsov.core.reference.ReferenceData;
import org.techsov.core.spi.ProgressListener;

/**
 * Generates a seeded synthetic trade world and writes it in the BACI layout: flow files {@code
 * BACI_HS17_Y<year>_V<seed>.csv} with columns {@code t,i,j,k,v,q} (v in thousand US dollars, q in
 * tonnes, {@code NA} when unknown), sorted by year, exporter, importer and product, plus the
 * country and product dictionaries. The same reference data and spec always give the same bytes.
 */
public final class WorldGenerator {
  private static final int BATCH = 16;

  private final World world;
  private final WorldSpec spec;
  private final LinkGenerator links;

  public WorldGenerator(ReferenceData reference, WorldSpec spec) {
    this.world = new World(reference, spec);
    this.spec = spec;
    this.links = new LinkGenerator(world, spec);
  }

  public GeneratedWorld write(Path dir, WriteOptions options, ProgressListener progress) {
    try {
      Files.createDirectories(dir);
      Path countries = writeCountries(dir);
      Path products = writeProducts(dir);
      FlowWriters writers = new FlowWriters(dir, spec, options);
      try (writers) {
        int n = world.size();
        for (int from = 0; from < n; from += BATCH) {
          int to = Math.min(n, from + BATCH);
          List<byte[][]> batch =
              IntStream.range(from, to).parallel().mapToObj(this::exporterRows).toList();
          for (byte[][] perYear : batch) {
            writers.append(perYear);
          }
          progress.update("generate", to, n);
        }
      }
      return new GeneratedWorld(
          writers.files(), countries, products, writers.goodRows(), writers.damaged());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the synthetic world to " + dir, e);
    }
  }

  /**
   * Writes the monthly extract (UN Comtrade layout) and shipment records of the world; see {@link
   * MonthlyOptions}. The yearly files are not touched and stay byte for byte the same.
   */
  public GeneratedMonthly writeMonthly(
      Path dir, MonthlyOptions options, ProgressListener progress) {
    return new MonthlyWriter(world, spec, links, options).write(dir, progress);
  }

  /** The rows of one exporter, as BACI text per year. */
  private byte[][] exporterRows(int i) {
    int years = spec.toYear() - spec.fromYear() + 1;
    ByteArrayOutputStream[] out = new ByteArrayOutputStream[years];
    for (int y = 0; y < years; y++) {
      out[y] = new ByteArrayOutputStream(1 << 16);
    }
    int exporter = world.countries.get(i).baciCode();
    for (Link l : links.links(i)) {
      int importer = world.countries.get(l.importer()).baciCode();
      int product = world.products[l.product()];
      for (int y = 0; y < years; y++) {
        double v = l.valueUsd()[y];
        if (v / 1000 >= 0.0005) {
          double q = Double.isNaN(l.unitValue()) ? Double.NaN : v / l.unitValue();
          RowFormat.row(out[y], spec.fromYear() + y, exporter, importer, product, v / 1000, q);
        }
      }
    }
    byte[][] bytes = new byte[years][];
    for (int y = 0; y < years; y++) {
      bytes[y] = out[y].toByteArray();
    }
    return bytes;
  }

  private Path writeCountries(Path dir) throws IOException {
    Path p = dir.resolve("country_codes_V" + spec.seed() + ".csv");
    StringBuilder sb = new StringBuilder("country_code,country_name,country_iso2,country_iso3\n");
    for (Country c : world.countries) {
      sb.append(c.baciCode())
          .append(",\"")
          .append(c.name().replace("\"", "\"\""))
          .append("\",")
          .append(c.alpha2())
          .append(',')
          .append(c.code().alpha3())
          .append('\n');
    }
    Files.writeString(p, sb, StandardCharsets.UTF_8);
    return p;
  }

  private Path writeProducts(Path dir) throws IOException {
    Path p = dir.resolve("product_codes_HS17_V" + spec.seed() + ".csv");
    StringBuilder sb = new StringBuilder("code,description\n");
    for (int k = 0; k < world.products.length; k++) {
      String code = String.format("%06d", world.products[k]);
      sb.append(code)
          .append(",Synthetic product ")
          .append(code)
          .append(world.sanctioned[k] ? " (technology good)" : "")
          .append('\n');
    }
    Files.writeString(p, sb, StandardCharsets.UTF_8);
    return p;
  }

  /** One output stream per year (or one for all), with the damage applied as rows pass. */
  private static final class FlowWriters implements AutoCloseable {
    private final List<Path> files = new ArrayList<>();
    private final OutputStream[] streams;
    private final DamagingWriter[] damage;
    private final boolean single;

    FlowWriters(Path dir, WorldSpec spec, WriteOptions o) throws IOException {
      int years = spec.toYear() - spec.fromYear() + 1;
      single = o.singleFile();
      int count = single ? 1 : years;
      streams = new OutputStream[count];
      damage = new DamagingWriter[count];
      for (int f = 0; f < count; f++) {
        String y =
            single ? spec.fromYear() + "-" + spec.toYear() : Integer.toString(spec.fromYear() + f);
        Path p =
            dir.resolve("BACI_HS17_Y" + y + "_V" + spec.seed() + ".csv" + (o.gzip() ? ".gz" : ""));
        files.add(p);
        OutputStream s = new BufferedOutputStream(Files.newOutputStream(p), 1 << 20);
        streams[f] = o.gzip() ? new GZIPOutputStream(s, 1 << 16) : s;
        damage[f] = new DamagingWriter(p.getFileName().toString(), streams[f], o.corruption());
      }
    }

    void append(byte[][] perYear) throws IOException {
      if (single) {
        // rows must stay sorted by year first: buffer per year and write at close
        for (int y = 0; y < perYear.length; y++) {
          damage[0].defer(y, perYear[y]);
        }
      } else {
        for (int y = 0; y < perYear.length; y++) {
          damage[y].write(perYear[y]);
        }
      }
    }

    List<Path> files() {
      return files;
    }

    long goodRows() {
      long n = 0;
      for (DamagingWriter d : damage) {
        n += d.goodRows();
      }
      return n;
    }

    List<Corruption.Line> damaged() {
      List<Corruption.Line> out = new ArrayList<>();
      for (DamagingWriter d : damage) {
        out.addAll(d.damaged());
      }
      return out;
    }

    @Override
    public void close() throws IOException {
      for (int f = 0; f < streams.length; f++) {
        damage[f].flushDeferred();
        streams[f].close();
      }
    }
  }
}
