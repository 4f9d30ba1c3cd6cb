package org.techsov.core.bom;

import java.util.Set;

/**
 * The operation names the shipped examples and rule sets use. Any other lower-snake-case name is
 * accepted; a rule set simply awards it nothing unless it lists it.
 */
public final class OperationTypes {
  public static final String DESIGN = "design";
  public static final String WAFER_FABRICATION = "wafer_fabrication";
  public static final String DIE_PACKAGING = "die_packaging";
  public static final String TESTING = "testing";
  public static final String MODERNISATION = "modernisation";
  public static final String PCB_FABRICATION = "pcb_fabrication";
  public static final String SURFACE_MOUNT_PLACEMENT = "surface_mount_placement";
  public static final String PCB_ASSEMBLY = "pcb_assembly";
  public static final String FINAL_ASSEMBLY = "final_assembly";
  public static final String ASSEMBLY = "assembly";
  public static final String SOFTWARE = "software";
  public static final String PACKING = "packing";
  public static final String BRANDING = "branding";
  public static final String LABELLING = "labelling";

  /**
   * Operations that on their own do not make a product domestic ("a stamp on the box"): assembly
   * from kits, packing, branding, labelling. Rule sets may override the list.
   */
  public static final Set<String> SUPERFICIAL =
      Set.of(FINAL_ASSEMBLY, ASSEMBLY, PACKING, BRANDING, LABELLING, "kitting");

  private OperationTypes() {}
}
