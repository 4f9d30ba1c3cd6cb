package org.techsov.report;

import java.util.List;

/**
 * A section of a report: one page or more in PDF, one part in HTML.
 *
 * @param title the heading
 * @param blocks its content, in order
 */
public record Section(String title, List<Block> blocks) {
  public Section {
    blocks = List.copyOf(blocks);
  }
}
