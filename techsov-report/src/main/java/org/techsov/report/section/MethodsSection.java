package org.techsov.report.section;

import java.util.ArrayList;
import java.util.List;
import org.techsov.core.reference.Bloc;
import org.techsov.core.spi.ImportRecord;
import org.techsov.report.Block;
import org.techsov.report.ReportInput;
import org.techsov.report.ReportRequest;
import org.techsov.report.ReportSection;
import org.techsov.report.Section;

/** How the figures are computed and where the data come from. */
public final class MethodsSection implements ReportSection {
  @Override
  public Section build(ReportInput in) {
    ReportRequest r = in.request();
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Block.Paragraph(
            "Import value T is the sum over suppliers j of the yearly import values v_j with"
                + " positive value (current US dollars, as the importer's partners report them in"
                + " BACI). A supplier's share is v_j / T; the Herfindahl-Hirschman index HHI is the"
                + " sum of squared shares (0-1), and 1/HHI the equivalent number of equal"
                + " suppliers. A bloc's share is the value from its members over T, with"
                + " membership taken on "
                + r.blocDate()
                + " for every year. Technology areas are sets of HS headings and subheadings; a"
                + " product in several areas counts in each."));
    blocks.add(
        new Block.Paragraph(
            "Reproduce the tables with: techsov dependency --importer "
                + r.country()
                + " --area "
                + String.join(",", r.areas())
                + " --from "
                + r.fromYear()
                + " --to "
                + r.year()
                + " --bloc "
                + String.join(",", r.blocs())
                + " --bloc-date "
                + r.blocDate()));
    List<List<String>> blocs = new ArrayList<>();
    for (String id : r.blocs()) {
      Bloc b = in.reference().bloc(id);
      blocs.add(
          List.of(
              b.id(), b.name(), Integer.toString(b.membersOn(r.blocDate()).size()), b.source()));
    }
    blocks.add(new Block.Table(List.of("bloc", "name", "members", "source"), blocs));
    List<List<String>> sources = new ArrayList<>();
    for (ImportRecord i : in.imports()) {
      sources.add(
          List.of(
              i.fileName(),
              i.source() + " " + i.revision(),
              i.years().toString(),
              String.format(java.util.Locale.ROOT, "%,d", i.rowsStored()),
              String.format(java.util.Locale.ROOT, "%,d", i.rowsRejected()),
              i.checksum().substring(0, Math.min(16, i.checksum().length()))));
    }
    blocks.add(
        new Block.Paragraph(
            "Data: the store's imports, each accounted (rows read = stored + rejected), with the"
                + " first digits of the file's SHA-256. Reference data version "
                + in.reference().version()
                + "."));
    blocks.add(
        new Block.Table(
            List.of("file", "source", "years", "rows stored", "rejected", "SHA-256"), sources));
    return new Section("Methods and sources", blocks);
  }
}
