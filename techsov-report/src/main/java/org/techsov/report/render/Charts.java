package org.techsov.report.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.techsov.report.ChartSpec;

/** Draws a {@link ChartSpec} with JFreeChart, headless, as SVG text or PNG bytes. */
public final class Charts {
  /** The dashboard's palette, so that report and dashboard look alike. */
  static final Color[] PALETTE = {
    new Color(0x1f77b4),
    new Color(0xd62728),
    new Color(0xff7f0e),
    new Color(0x2ca02c),
    new Color(0x9467bd),
    new Color(0x8c564b),
    new Color(0x7f7f7f)
  };

  private Charts() {}

  /** The chart as an {@code <svg>} element; {@code id} keeps its definitions apart from others'. */
  public static String svg(ChartSpec spec, int width, int height, String id) {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    g.setDefsKeyPrefix(id);
    chart(spec).draw(g, new Rectangle(0, 0, width, height));
    return g.getSVGElement(id);
  }

  /** The chart as PNG, drawn at {@code scale} times the size for sharp print. */
  public static byte[] png(ChartSpec spec, int width, int height, int scale) {
    BufferedImage img =
        new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.scale(scale, scale);
      chart(spec).draw(g, new Rectangle(0, 0, width, height));
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static JFreeChart chart(ChartSpec spec) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (ChartSpec.Series s : spec.series()) {
      for (int i = 0; i < spec.categories().size(); i++) {
        double v = s.values().get(i);
        data.addValue(Double.isFinite(v) ? v : null, s.name(), spec.categories().get(i));
      }
    }
    boolean legend = spec.series().size() > 1;
    JFreeChart c =
        switch (spec.kind()) {
          case BAR ->
              ChartFactory.createBarChart(
                  spec.title(),
                  null,
                  spec.valueAxis(),
                  data,
                  PlotOrientation.VERTICAL,
                  legend,
                  false,
                  false);
          case STACKED_BAR ->
              ChartFactory.createStackedBarChart(
                  spec.title(),
                  null,
                  spec.valueAxis(),
                  data,
                  PlotOrientation.HORIZONTAL,
                  legend,
                  false,
                  false);
          case LINE ->
              ChartFactory.createLineChart(
                  spec.title(),
                  null,
                  spec.valueAxis(),
                  data,
                  PlotOrientation.VERTICAL,
                  legend,
                  false,
                  false);
        };
    style(c, spec);
    return c;
  }

  private static void style(JFreeChart c, ChartSpec spec) {
    c.setBackgroundPaint(Color.WHITE);
    c.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    CategoryPlot plot = c.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xdddddd));
    plot.setOutlineVisible(false);
    NumberAxis axis = (NumberAxis) plot.getRangeAxis();
    if (spec.percent()) {
      axis.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
      if (spec.kind() == ChartSpec.Kind.STACKED_BAR) {
        axis.setRange(0, 1);
      }
    } else {
      axis.setNumberFormatOverride(
          NumberFormat.getCompactNumberInstance(Locale.ROOT, NumberFormat.Style.SHORT));
    }
    if (spec.kind() == ChartSpec.Kind.BAR && spec.categories().size() > 6) {
      plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    CategoryItemRenderer r = plot.getRenderer();
    if (r instanceof BarRenderer b) {
      b.setBarPainter(new StandardBarPainter());
      b.setShadowVisible(false);
    }
    for (int i = 0; i < spec.series().size(); i++) {
      r.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
      r.setSeriesStroke(i, new BasicStroke(2.5f));
    }
  }
}
