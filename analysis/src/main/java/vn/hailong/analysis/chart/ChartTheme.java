package vn.hailong.analysis.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.awt.Paint;
import java.awt.Stroke;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import vn.hailong.analysis.PercentFormat;
import vn.hailong.analysis.Status;

/**
 * The one place where charts are styled: fonts, colours, strokes and the target line. Every chart
 * calls {@link #apply} once; no chart sets a font or colour of its own.
 *
 * <p>Text uses DejaVu Sans, bundled in the jar and loaded with {@link Font#createFont}, so that
 * Vietnamese diacritics (ệ, ượ, ổ ...) render the same on a fresh headless server as on a desktop.
 * Status colours: {@link Status#MET} green, {@link Status#BELOW} amber, {@link
 * Status#SIGNIFICANTLY_BELOW} red, {@link Status#INSUFFICIENT_DATA} grey. Line colours follow the
 * Okabe-Ito palette, which colour-blind readers can tell apart.
 */
public final class ChartTheme {
  static {
    // Charts are rendered on servers without a display.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private static final Font REGULAR = load("DejaVuSans.ttf");
  private static final Font BOLD = load("DejaVuSans-Bold.ttf");

  /** Colour of the target line. */
  public static final Color TARGET_COLOR = new Color(0x26, 0x32, 0x38);

  /** Colour of the satisfaction index line in trend charts. */
  public static final Color INDEX_COLOR = Color.BLACK;

  /** Periods in which improvement tasks were done (the trend's ✓ marks): a calm green. */
  public static final Color DONE_COLOR = new Color(0x2E, 0x7D, 0x32);

  private static final Paint[] LINE_COLORS = {
    new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
    new Color(0xD55E00), new Color(0xCC79A7), new Color(0x56B4E9)
  };
  private static final Stroke LINE_STROKE = new BasicStroke(2f);
  private static final Stroke INDEX_STROKE = new BasicStroke(4f);
  private static final Stroke TARGET_STROKE =
      new BasicStroke(
          2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f);

  private static final Stroke TARGET_TICK_STROKE = new BasicStroke(3f);

  private static final StandardChartTheme THEME = build();

  private ChartTheme() {}

  /** A bundled DejaVu Sans font: {@code bold} or regular, at the given point size. */
  public static Font font(boolean bold, float size) {
    return (bold ? BOLD : REGULAR).deriveFont(Font.PLAIN, size);
  }

  /**
   * Applies the theme to a chart and returns it. Call it after the axes and renderers are in place
   * (it styles them) and before per-series strokes or paints (it resets those).
   */
  public static JFreeChart apply(JFreeChart chart) {
    THEME.apply(chart);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    return chart;
  }

  /** The fill colour of a bar with the given status. */
  public static Color statusColor(Status status) {
    return switch (status) {
      case MET -> new Color(0x2E7D32);
      case BELOW -> new Color(0xF9A825);
      case SIGNIFICANTLY_BELOW -> new Color(0xC62828);
      case INSUFFICIENT_DATA -> new Color(0x9E9E9E);
    };
  }

  /** The stroke of a trend line; the satisfaction index is drawn thicker. */
  public static Stroke lineStroke(boolean index) {
    return index ? INDEX_STROKE : LINE_STROKE;
  }

  /** The stroke of the target line, dashed. */
  public static Stroke targetStroke() {
    return TARGET_STROKE;
  }

  /** The whisker of a 95% interval. */
  public static final Color INTERVAL_COLOR = new Color(0x37, 0x47, 0x4F);

  /** The label of the target line, e.g. "Mục tiêu 85,0%" (the dashboard's word too). */
  public static String targetLabel(double percent) {
    return "Mục tiêu " + PercentFormat.vi(percent);
  }

  /**
   * Text drawn on a bar of the status's colour: white on green and red, near-black on amber, grey.
   */
  public static Color labelOn(Status status) {
    return status == Status.BELOW || status == Status.INSUFFICIENT_DATA
        ? new Color(0x21, 0x21, 0x21)
        : Color.WHITE;
  }

  /** The dashed line at the target percent, without label (the legend names it). */
  public static ValueMarker targetLine(double percent) {
    return new ValueMarker(percent, TARGET_COLOR, TARGET_STROKE);
  }

  /** The dashed horizontal line at the target percent, labelled "Mục tiêu 85,0%" at its right. */
  public static ValueMarker targetMarker(double percent) {
    ValueMarker marker = targetLine(percent);
    marker.setLabel(targetLabel(percent));
    marker.setLabelFont(font(true, 11f));
    marker.setLabelPaint(TARGET_COLOR);
    marker.setLabelBackgroundColor(new Color(255, 255, 255, 210));
    marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
    marker.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
    return marker;
  }

  /**
   * A percent axis: range {@code lower..100}, ticks like "80%" every 10 points (5 when the range is
   * 50 points or less). Set it before {@link #apply}.
   */
  public static NumberAxis percentAxis(String label, double lower) {
    NumberAxis axis = new NumberAxis(label);
    axis.setRange(lower, 100);
    axis.setTickUnit(
        new NumberTickUnit(100 - lower > 50 ? 10 : 5, PercentFormat.numberFormat(0, true)));
    return axis;
  }

  /** How target ticks over bars are drawn when criteria have different targets. */
  static Stroke targetTickStroke() {
    return TARGET_TICK_STROKE;
  }

  private static StandardChartTheme build() {
    StandardChartTheme theme = new StandardChartTheme("Hài Lòng");
    theme.setExtraLargeFont(font(true, 18f));
    theme.setLargeFont(font(true, 13f));
    theme.setRegularFont(font(false, 12f));
    theme.setSmallFont(font(false, 10f));
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setPlotOutlinePaint(new Color(0xBDBDBD));
    theme.setDomainGridlinePaint(new Color(0xE0E0E0));
    theme.setRangeGridlinePaint(new Color(0xE0E0E0));
    theme.setLegendBackgroundPaint(Color.WHITE);
    theme.setTitlePaint(new Color(0x212121));
    theme.setAxisLabelPaint(new Color(0x424242));
    theme.setTickLabelPaint(new Color(0x424242));
    theme.setItemLabelPaint(new Color(0x212121));
    theme.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
    theme.setBarPainter(new StandardBarPainter());
    theme.setShadowVisible(false);
    theme.setDrawingSupplier(
        new DefaultDrawingSupplier(
            LINE_COLORS,
            DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE,
            DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE,
            new Stroke[] {LINE_STROKE},
            DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
            DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
    return theme;
  }

  private static Font load(String file) {
    String path = "fonts/" + file;
    try (InputStream in = ChartTheme.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Bundled font missing: " + path);
      }
      Font font = Font.createFont(Font.TRUETYPE_FONT, in);
      // Registered so that SVG output and logical lookups by family name also find it.
      GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
      return font;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read bundled font " + path, e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("Bundled font " + path + " is not a TrueType font", e);
    }
  }
}
