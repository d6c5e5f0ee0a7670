package vn.hailong.api.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Ratings;

@MicronautTest
class ChartControllerTest {
  static final String QUERY =
      "?unit=khanh-hoa.h-cam-lam&from=2024-01-01&to=2024-12-31&period=QUARTER";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject Api api;

  private HttpResponse<byte[]> get(String uri) {
    return client
        .toBlocking()
        .exchange(HttpRequest.GET(uri).bearerAuth(api.adminToken()), Argument.of(byte[].class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"trend", "criteria", "ranking"})
  void eachChartIsADecodablePngOfTheRequestedSize(String kind) throws Exception {
    api.post(
        "/api/v1/responses",
        Ratings.web("khanh-hoa.h-cam-lam.tt-cam-duc", "2024-05-02T09:00:00+07:00"));

    HttpResponse<byte[]> response =
        get("/api/v1/charts/" + kind + ".png" + QUERY + "&width=640&height=400");

    assertEquals("image/png", response.getContentType().orElseThrow().toString());
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
    assertEquals(640, image.getWidth());
    assertEquals(400, image.getHeight());
  }

  @Test
  void theSvgIsXmlWithTheUnitsVietnameseName() throws Exception {
    HttpResponse<byte[]> response =
        get("/api/v1/charts/trend.svg" + QUERY + "&width=800&height=500");

    String svg = new String(response.body(), StandardCharsets.UTF_8);
    Document document =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(response.body()));
    assertEquals("svg", document.getDocumentElement().getNodeName());
    assertTrue(svg.contains("Huyện Cam Lâm"), "the title names the unit");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aFourThousandSquareChartIsRefusedWithFieldProblems() {
    Api.Reply reply =
        api.get("/api/v1/charts/trend.png" + QUERY + "&width=4000&height=4000", api.adminToken());

    assertEquals(400, reply.status(), reply.toString());
    assertTrue(reply.isProblem());
    assertEquals("urn:hailong:problem:invalid-request", reply.text("type"));
    assertEquals(
        List.of("width:too-many-pixels", "height:too-many-pixels"),
        ((List<Map<String, Object>>) reply.json().get("errors"))
            .stream().map(e -> e.get("field") + ":" + e.get("code")).toList());
  }

  @Test
  void unknownChartsAndSizesAreProblems() {
    String token = api.adminToken();
    Api.Reply unknown = api.get("/api/v1/charts/pie.png" + QUERY, token);
    Api.Reply huge = api.get("/api/v1/charts/trend.png" + QUERY + "&width=10000", token);
    Api.Reply anonymous = api.get("/api/v1/charts/trend.png" + QUERY);

    assertEquals(404, unknown.status());
    assertTrue(unknown.isProblem());
    assertEquals(400, huge.status());
    assertTrue(huge.isProblem());
    assertEquals(401, anonymous.status());
  }
}
