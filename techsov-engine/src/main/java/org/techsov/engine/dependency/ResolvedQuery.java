package org.techsov.engine.dependency;

import java.util.List;
import org.techsov.core.dependency.DependencyQuery;

/**
 * A dependency query with its names resolved against the store: importer keys, the codes of the
 * areas it uses, the product codes it is restricted to.
 */
record ResolvedQuery(
    DependencyQuery query,
    List<Integer> importerKeys,
    List<AreaCode> areaCodes,
    List<AreaCode> productCodes) {
  ResolvedQuery {
    importerKeys = List.copyOf(importerKeys);
    areaCodes = List.copyOf(areaCodes);
    productCodes = List.copyOf(productCodes);
  }
}
