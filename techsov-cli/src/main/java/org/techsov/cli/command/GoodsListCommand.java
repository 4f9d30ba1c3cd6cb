package org.techsov.cli.command;

import java.util.concurrent.Callable;
import org.techsov.cli.support.GlobalOptions;
import org.techsov.cli.support.TextTable;
import org.techsov.core.reference.GoodsList;
import org.techsov.core.reference.SanctionEvent;
import org.techsov.store.duckdb.DuckDbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code techsov goods list}. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "Show the goods lists and their versions, and the dated sanction events.")
public final class GoodsListCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin GlobalOptions global;

  @Override
  public Integer call() {
    TextTable t = new TextTable("id", "version", "entries", "origin", "name");
    for (GoodsList g : global.reference().goodsLists().values()) {
      t.row(g.id(), g.version(), g.items().size(), "packaged", g.name());
    }
    try (DuckDbStore store = global.openStoreReadOnly()) {
      for (GoodsList g : store.userGoodsLists()) {
        t.row(g.id(), g.version(), g.items().size(), "loaded", g.name());
      }
    }
    t.print(spec.commandLine().getOut());
    spec.commandLine().getOut().println();
    TextTable e = new TextTable("sanction event", "date", "by", "target", "goods list", "title");
    for (SanctionEvent ev :
        global.reference().sanctionEvents().stream()
            .sorted(java.util.Comparator.comparing(SanctionEvent::date))
            .toList()) {
      e.row(ev.id(), ev.date(), ev.imposedBy(), ev.target(), ev.goodsList(), ev.title());
    }
    e.print(spec.commandLine().getOut());
    return 0;
  }
}
