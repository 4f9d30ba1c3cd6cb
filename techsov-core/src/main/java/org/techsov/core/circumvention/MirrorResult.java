package org.techsov.core.circumvention;

import java.util.List;

/**
 * Mirror comparisons, ghost trade first, then by z.
 *
 * @param query what was asked
 * @param goods the goods compared
 * @param rows one per partner and product group with exports on both sides of the sanction
 * @param notes what the reader should know (partners that report no imports, months compared)
 */
public record MirrorResult(
    MirrorQuery query, String goods, List<MirrorRow> rows, List<String> notes) {
  public MirrorResult {
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
  }
}
