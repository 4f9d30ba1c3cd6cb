package org.techsov.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.techsov.cli.support.CatalogueOptions;
import org.techsov.cli.support.CatalogueOutput;
import org.techsov.cli.support.CatalogueSession;
import org.techsov.cli.support.GlobalOptions;
import org.techsov.core.error.TechsovException;
import org.techsov.core.programme.Catalogue;
import org.techsov.core.spi.CatalogueStore;
import org.techsov.ingest.catalogue.CatalogueReader;
import org.techsov.ingest.catalogue.CatalogueWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code techsov catalogue import|export|list}: the registry of programmes, technologies, claims.
 */
@Command(
    name = "catalogue",
    mixinStandardHelpOptions = true,
    description =
        "The catalogue of critical technologies, substitution programmes and claims, every figure with its source (format: docs/formats/catalogue.md). It is kept in the store file, or in a PostgreSQL registry with --registry; an empty one is given the built-in catalogue first.",
    subcommands = {
      CatalogueCommand.Import.class,
      CatalogueCommand.Export.class,
      CatalogueCommand.ListItems.class
    })
public final class CatalogueCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code techsov catalogue import FILE... [--replace]}. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description =
          "Read catalogue YAML files (together, as one catalogue) and save them in one transaction. By default items are merged by id: an item with a stored id replaces it in place, new items are appended. With --replace the stored catalogue becomes exactly the files'.")
  public static final class Import implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin GlobalOptions global;
    @Mixin CatalogueOptions catalogueOptions;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Catalogue YAML files.")
    List<Path> files = new ArrayList<>();

    @Option(
        names = "--replace",
        description = "Replace the whole stored catalogue instead of merging by id.")
    boolean replace;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Catalogue incoming = CatalogueReader.read(files);
      try (CatalogueSession s =
          CatalogueSession.open(global, catalogueOptions, !replace, spec.commandLine().getErr())) {
        CatalogueStore store = s.catalogue();
        Catalogue now =
            store.save(
                incoming,
                replace ? CatalogueStore.SaveMode.REPLACE : CatalogueStore.SaveMode.MERGE);
        out.println(
            "read "
                + files.size()
                + " file(s): "
                + CatalogueSession.Counts.of(incoming)
                + "; "
                + (replace ? "replaced the catalogue of " : "merged by id into ")
                + store.describe());
        out.println("the catalogue now holds " + CatalogueSession.Counts.of(now));
        out.flush();
      }
      return 0;
    }
  }

  /** {@code techsov catalogue export --out FILE}. */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = "Write the stored catalogue as YAML that 'catalogue import' reads back equal.")
  public static final class Export implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin GlobalOptions global;
    @Mixin CatalogueOptions catalogueOptions;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "YAML file.")
    Path out;

    @Override
    public Integer call() {
      try (CatalogueSession s =
          CatalogueSession.open(global, catalogueOptions, true, spec.commandLine().getErr())) {
        Catalogue c = s.catalogue().load();
        CatalogueWriter.write(c, out);
        PrintWriter w = spec.commandLine().getOut();
        w.println(
            "wrote the catalogue of "
                + s.catalogue().describe()
                + " ("
                + CatalogueSession.Counts.of(c)
                + ") to "
                + out);
        w.flush();
      }
      return 0;
    }
  }

  /** {@code techsov catalogue list [--kind programmes|technologies|claims]}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List the stored programmes, technologies and claims.")
  public static final class ListItems implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin GlobalOptions global;
    @Mixin CatalogueOptions catalogueOptions;

    @Option(
        names = "--kind",
        paramLabel = "KIND",
        description = "programmes, technologies or claims (default: all three).")
    String kind;

    @Override
    public Integer call() {
      List<String> kinds =
          kind == null
              ? List.of("programmes", "technologies", "claims")
              : List.of(kind.toLowerCase(Locale.ROOT));
      if (!List.of("programmes", "technologies", "claims").containsAll(kinds)) {
        throw TechsovException.invalidArgument(
            "unknown kind '" + kind + "' (use programmes, technologies or claims)");
      }
      PrintWriter out = spec.commandLine().getOut();
      try (CatalogueSession s =
          CatalogueSession.open(global, catalogueOptions, true, spec.commandLine().getErr())) {
        CatalogueStore store = s.catalogue();
        boolean first = true;
        for (String k : kinds) {
          if (kinds.size() > 1) {
            out.println((first ? "" : "\n") + k + ":");
          }
          first = false;
          switch (k) {
            case "programmes" -> CatalogueOutput.programmes(out, store.programmes());
            case "technologies" -> CatalogueOutput.technologies(out, store.technologies());
            default -> CatalogueOutput.claims(out, store.claims());
          }
        }
        out.flush();
      }
      return 0;
    }
  }
}
