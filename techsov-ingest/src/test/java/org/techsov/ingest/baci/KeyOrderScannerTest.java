package org.techsov.ingest.baci;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KeyOrderScannerTest {
  /** Feeds the text one byte at a time, so that every buffer boundary is exercised. */
  private static boolean increasing(String text) {
    KeyOrderScanner s = new KeyOrderScanner();
    byte[] b = text.getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < b.length; i++) {
      s.accept(b, i, 1);
    }
    return s.strictlyIncreasing();
  }

  private static final String HEADER = "t,i,j,k,v,q\n";

  @Test
  void sortedKeysAreProvedUnique() {
    assertThat(
            increasing(
                HEADER
                    + "2022,4,8,010121,1,1\n2022,4,8,010122,abc,NA\n2022,4,12,010121,1,\n2022,8,4,10121,1,1\n"))
        .isTrue();
    assertThat(increasing(HEADER + "2022,4,8,010121,1,1\r\n\r\n2022,4,8,010122,1,1")).isTrue();
  }

  @Test
  void aRepeatedKeyIsNotProvedEvenWhenWrittenDifferently() {
    assertThat(increasing(HEADER + "2022,4,8,010121,1,1\n2022,4,8,010121,2,1\n")).isFalse();
    assertThat(increasing(HEADER + "2022,4,8,10121,1,1\n2022,4,8,010121,2,1\n")).isFalse();
  }

  @Test
  void unsortedOrUnreadableKeysAreUnknown() {
    assertThat(increasing(HEADER + "2022,4,8,010122,1,1\n2022,4,8,010121,1,1\n")).isFalse();
    assertThat(increasing(HEADER + "2022,4,8,\"010121\",1,1\n2022,4,8,010122,1,1\n")).isFalse();
    assertThat(increasing(HEADER + "2022,4,8, 010121,1,1\n")).isFalse();
    assertThat(increasing(HEADER + "2022,4,8,85X231,1,1\n")).isFalse();
    assertThat(increasing(HEADER + "2022,4,8\n")).isFalse();
    assertThat(increasing(HEADER + "2022,4,,010121,1,1\n")).isFalse();
    assertThat(increasing(HEADER + "2022,4,8,010121,1,\"a\nb\"\n")).isFalse();
  }
}
