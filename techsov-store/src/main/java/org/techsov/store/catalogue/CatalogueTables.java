package org.techsov.store.catalogue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.techsov.core.forecast.ForecastShape;
import org.techsov.core.programme.Attribution;
import org.techsov.core.programme.Catalogue;
import org.techsov.core.programme.Check;
import org.techsov.core.programme.Citation;
import org.techsov.core.programme.Claim;
import org.techsov.core.programme.Comparison;
import org.techsov.core.programme.EvidenceLinks;
import org.techsov.core.programme.Figure;
import org.techsov.core.programme.Measure;
import org.techsov.core.programme.MetricRole;
import org.techsov.core.programme.Programme;
import org.techsov.core.programme.Series;
import org.techsov.core.programme.Source;
import org.techsov.core.programme.Substitution;
import org.techsov.core.programme.Target;
import org.techsov.core.programme.Technology;
import org.techsov.core.programme.TechnologyMetric;
import org.techsov.core.programme.VendorReplacement;
import org.techsov.core.reference.HsCode;
import org.techsov.core.reference.TechnologyArea;

/**
 * Reads and writes the catalogue tables ({@code cat_*}) with parameterised SQL that runs unchanged
 * on DuckDB and PostgreSQL. The caller owns the transaction.
 */
final class CatalogueTables {
  /** Children before parents: the order rows are deleted in (parents are inserted first). */
  static final List<String> TABLES_CHILDREN_FIRST =
      List.of(
          "cat_replacement_vendor",
          "cat_replacement",
          "cat_evidence",
          "cat_claim",
          "cat_target",
          "cat_observation",
          "cat_market_bound",
          "cat_series",
          "cat_programme_party",
          "cat_programme",
          "cat_technology_metric",
          "cat_technology_hs",
          "cat_technology",
          "cat_fact",
          "cat_source");

  private static final String FIG = FigureColumns.NAMES;
  private static final String FIG_P = FigureColumns.PLACEHOLDERS;

  private CatalogueTables() {}

