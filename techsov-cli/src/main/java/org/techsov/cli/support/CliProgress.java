package org.techsov.cli.support;

import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.techsov.core.spi.ProgressListener;

/**
 * Shows progress of long work on standard error: a progress bar per stage on a terminal, or a line
 * at every tenth of the work when standard error is not a terminal (logs, CI).
 */
public final class CliProgress implements ProgressListener, AutoCloseable {
  private final boolean enabled;
  private final boolean terminal;
  private final PrintWriter err;
  private String stage;
  private ProgressBar bar;
  private long lastTenth = -1;

  public CliProgress(boolean enabled, PrintWriter err) {
    this.enabled = enabled;
    this.err = err;
    this.terminal = System.console() != null;
  }

  @Override
  public synchronized void update(String newStage, long done, long total) {
    if (!enabled) {
      return;
    }
    if (!newStage.equals(stage)) {
      finishStage();
      stage = newStage;
      lastTenth = -1;
      if (terminal) {
        bar =
            new ProgressBarBuilder()
                .setTaskName(label(newStage))
                .setInitialMax(Math.max(total, 1))
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build();
      }
    }
    if (bar != null) {
      bar.maxHint(Math.max(total, 1));
      bar.stepTo(done);
    } else if (total > 0) {
      long tenth = 10 * done / total;
      if (tenth != lastTenth) {
        lastTenth = tenth;
        err.printf(Locale.ROOT, "%s %d%%%n", label(newStage), 10 * tenth);
        err.flush();
      }
    }
  }

  private static String label(String stage) {
    return String.format(Locale.ROOT, "%-9s", stage);
  }

  private void finishStage() {
    if (bar != null) {
      bar.stepTo(bar.getMax());
      bar.close();
      bar = null;
    }
  }

  @Override
  public synchronized void close() {
    finishStage();
    stage = null;
  }
}
