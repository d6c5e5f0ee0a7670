package vn.hailong.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Renders a chart the way survey-api will and checks what a reader would see. */
final class RenderedChart {
  private final BufferedImage image;

  private RenderedChart(BufferedImage image) {
    this.image = image;
  }

  /** Renders to PNG, decodes it again and checks its size and that it is not blank. */
  static RenderedChart png(JFreeChart chart, int width, int height) throws IOException {
    byte[] png = ChartImages.png(chart, width, height);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertNotNull(image, "PNG does not decode");
    assertEquals(width, image.getWidth());
    assertEquals(height, image.getHeight());
    RenderedChart rendered = new RenderedChart(image);
    assertTrue(rendered.distinctColours() > 20, "looks blank: " + rendered.distinctColours());
    assertTrue(rendered.nonWhiteShare() > 0.02, "mostly white: " + rendered.nonWhiteShare());
    return rendered;
  }

  /** Renders to SVG, parses it (without fetching anything) and checks the root and the text. */
  static Document svg(JFreeChart chart, int width, int height, String expectedText)
      throws Exception {
    String svg = ChartImages.svg(chart, width, height);
    assertTrue(svg.contains(expectedText), "SVG lacks the text '" + expectedText + "'");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    assertEquals("svg", doc.getDocumentElement().getLocalName());
    assertEquals("http://www.w3.org/2000/svg", doc.getDocumentElement().getNamespaceURI());
    assertEquals(String.valueOf(width), doc.getDocumentElement().getAttribute("width"));
    assertEquals(String.valueOf(height), doc.getDocumentElement().getAttribute("height"));
    assertTrue(doc.getDocumentElement().getTextContent().contains(expectedText));
    return doc;
  }

  int distinctColours() {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        colours.add(image.getRGB(x, y) & 0xFFFFFF);
      }
    }
    return colours.size();
  }

  double nonWhiteShare() {
    long nonWhite = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
          nonWhite++;
        }
      }
    }
    return (double) nonWhite / ((long) image.getWidth() * image.getHeight());
  }

  /** How many pixels have exactly this colour. */
  long pixelsOf(Color colour) {
    int rgb = colour.getRGB() & 0xFFFFFF;
    long count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
          count++;
        }
      }
    }
    return count;
  }
}
