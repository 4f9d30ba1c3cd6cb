package org.techsov.core.complexity;

import java.util.List;

/** The computed arrays behind a {@link ComplexityResult}. */
record YearValues(
    double[] rca,
    double[] rpop,
    double[] eci,
    double[] pci,
    double[] coi,
    double[] density,
    double[] cog,
    double[] fitness,
    double[] productComplexity,
    double[] eciReflections,
    double[] pciReflections,
    ProductSpaceModel productSpace,
    List<String> warnings) {}
