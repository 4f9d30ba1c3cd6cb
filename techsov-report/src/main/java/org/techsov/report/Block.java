package org.techsov.report;

import java.util.List;

/** A piece of a report section: text, a table or a chart. */
public sealed interface Block {
  /** A paragraph of plain text. */
  record Paragraph(String text) implements Block {}

  /** A table of text cells; the first row is {@code head}. */
  record Table(List<String> head, List<List<String>> rows) implements Block {
    public Table {
      head = List.copyOf(head);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /** A chart, rendered as SVG in HTML and as an image in PDF. */
  record Chart(ChartSpec spec) implements Block {}
}
