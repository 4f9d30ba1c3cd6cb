package org.techsov.ingest.baci;

/**
 * Watches the bytes of a BACI-layout CSV go by and decides whether its keys {@code (t, i, j, k)},
 * read as integers, strictly increase from row to row. If they do, the file holds no duplicate key
 * and the store may skip its own duplicate check; anything the scanner does not understand (quotes,
 * spaces, signs, non-digits in a key column, fewer than four fields) makes the answer "unknown" and
 * the store checks as usual. Blank lines are ignored, as the loader ignores them.
 */
final class KeyOrderScanner {
  private static final int KEY_FIELDS = 4;

  private final long[] key = new long[KEY_FIELDS];
  private final long[] previous = new long[KEY_FIELDS];
  private boolean headerDone;
  private boolean hasPrevious;
  private boolean unknown;
  private int field;
  private boolean fieldHasDigits;
  private int lineLength;

  /** Feeds the next bytes. */
  void accept(byte[] buf, int off, int len) {
    for (int p = off; p < off + len && !unknown; p++) {
      byte b = buf[p];
      if (b == '\n') {
        endOfLine();
      } else if (!headerDone || b == '\r') {
        lineLength += headerDone ? 0 : 1;
      } else {
        lineLength++;
        onByte(b);
      }
    }
  }

  private void onByte(byte b) {
    if (field >= KEY_FIELDS) {
      if (b == '"') {
        unknown = true;
      }
      return;
    }
    if (b == ',') {
      if (!fieldHasDigits) {
        unknown = true;
      }
      field++;
      fieldHasDigits = false;
    } else if (b >= '0' && b <= '9') {
      key[field] = key[field] * 10 + (b - '0');
      fieldHasDigits = true;
      if (key[field] > 100_000_000L) {
        unknown = true;
      }
    } else {
      unknown = true;
    }
  }

  private void endOfLine() {
    if (!headerDone) {
      headerDone = true;
    } else if (lineLength > 0) {
      if (field < KEY_FIELDS) {
        unknown = true;
        return;
      }
      if (hasPrevious && java.util.Arrays.compare(previous, key) >= 0) {
        unknown = true;
        return;
      }
      System.arraycopy(key, 0, previous, 0, KEY_FIELDS);
      hasPrevious = true;
    }
    java.util.Arrays.fill(key, 0);
    field = 0;
    fieldHasDigits = false;
    lineLength = 0;
  }

  /** True if every row seen so far had a strictly greater key than the row before it. */
  boolean strictlyIncreasing() {
    if (!unknown && lineLength > 0) {
      endOfLine(); // a last line without a line end
    }
    return !unknown && headerDone;
  }
}
