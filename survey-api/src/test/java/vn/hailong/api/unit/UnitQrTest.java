package vn.hailong.api.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.QrImages;

@MicronautTest
@Property(name = "hailong.web.public-url", value = "https://hailong.khanhhoa.gov.vn")
class UnitQrTest {
  static final String BAC_NHA_TRANG = "khanh-hoa.p-bac-nha-trang";

  @Inject Api api;

  @Inject
  @Client("/")
  HttpClient client;

  private HttpResponse<byte[]> fetch(String uri) {
    return client.toBlocking().exchange(HttpRequest.GET(uri), Argument.of(byte[].class));
  }

  @Test
  void thePngOpensTheUnitsWebForm() throws Exception {
    HttpResponse<byte[]> response = fetch("/api/v1/units/" + BAC_NHA_TRANG + "/qr.png");

    assertEquals(200, response.getStatus().getCode());
    assertEquals("image/png", response.getContentType().orElseThrow().toString());
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
    assertEquals(512, image.getWidth());
    assertEquals(512, image.getHeight());
    assertEquals(
        "https://hailong.khanhhoa.gov.vn/form/?unit=khanh-hoa.p-bac-nha-trang",
        QrImages.decode(image));
  }

  @Test
  void theSizeIsChosenWithinBounds() throws Exception {
    BufferedImage small =
        ImageIO.read(
            new ByteArrayInputStream(
                fetch("/api/v1/units/" + BAC_NHA_TRANG + "/qr.png?size=128").body()));
    BufferedImage large =
        ImageIO.read(
            new ByteArrayInputStream(
                fetch("/api/v1/units/" + BAC_NHA_TRANG + "/qr.png?size=2048").body()));

    assertEquals(128, small.getWidth());
    assertEquals(2048, large.getWidth());
    assertEquals(QrImages.decode(small), QrImages.decode(large));

    for (String size : new String[] {"127", "2049", "0", "-512"}) {
      Api.Reply refused = api.get("/api/v1/units/" + BAC_NHA_TRANG + "/qr.png?size=" + size);
      assertEquals(400, refused.status(), refused.toString());
      assertTrue(refused.isProblem(), refused.toString());
      assertTrue(refused.text("detail").contains("128"), refused.toString());
    }
    Api.Reply notANumber = api.get("/api/v1/units/" + BAC_NHA_TRANG + "/qr.svg?size=lớn");
    assertEquals(400, notANumber.status(), notANumber.toString());
    assertTrue(notANumber.isProblem(), notANumber.toString());
  }

  @Test
  void theSvgIsTheSameCodeAsVectors() throws Exception {
    HttpResponse<byte[]> response = fetch("/api/v1/units/" + BAC_NHA_TRANG + "/qr.svg?size=300");

    assertEquals(200, response.getStatus().getCode());
    assertEquals("image/svg+xml", response.getContentType().orElseThrow().toString());
    Element svg =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(response.body()))
            .getDocumentElement();
    assertEquals("svg", svg.getTagName());
    assertEquals("300", svg.getAttribute("width"));
    // draw the SVG's unit squares back into pixels and read the code from them
    String[] box = svg.getAttribute("viewBox").split(" ");
    int modules = Integer.parseInt(box[2]);
    int scale = 8;
    var image = new BufferedImage(modules * scale, modules * scale, BufferedImage.TYPE_INT_RGB);
    var graphics = image.createGraphics();
    graphics.setColor(java.awt.Color.WHITE);
    graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
    graphics.setColor(java.awt.Color.BLACK);
    String path = ((Element) svg.getElementsByTagName("path").item(0)).getAttribute("d");
    for (String square : path.split("M")) {
      if (!square.isEmpty()) {
        String[] xy = square.substring(0, square.indexOf('h')).split(" ");
        graphics.fillRect(
            Integer.parseInt(xy[0]) * scale, Integer.parseInt(xy[1]) * scale, scale, scale);
      }
    }
    graphics.dispose();
    assertEquals(
        "https://hailong.khanhhoa.gov.vn/form/?unit=khanh-hoa.p-bac-nha-trang",
        QrImages.decode(image));
  }

  @Test
  void unknownAndEndedUnitsHaveNoCode() {
    Api.Reply unknown = api.get("/api/v1/units/khanh-hoa.x-khong-co/qr.png");
    // Vĩnh Hòa ward of Nha Trang ended with the reform of 2025-07-01
    Api.Reply ended = api.get("/api/v1/units/khanh-hoa.tp-nha-trang.p-vinh-hoa/qr.svg");

    assertEquals(404, unknown.status(), unknown.toString());
    assertTrue(unknown.isProblem(), unknown.toString());
    assertEquals(404, ended.status(), ended.toString());
    assertTrue(ended.isProblem(), ended.toString());
  }
}