  static void deleteAll(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String t : TABLES_CHILDREN_FIRST) {
        s.executeUpdate("DELETE FROM " + t);
      }
    }
  }

  static boolean isEmpty(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String t : TABLES_CHILDREN_FIRST) {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + t)) {
          rs.next();
          if (rs.getLong(1) > 0) {
            return false;
          }
        }
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- writing

  static void insertAll(Connection c, Catalogue k) throws SQLException {
    insertSources(c, k.sources(), 1);
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO cat_fact (ord, " + FIG + ") VALUES (?, " + FIG_P + ")")) {
      int ord = 1;
      for (Figure f : k.facts()) {
        ps.setInt(1, ord++);
        FigureColumns.bind(ps, 2, f);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    insertTechnologies(c, k.technologies());
    insertProgrammes(c, k.programmes());
    insertClaims(c, k.claims());
    insertReplacements(c, k.replacements());
  }

  static void insertSources(Connection c, List<Source> sources, int firstOrd) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO cat_source (id, ord, title, author, publisher, date_text, location)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      int ord = firstOrd;
      for (Source s : sources) {
        ps.setString(1, s.id());
        ps.setInt(2, ord++);
        ps.setString(3, s.title());
        ps.setString(4, s.author());
        ps.setString(5, s.publisher());
        ps.setString(6, FigureColumns.text(s.date()));
        ps.setString(7, s.location());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void insertTechnologies(Connection c, List<Technology> technologies)
      throws SQLException {
    try (PreparedStatement tech =
            c.prepareStatement(
                "INSERT INTO cat_technology (id, ord, name, country, area_id, area_name)"
                    + " VALUES (?, ?, ?, ?, ?, ?)");
        PreparedStatement hs =
            c.prepareStatement(
                "INSERT INTO cat_technology_hs (technology, ord, hs_code) VALUES (?, ?, ?)");
        PreparedStatement metric =
            c.prepareStatement(
                "INSERT INTO cat_technology_metric (technology, ord, metric, holder, role, "
                    + FIG
                    + ") VALUES (?, ?, ?, ?, ?, "
                    + FIG_P
                    + ")")) {
      int ord = 1;
      List<TargetRow> targets = new ArrayList<>();
      for (Technology t : technologies) {
        tech.setString(1, t.id());
        tech.setInt(2, ord++);
        tech.setString(3, t.name());
        tech.setString(4, t.country());
        tech.setString(5, t.area().id());
        tech.setString(6, t.area().name());
        tech.addBatch();
        int h = 1;
        for (HsCode code : t.area().codes()) {
          hs.setString(1, t.id());
          hs.setInt(2, h++);
          hs.setString(3, code.code());
          hs.addBatch();
        }
        int m = 1;
        for (TechnologyMetric tm : t.metrics()) {
          metric.setString(1, t.id());
          metric.setInt(2, m++);
          metric.setString(3, tm.metric());
          metric.setString(4, tm.holder());
          metric.setString(5, tm.role().name());
          FigureColumns.bind(metric, 6, tm.figure());
          metric.addBatch();
        }
        targets.add(new TargetRow("technology", t.id(), t.targets()));
      }
      tech.executeBatch();
      hs.executeBatch();
      metric.executeBatch();
      insertTargets(c, targets);
    }
  }

  private static void insertProgrammes(Connection c, List<Programme> programmes)
      throws SQLException {
    try (PreparedStatement prog =
            c.prepareStatement(
                "INSERT INTO cat_programme (id, ord, name, country, note) VALUES (?, ?, ?, ?, ?)");
        PreparedStatement party =
            c.prepareStatement(
                "INSERT INTO cat_programme_party (programme, side, ord, name) VALUES (?, ?, ?, ?)");
        PreparedStatement series =
            c.prepareStatement(
                "INSERT INTO cat_series (programme, id, ord, subject, description, unit, shape,"
                    + " launch_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement bound =
            c.prepareStatement(
                "INSERT INTO cat_market_bound (programme, series, "
                    + FIG
                    + ") VALUES (?, ?, "
                    + FIG_P
                    + ")")) {
      int ord = 1;
      List<TargetRow> targets = new ArrayList<>();
      List<ObservationRows> observations = new ArrayList<>();
      for (Programme p : programmes) {
        prog.setString(1, p.id());
        prog.setInt(2, ord++);
        prog.setString(3, p.name());
        prog.setString(4, p.country());
        prog.setString(5, p.note());
        prog.addBatch();
        parties(party, p.id(), "incumbent", p.substitution().incumbents());
        parties(party, p.id(), "substitute", p.substitution().substitutes());
        int so = 1;
        for (Series s : p.series()) {
          series.setString(1, p.id());
          series.setString(2, s.id());
          series.setInt(3, so++);
          series.setString(4, s.measure().subject());
          series.setString(5, s.measure().description());
          series.setString(6, s.measure().unit());
          series.setString(7, s.measure().shape().name());
          series.setString(8, FigureColumns.text(s.launch()));
          series.addBatch();
          if (s.marketBound() != null) {
            bound.setString(1, p.id());
            bound.setString(2, s.id());
            FigureColumns.bind(bound, 3, s.marketBound());
            bound.addBatch();
          }
          observations.add(new ObservationRows(p.id(), s.id(), 1, s.observations()));
          targets.add(new TargetRow("series", p.id() + "/" + s.id(), s.targets()));
        }
      }
      prog.executeBatch();
      party.executeBatch();
      series.executeBatch();
      bound.executeBatch();
      insertObservations(c, observations);
      insertTargets(c, targets);
    }
  }

  private static void parties(
      PreparedStatement ps, String programme, String side, List<String> names) throws SQLException {
    int ord = 1;
    for (String n : names) {
      ps.setString(1, programme);
      ps.setString(2, side);
      ps.setInt(3, ord++);
      ps.setString(4, n);
      ps.addBatch();
    }
  }

  /** Observations of one series, numbered from {@code firstOrd}. */
  record ObservationRows(String programme, String series, int firstOrd, List<Figure> figures) {}

  static void insertObservations(Connection c, List<ObservationRows> rows) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO cat_observation (programme, series, ord, "
                + FIG
                + ") VALUES (?, ?, ?, "
                + FIG_P
                + ")")) {
      for (ObservationRows r : rows) {
        int ord = r.firstOrd();
        for (Figure f : r.figures()) {
          ps.setString(1, r.programme());
          ps.setString(2, r.series());
          ps.setInt(3, ord++);
          FigureColumns.bind(ps, 4, f);
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
  }

  private record TargetRow(String kind, String owner, List<Target> targets) {}

  private static void insertTargets(Connection c, List<TargetRow> rows) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO cat_target (owner_kind, owner, ord, id, set_by, description, comparison,"
                + " metric, "
                + FIG
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                + FIG_P
                + ")")) {
      for (TargetRow r : rows) {
        int ord = 1;
        for (Target t : r.targets()) {
          ps.setString(1, r.kind());
          ps.setString(2, r.owner());
          ps.setInt(3, ord++);
          ps.setString(4, t.id());
          ps.setString(5, t.setBy());
          ps.setString(6, t.description());
          ps.setString(7, t.comparison().name());
          ps.setString(8, t.metric());
          FigureColumns.bind(ps, 9, t.figure());
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
  }

  private static void insertClaims(Connection c, List<Claim> claims) throws SQLException {
    try (PreparedStatement claim =
            c.prepareStatement(
                "INSERT INTO cat_claim (id, ord, country, speaker, said_on, said_source,"
                    + " said_quote, statement, check_subject, check_comparison, check_level,"
                    + " check_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement evidence =
            c.prepareStatement(
                "INSERT INTO cat_evidence (claim, kind, ord, ref) VALUES (?, ?, ?, ?)")) {
      int ord = 1;
      for (Claim k : claims) {
        claim.setString(1, k.id());
        claim.setInt(2, ord++);
        claim.setString(3, k.country());
        claim.setString(4, k.said().speaker());
        claim.setString(5, FigureColumns.text(k.said().on()));
        claim.setString(6, k.said().citation().source());
        claim.setString(7, k.said().citation().quote());
        claim.setString(8, k.statement());
        Check ch = k.check();
        claim.setString(9, ch == null ? null : ch.subject());
        claim.setString(10, ch == null ? null : ch.comparison().name());
        if (ch == null) {
          claim.setNull(11, Types.DOUBLE);
        } else {
          claim.setDouble(11, ch.level());
        }
        claim.setString(12, ch == null ? null : FigureColumns.text(ch.by()));
        claim.addBatch();
        EvidenceLinks links = k.evidence() == null ? EvidenceLinks.NONE : k.evidence();
        refs(evidence, k.id(), "figure", links.figures());
        refs(evidence, k.id(), "measure", links.measures());
      }
      claim.executeBatch();
      evidence.executeBatch();
    }
  }

  private static void refs(PreparedStatement ps, String claim, String kind, List<String> refs)
      throws SQLException {
    int ord = 1;
    for (String r : refs) {
      ps.setString(1, claim);
      ps.setString(2, kind);
      ps.setInt(3, ord++);
      ps.setString(4, r);
      ps.addBatch();
    }
  }

  private static void insertReplacements(Connection c, List<VendorReplacement> replacements)
      throws SQLException {
    try (PreparedStatement rep =
            c.prepareStatement(
                "INSERT INTO cat_replacement (ord, category, product_count, source_id, quote)"
                    + " VALUES (?, ?, ?, ?, ?)");
        PreparedStatement vendor =
            c.prepareStatement(
                "INSERT INTO cat_replacement_vendor (replacement, side, ord, name)"
                    + " VALUES (?, ?, ?, ?)")) {
      int ord = 1;
      for (VendorReplacement r : replacements) {
        rep.setInt(1, ord);
        rep.setString(2, r.category());
        rep.setInt(3, r.productCount());
        rep.setString(4, r.citation().source());
        rep.setString(5, r.citation().quote());
        rep.addBatch();
        vendors(vendor, ord, "foreign", r.foreignVendors());
        vendors(vendor, ord, "domestic", r.domesticVendors());
        ord++;
      }
      rep.executeBatch();
      vendor.executeBatch();
    }
  }

  private static void vendors(
      PreparedStatement ps, int replacement, String side, List<String> names) throws SQLException {
    int ord = 1;
    for (String n : names) {
      ps.setInt(1, replacement);
      ps.setString(2, side);
      ps.setInt(3, ord++);
      ps.setString(4, n);
      ps.addBatch();
    }
  }

  // ---------------------------------------------------------------- reading

  /** The whole stored catalogue, validated on construction. */
  static Catalogue readAll(Connection c) throws SQLException {
    return new Catalogue(
        sources(c), facts(c), technologies(c), programmes(c, null), claims(c), replacements(c));
  }

  static List<Source> sources(Connection c) throws SQLException {
    List<Source> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT id, title, author, publisher, date_text, location FROM cat_source"
                    + " ORDER BY ord")) {
      while (rs.next()) {
        out.add(
            new Source(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                FigureColumns.date(rs.getString(5)),
                rs.getString(6)));
      }
    }
    return out;
  }

  static int sourceCount(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT coalesce(max(ord), 0) FROM cat_source")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static List<Figure> facts(Connection c) throws SQLException {
    List<Figure> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT " + FIG + " FROM cat_fact ORDER BY ord")) {
      while (rs.next()) {
        out.add(FigureColumns.read(rs, 1));
      }
    }
    return out;
  }

  static List<Technology> technologies(Connection c) throws SQLException {
    Map<String, List<HsCode>> codes = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT technology, hs_code FROM cat_technology_hs ORDER BY technology, ord")) {
      while (rs.next()) {
        codes
            .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
            .add(new HsCode(rs.getString(2)));
      }
    }
    Map<String, List<TechnologyMetric>> metrics = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT technology, metric, holder, role, "
                    + FIG
                    + " FROM cat_technology_metric ORDER BY technology, ord")) {
      while (rs.next()) {
        metrics
            .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
            .add(
                new TechnologyMetric(
                    rs.getString(2),
                    rs.getString(3),
                    MetricRole.valueOf(rs.getString(4)),
                    FigureColumns.read(rs, 5)));
      }
    }
    Map<String, List<Target>> targets = targets(c, "technology", null);
    List<Technology> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT id, name, country, area_id, area_name FROM cat_technology ORDER BY ord")) {
      while (rs.next()) {
        String id = rs.getString(1);
        out.add(
            new Technology(
                id,
                rs.getString(2),
                rs.getString(3),
                new TechnologyArea(
                    rs.getString(4), rs.getString(5), codes.getOrDefault(id, List.of())),
                metrics.getOrDefault(id, List.of()),
                targets.getOrDefault(id, List.of())));
      }
    }
    return out;
  }

  /** Targets by owner, in order; {@code programme}, if not null, keeps that programme's series. */
  private static Map<String, List<Target>> targets(Connection c, String kind, String programme)
      throws SQLException {
    Map<String, List<Target>> out = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT owner, id, set_by, description, comparison, metric, "
                + FIG
                + " FROM cat_target WHERE owner_kind = ? ORDER BY owner, ord")) {
      ps.setString(1, kind);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String owner = rs.getString(1);
          if (programme != null && !owner.startsWith(programme + "/")) {
            continue;
          }
          out.computeIfAbsent(owner, k -> new ArrayList<>())
              .add(
                  new Target(
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      Comparison.valueOf(rs.getString(5)),
                      FigureColumns.read(rs, 7),
                      rs.getString(6)));
        }
      }
    }
    return out;
  }

  /** Programmes in order: all of them, or only the one with id {@code only}. */
  static List<Programme> programmes(Connection c, String only) throws SQLException {
    String where = only == null ? "" : " WHERE programme = ?";
    Map<String, List<String>> incumbents = new LinkedHashMap<>();
    Map<String, List<String>> substitutes = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT programme, side, name FROM cat_programme_party"
                + where
                + " ORDER BY programme, side, ord")) {
      bindOnly(ps, only);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          (rs.getString(2).equals("incumbent") ? incumbents : substitutes)
              .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(rs.getString(3));
        }
      }
    }
    Map<String, Figure> bounds = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT programme, series, " + FIG + " FROM cat_market_bound" + where)) {
      bindOnly(ps, only);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          bounds.put(rs.getString(1) + "/" + rs.getString(2), FigureColumns.read(rs, 3));
        }
      }
    }
    Map<String, List<Figure>> observations = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT programme, series, "
                + FIG
                + " FROM cat_observation"
                + where
                + " ORDER BY programme, series, ord")) {
      bindOnly(ps, only);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          observations
              .computeIfAbsent(rs.getString(1) + "/" + rs.getString(2), k -> new ArrayList<>())
              .add(FigureColumns.read(rs, 3));
        }
      }
    }
    Map<String, List<Target>> targets = targets(c, "series", only);
    Map<String, List<Series>> series = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT programme, id, subject, description, unit, shape, launch_text FROM cat_series"
                + where
                + " ORDER BY programme, ord")) {
      bindOnly(ps, only);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String path = rs.getString(1) + "/" + rs.getString(2);
          series
              .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(
                  new Series(
                      rs.getString(2),
                      new Measure(
                          rs.getString(3),
                          rs.getString(4),
                          rs.getString(5),
                          ForecastShape.valueOf(rs.getString(6))),
                      FigureColumns.date(rs.getString(7)),
                      bounds.get(path),
                      observations.getOrDefault(path, List.of()),
                      targets.getOrDefault(path, List.of())));
        }
      }
    }
    List<Programme> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, name, country, note FROM cat_programme"
                + (only == null ? "" : " WHERE id = ?")
                + " ORDER BY ord")) {
      bindOnly(ps, only);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString(1);
          out.add(
              new Programme(
                  id,
                  rs.getString(2),
                  rs.getString(3),
                  new Substitution(
                      incumbents.getOrDefault(id, List.of()),
                      substitutes.getOrDefault(id, List.of())),
                  series.getOrDefault(id, List.of()),
                  rs.getString(4)));
        }
      }
    }
    return out;
  }

  private static void bindOnly(PreparedStatement ps, String only) throws SQLException {
    if (only != null) {
      ps.setString(1, only);
    }
  }

  static List<String> ids(Connection c, String table) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id FROM " + table + " ORDER BY ord")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  static int observationCount(Connection c, String programme, String series) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT coalesce(max(ord), 0) FROM cat_observation WHERE programme = ? AND series = ?")) {
      ps.setString(1, programme);
      ps.setString(2, series);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  static List<Claim> claims(Connection c) throws SQLException {
    Map<String, List<String>> figures = new LinkedHashMap<>();
    Map<String, List<String>> measures = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT claim, kind, ref FROM cat_evidence ORDER BY claim, kind, ord")) {
      while (rs.next()) {
        (rs.getString(2).equals("figure") ? figures : measures)
            .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
            .add(rs.getString(3));
      }
    }
    List<Claim> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT id, country, speaker, said_on, said_source, said_quote, statement,"
                    + " check_subject, check_comparison, check_level, check_by FROM cat_claim"
                    + " ORDER BY ord")) {
      while (rs.next()) {
        String id = rs.getString(1);
        Check check = null;
        if (rs.getString(8) != null) {
          check =
              new Check(
                  rs.getString(8),
                  Comparison.valueOf(rs.getString(9)),
                  rs.getDouble(10),
                  FigureColumns.date(rs.getString(11)));
        }
        out.add(
            new Claim(
                id,
                rs.getString(2),
                new Attribution(
                    rs.getString(3),
                    FigureColumns.date(rs.getString(4)),
                    new Citation(rs.getString(5), rs.getString(6))),
                rs.getString(7),
                check,
                new EvidenceLinks(
                    figures.getOrDefault(id, List.of()), measures.getOrDefault(id, List.of()))));
      }
    }
    return out;
  }

  private static List<VendorReplacement> replacements(Connection c) throws SQLException {
    Map<Integer, List<String>> foreign = new LinkedHashMap<>();
    Map<Integer, List<String>> domestic = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT replacement, side, name FROM cat_replacement_vendor"
                    + " ORDER BY replacement, side, ord")) {
      while (rs.next()) {
        (rs.getString(2).equals("foreign") ? foreign : domestic)
            .computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
            .add(rs.getString(3));
      }
    }
    List<VendorReplacement> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT ord, category, product_count, source_id, quote FROM cat_replacement"
                    + " ORDER BY ord")) {
      while (rs.next()) {
        int ord = rs.getInt(1);
        out.add(
            new VendorReplacement(
                rs.getString(2),
                foreign.getOrDefault(ord, List.of()),
                domestic.getOrDefault(ord, List.of()),
                rs.getInt(3),
                new Citation(rs.getString(4), rs.getString(5))));
      }
    }
    return out;
  }
}
