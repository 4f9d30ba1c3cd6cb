package org.techsov.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.techsov.cli.support.GlobalOptions;
import org.techsov.core.reference.GoodsList;
import org.techsov.ingest.goods.GoodsListReader;
import org.techsov.store.duckdb.DuckDbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code techsov goods load FILE --id ID --version DATE}. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Load a list of HS or CN codes (column code, hs_code, hs6 or cn8) as one dated version of",
      "a goods list, e.g. the CN codes under EU export restrictions for Russia. A CN8 code lists",
      "its HS6 subheading; analyses compare subheadings."
    })
public final class GoodsLoadCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin GlobalOptions global;

  @Parameters(paramLabel = "FILE", description = "The codes file (CSV).")
  Path file;

  @Option(
      names = "--id",
      required = true,
      paramLabel = "ID",
      description = "The list's id, e.g. eu-restricted.")
  String id;

  @Option(
      names = "--version",
      required = true,
      paramLabel = "DATE",
      description = "The date of this version, e.g. 2022-10-07.")
  LocalDate version;

  @Option(names = "--name", paramLabel = "TEXT", description = "A descriptive name.")
  String name;

  @Option(names = "--source", paramLabel = "TEXT", description = "Where the list comes from.")
  String source;

  @Override
  public Integer call() {
    GoodsList list =
        GoodsListReader.read(
            file,
            id,
            name == null ? id : name,
            version,
            source == null ? file.getFileName().toString() : source);
    try (DuckDbStore store = global.openStore()) {
      store.saveGoodsList(list);
    }
    PrintWriter out = spec.commandLine().getOut();
    long headings = list.items().stream().filter(i -> i.code().code().length() < 6).count();
    out.printf(
        "goods list %s version %s: %d entries (%d subheadings, %d headings or chapters) from %s%n",
        id,
        version,
        list.items().size(),
        list.items().size() - headings,
        headings,
        file.getFileName());
    out.flush();
    return 0;
  }
}
