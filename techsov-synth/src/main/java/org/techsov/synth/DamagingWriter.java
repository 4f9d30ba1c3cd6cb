package org.techsov.synth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Writes BACI rows to a stream after the header, damaging rows as the corruption says and keeping
 * count of lines, good rows and damaged lines.
 */
final class DamagingWriter {
  private final String fileName;
  private final OutputStream out;
  private final Corruption corruption;
  private final List<Corruption.Line> damaged = new ArrayList<>();
  private final TreeMap<Integer, ByteArrayOutputStream> deferred = new TreeMap<>();
  private long line = 1;
  private long goodRows;

  DamagingWriter(String fileName, OutputStream out, Corruption corruption) throws IOException {
    this.fileName = fileName;
    this.out = out;
    this.corruption = corruption;
    out.write("t,i,j,k,v,q\n".getBytes(StandardCharsets.US_ASCII));
  }

  void defer(int year, byte[] rows) {
    deferred.computeIfAbsent(year, y -> new ByteArrayOutputStream()).writeBytes(rows);
  }

  void flushDeferred() throws IOException {
    for (ByteArrayOutputStream b : deferred.values()) {
      write(b.toByteArray());
    }
    deferred.clear();
  }

  void write(byte[] rows) throws IOException {
    if (corruption.isNone()) {
      out.write(rows);
      long n = count(rows);
      line += n;
      goodRows += n;
      return;
    }
    int start = 0;
    for (int p = 0; p < rows.length; p++) {
      if (rows[p] == '\n') {
        row(new String(rows, start, p - start, StandardCharsets.US_ASCII));
        start = p + 1;
      }
    }
  }

  private void row(String row) throws IOException {
    Corruption.Kind kind = corruption.next();
    if (kind == null) {
      emit(row);
      goodRows++;
    } else if (kind == Corruption.Kind.BLANK_LINE) {
      mark(kind);
      emit("");
      emit(row);
      goodRows++;
    } else if (kind == Corruption.Kind.DUPLICATE_KEY) {
      emit(row);
      goodRows++;
      String[] f = row.split(",", -1);
      mark(kind);
      emit(String.join(",", f[0], f[1], f[2], f[3], "1.000", f[5]));
    } else {
      mark(kind);
      emit(Corruption.damage(kind, row));
    }
  }

  private void mark(Corruption.Kind kind) {
    damaged.add(new Corruption.Line(fileName, line + 1, kind));
  }

  private void emit(String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.US_ASCII));
    out.write('\n');
    line++;
  }

  private static long count(byte[] rows) {
    long n = 0;
    for (byte b : rows) {
      if (b == '\n') {
        n++;
      }
    }
    return n;
  }

  long goodRows() {
    return goodRows;
  }

  List<Corruption.Line> damaged() {
    return damaged;
  }
}
