package org.techsov.core.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A dated list of goods, such as the Common High Priority List of the EU, US, UK and Japan.
 *
 * @param id identifier used on the command line, e.g. {@code chpl}
 * @param name descriptive name
 * @param version date of the version
 * @param source publisher and address
 * @param items the goods with their tiers
 */
public record GoodsList(
    String id, String name, LocalDate version, String source, List<PriorityItem> items) {
  public GoodsList {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    items = List.copyOf(items);
  }

  /** The entry covering {@code product}, if any (entries may be headings or subheadings). */
  public Optional<PriorityItem> find(HsCode product) {
    for (PriorityItem item : items) {
      if (product.isWithin(item.code())) {
        return Optional.of(item);
      }
    }
    return Optional.empty();
  }
}
