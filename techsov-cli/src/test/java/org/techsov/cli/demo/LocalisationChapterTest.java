package org.techsov.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.techsov.ingest.reference.ReferenceDataLoader;

class LocalisationChapterTest {
  static String print(DemoChapter chapter) {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    // the localisation and embargo chapters read only the shipped examples, not the store
    chapter.run(
        new DemoContext(
            null, Path.of("demo.duckdb"), Path.of("."), null, ReferenceDataLoader.builtIn(), out));
    out.flush();
    return text.toString();
  }

  @Test
  void theChipReachesLevelTwoForPackagingTestingAndDesignDoneAtHome() {
    String text = print(new LocalisationChapter());
    // 20 die packaging + 15 design + 15 testing = 50 = level 2's minimum; 35 wafer points refused
    assertThat(text)
        .containsPattern("microcontroller +ru-719-microchips +50 points +level 2 +pass +no")
        .contains("Why the chip is level 2")
        .contains("awarded 20 points for die_packaging: done in RUS on MCU-32")
        .contains("awarded 15 points for design: done in RUS on MCU-32")
        .contains("awarded 15 points for testing: done in RUS on MCU-32")
        .contains("refused 35 points for wafer_fabrication: done in TWN on DIE-32, outside")
        .contains("level 1 not reached: 50.00 not >= 80.0")
        .doesNotContain("points for branding");
  }

  @Test
  void theRebadgedLaptopIsFlaggedAsAStampOnTheBox() {
    String text = print(new LocalisationChapter());
    // 5 points for final assembly; branding and packing earn nothing
    assertThat(text)
        .containsPattern("laptop-rebadged +ru-719-radio-electronics +5 points +- +fail +YES")
        .containsPattern("laptop +ru-719-radio-electronics +105 points +level 1 +pass +no")
        .contains("Why laptop-rebadged is flagged whatever its score")
        .contains("only branding, final_assembly, packing done in the territory");
  }

  @Test
  void eachTableNamesTheCommandThatReproducesIt() {
    assertThat(print(new LocalisationChapter()))
        .contains(
            "reproduce: techsov localisation score microcontroller --rules ru-719-microchips"
                + " --date 2026-01-01 --explain")
        .contains(
            "reproduce: techsov localisation score laptop laptop-rebadged --rules"
                + " ru-719-radio-electronics --date 2026-01-01 --explain")
        .contains("illustrative");
  }
}
