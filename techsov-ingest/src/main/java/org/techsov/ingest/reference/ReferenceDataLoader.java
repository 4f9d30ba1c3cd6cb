package org.techsov.ingest.reference;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.Bloc;
import org.techsov.core.reference.BlocMembership;
import org.techsov.core.reference.Country;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.CountryRegistry;
import org.techsov.core.reference.GoodsList;
import org.techsov.core.reference.HsCode;
import org.techsov.core.reference.PriorityItem;
import org.techsov.core.reference.ReferenceData;
import org.techsov.core.reference.SanctionEvent;
import org.techsov.core.reference.TechnologyArea;
import org.techsov.ingest.csv.CsvTable;

/**
 * Loads the reference data packaged with techsov: countries, blocs, technology areas, goods lists
 * and sanction events, authored as versioned CSV files under {@code org/techsov/reference}.
 */
public final class ReferenceDataLoader {
  private static final String BASE = "/org/techsov/reference/";
  private static volatile ReferenceData builtIn;

  private ReferenceDataLoader() {}

  /** The packaged reference data (loaded once). */
  public static ReferenceData builtIn() {
    ReferenceData r = builtIn;
    if (r == null) {
      synchronized (ReferenceDataLoader.class) {
        if (builtIn == null) {
          builtIn = load();
        }
        r = builtIn;
      }
    }
    return r;
  }

  private static ReferenceData load() {
    CountryRegistry countries = countries(table("countries.csv"));
    Map<String, Bloc> blocs = blocs(table("blocs-meta.csv"), table("blocs.csv"), countries);
    return new ReferenceData(
        version(),
        countries,
        blocs,
        areas(table("areas.csv")),
        goodsLists(table("goods-lists.csv")),
        events(table("sanction-events.csv"), countries));
  }

  private static CountryRegistry countries(CsvTable t) {
    List<Country> out = new ArrayList<>();
    for (CsvRecord r : t.rows()) {
      out.add(
          new Country(
              CountryCode.of(t.get(r, "code")),
              t.get(r, "alpha2"),
              t.getInt(r, "key"),
              t.getInt(r, "baci_code"),
              t.get(r, "name"),
              t.get(r, "region")));
    }
    return new CountryRegistry(out);
  }

  private static Map<String, Bloc> blocs(CsvTable meta, CsvTable members, CountryRegistry cs) {
    Map<String, List<BlocMembership>> byBloc = new LinkedHashMap<>();
    for (CsvRecord r : members.rows()) {
      CountryCode code = cs.require(CountryCode.of(members.get(r, "country"))).code();
      String until = members.get(r, "until");
      byBloc
          .computeIfAbsent(members.get(r, "bloc"), k -> new ArrayList<>())
          .add(
              new BlocMembership(
                  code,
                  date(members, r, "from"),
                  until.isEmpty() ? null : date(members, r, "until")));
    }
    Map<String, Bloc> out = new LinkedHashMap<>();
    for (CsvRecord r : meta.rows()) {
      String id = meta.get(r, "bloc");
      List<BlocMembership> ms = byBloc.get(id);
      if (ms == null) {
        throw meta.error(r, "bloc", id, "bloc has no members in blocs.csv");
      }
      out.put(id, new Bloc(id, meta.get(r, "name"), meta.get(r, "source"), ms));
    }
    return out;
  }

  private static Map<String, TechnologyArea> areas(CsvTable t) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, List<HsCode>> codes = new LinkedHashMap<>();
    for (CsvRecord r : t.rows()) {
      String id = t.get(r, "area");
      names.putIfAbsent(id, t.get(r, "name"));
      codes.computeIfAbsent(id, k -> new ArrayList<>()).add(new HsCode(t.get(r, "hs_code")));
    }
    Map<String, TechnologyArea> out = new LinkedHashMap<>();
    names.forEach((id, name) -> out.put(id, new TechnologyArea(id, name, codes.get(id))));
    return out;
  }

  private static Map<String, GoodsList> goodsLists(CsvTable t) {
    Map<String, GoodsList> out = new LinkedHashMap<>();
    for (CsvRecord r : t.rows()) {
      CsvTable items = table(t.get(r, "file"));
      List<PriorityItem> list = new ArrayList<>();
      for (CsvRecord i : items.rows()) {
        list.add(
            new PriorityItem(
                new HsCode(items.get(i, "hs6")),
                items.get(i, "tier"),
                items.get(i, "tier_description")));
      }
      String id = t.get(r, "id");
      out.put(
          id, new GoodsList(id, t.get(r, "name"), date(t, r, "version"), t.get(r, "source"), list));
    }
    return out;
  }

  private static List<SanctionEvent> events(CsvTable t, CountryRegistry cs) {
    List<SanctionEvent> out = new ArrayList<>();
    for (CsvRecord r : t.rows()) {
      out.add(
          new SanctionEvent(
              t.get(r, "id"),
              date(t, r, "date"),
              t.get(r, "imposed_by"),
              cs.require(CountryCode.of(t.get(r, "target"))).code(),
              t.get(r, "title"),
              t.get(r, "goods_list"),
              t.get(r, "source")));
    }
    return out;
  }

  private static LocalDate date(CsvTable t, CsvRecord r, String column) {
    String v = t.get(r, column);
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw t.error(r, column, v, "not a date (YYYY-MM-DD)");
    }
  }

  private static CsvTable table(String name) {
    try (InputStream in = resource(name)) {
      return CsvTable.read("reference/" + name, in);
    } catch (IOException e) {
      throw new TechsovException(ErrorCode.INTERNAL_ERROR, "cannot read reference/" + name, e);
    }
  }

  private static String version() {
    try (InputStream in = resource("reference.properties")) {
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new TechsovException(ErrorCode.INTERNAL_ERROR, "cannot read reference version", e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = ReferenceDataLoader.class.getResourceAsStream(BASE + name);
    if (in == null) {
      throw new TechsovException(
          ErrorCode.INTERNAL_ERROR, "reference file missing from the build: " + name);
    }
    return in;
  }
}
