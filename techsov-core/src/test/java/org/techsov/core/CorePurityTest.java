package org.techsov.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class CorePurityTest {
  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.techsov.core");

  @Test
  void coreDoesNoDatabaseNetworkOrFileSystemIo() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "java.net..", "java.nio.file..")
        .because("core is pure: the modules around it do I/O and hand it typed records")
        .check(CORE);
  }

  @Test
  void coreUsesNoFrameworkOrLibrary() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("java..", "javax.annotation..", "org.techsov.core..")
        .because("core depends on the JDK only")
        .check(CORE);
  }

  @Test
  void coreClassesAreImported() {
    org.assertj.core.api.Assertions.assertThat(CORE.size()).isGreaterThan(10);
  }
}
