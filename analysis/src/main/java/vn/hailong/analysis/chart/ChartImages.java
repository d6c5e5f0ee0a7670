package vn.hailong.analysis.chart;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Renders a chart to PNG bytes or SVG text. Sizes are in pixels, {@value #MIN_SIZE} to {@value
 * #MAX_SIZE} each way and at most {@value #MAX_AREA} in all. PNGs are drawn on an opaque RGB image
 * (the theme's background is white): 4 bytes a pixel without an alpha channel to compose. The SVG
 * is drawn by Apache Batik's {@code SVGGraphics2D} (Apache licence), keeps text as text
 * (searchable, selectable; font family "DejaVu Sans") and has a {@code viewBox}, so it scales.
 */
public final class ChartImages {
  /** The smallest width or height accepted. */
  public static final int MIN_SIZE = 200;

  /** The largest width or height accepted. */
  public static final int MAX_SIZE = 4000;

  /**
   * The most pixels (width × height) accepted: 2000x2000 or an A4 page at about 200 dpi, 16 MB
   * while it is drawn. A 4000x4000 image would hold 64 MB per request.
   */
  public static final int MAX_AREA = 4_000_000;

  private static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>]*>\\s*");

  private ChartImages() {}

  /** The chart as a PNG image. */
  public static byte[] png(JFreeChart chart, int width, int height) {
    checkSize(width, height);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      BufferedImage image =
          chart.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null);
      ChartUtils.writeBufferedImageAsPNG(out, image);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot encode chart as PNG", e);
    }
    return out.toByteArray();
  }

  /** The chart as an SVG document (UTF-8 text). */
  public static String svg(JFreeChart chart, int width, int height) {
    checkSize(width, height);
    Document document = newDocument();
    SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
    context.setComment("Hài Lòng chart");
    SVGGraphics2D graphics = new SVGGraphics2D(context, false);
    graphics.setSVGCanvasSize(new Dimension(width, height));
    chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
    Element root = graphics.getRoot();
    root.setAttributeNS(null, "viewBox", "0 0 " + width + " " + height);
    StringWriter out = new StringWriter();
    try {
      graphics.stream(root, out, true, false);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write chart as SVG", e);
    } finally {
      graphics.dispose();
    }
    // Batik writes an SVG 1.0 DOCTYPE that points to w3.org; SVG 1.1+ and browsers want none,
    // and XML parsers would try to fetch it.
    return DOCTYPE.matcher(out.toString()).replaceFirst("");
  }

  private static Document newDocument() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory
          .newDocumentBuilder()
          .getDOMImplementation()
          .createDocument(SVG_NS, "svg", null);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("No XML DOM available", e);
    }
  }

  /** True when a chart of this size may be drawn. */
  public static boolean acceptable(int width, int height) {
    return width >= MIN_SIZE
        && width <= MAX_SIZE
        && height >= MIN_SIZE
        && height <= MAX_SIZE
        && (long) width * height <= MAX_AREA;
  }

  private static void checkSize(int width, int height) {
    if (!acceptable(width, height)) {
      throw new IllegalArgumentException(
          "Chart size must be within "
              + MIN_SIZE
              + ".."
              + MAX_SIZE
              + " pixels each way and "
              + MAX_AREA
              + " pixels in all, got "
              + width
              + "x"
              + height);
    }
  }
}
