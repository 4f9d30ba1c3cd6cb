package org.techsov.cli.demo;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.techsov.cli.support.TextTable;
import org.techsov.core.dependency.DependencyQuery;
import org.techsov.core.dependency.DependencyRow;
import org.techsov.core.dependency.GroupLevel;
import org.techsov.core.reference.CountryCode;
import org.techsov.engine.dependency.DependencyEngine;

/** Chapter 1: the target's technology imports by supplier bloc, before and after the shock. */
public final class DependencyChapter implements DemoChapter {
  @Override
  public int number() {
    return 1;
  }

  static final List<String> BLOCS = List.of("COALITION", "CHN_HK", "HUBS");
  static final LocalDate BLOC_DATE = LocalDate.of(2024, 1, 1);
  static final List<String> AREAS =
      List.of(
          "microelectronics",
          "computers",
          "telecom",
          "semiconductor-equipment",
          "machine-tools",
          "aviation",
          "optics",
          "instruments");

  @Override
  public String title() {
    return "Dependency: Russia's microelectronics imports (HS 8541, 8542) by supplier bloc";
  }

  @Override
  public void run(DemoContext c) {
    PrintWriter out = c.out();
    DependencyEngine engine = new DependencyEngine(c.store().connection());
    TextTable t =
        new TextTable(
            "year",
            "imports USD",
            "suppliers",
            "HHI",
            "1/HHI",
            "COALITION",
            "CHN_HK",
            "HUBS",
            "top suppliers");
    for (DependencyRow r : engine.run(query(List.of("microelectronics"), 2017, 2024, 3))) {
      t.row(
          r.year(),
          TextTable.usd(r.importValueUsd()),
          r.supplierCount(),
          TextTable.num(r.hhi(), 3),
          TextTable.num(r.equivalentSuppliers(), 1),
          TextTable.pct(r.blocShare("COALITION")),
          TextTable.pct(r.blocShare("CHN_HK")),
          TextTable.pct(r.blocShare("HUBS")),
          topSuppliers(r));
    }
    t.print(out);
    out.println(
        "   reproduce: techsov dependency --db "
            + c.database()
            + " --importer RUS --area microelectronics --bloc COALITION,CHN_HK,HUBS --bloc-date "
            + BLOC_DATE);
    out.println();
    out.println("   By technology area, 2021 (before) and 2023 (after):");
    byArea(out, engine);
    out.println(
        "   reproduce: techsov dependency --db "
            + c.database()
            + " --importer RUS --area "
            + String.join(",", AREAS)
            + " --from 2021 --to 2023 --bloc COALITION,CHN_HK --bloc-date "
            + BLOC_DATE);
  }

  private static void byArea(PrintWriter out, DependencyEngine engine) {
    TextTable a =
        new TextTable(
            "area",
            "imports 2021",
            "imports 2023",
            "COALITION 2021",
            "COALITION 2023",
            "CHN_HK 2021",
            "CHN_HK 2023");
    List<DependencyRow> rows = engine.run(query(AREAS, 2021, 2023, 0));
    for (String area : AREAS) {
      DependencyRow before = find(rows, area, 2021);
      DependencyRow after = find(rows, area, 2023);
      if (before != null && after != null) {
        a.row(
            area,
            TextTable.usd(before.importValueUsd()),
            TextTable.usd(after.importValueUsd()),
            TextTable.pct(before.blocShare("COALITION")),
            TextTable.pct(after.blocShare("COALITION")),
            TextTable.pct(before.blocShare("CHN_HK")),
            TextTable.pct(after.blocShare("CHN_HK")));
      }
    }
    a.print(out);
  }

  private static DependencyRow find(List<DependencyRow> rows, String area, int year) {
    return rows.stream()
        .filter(r -> r.group().code().equals(area) && r.year() == year)
        .findFirst()
        .orElse(null);
  }

  private static String topSuppliers(DependencyRow r) {
    StringBuilder sb = new StringBuilder();
    r.topSuppliers()
        .forEach(
            s ->
                sb.append(sb.length() == 0 ? "" : ", ")
                    .append(s.supplier())
                    .append(' ')
                    .append(TextTable.pct(s.share())));
    return sb.toString();
  }

  static DependencyQuery query(List<String> areas, int from, int to, int top) {
    return new DependencyQuery(
        List.of(new CountryCode("RUS")),
        from,
        to,
        GroupLevel.AREA,
        areas,
        List.of(),
        BLOCS,
        BLOC_DATE,
        OptionalInt.empty(),
        top);
  }
}
