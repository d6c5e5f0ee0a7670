package vn.hailong.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hailong.api.support.Api;

/**
 * Every problem a client can receive has a stable, documented type: the application's own and the
 * framework's (no route, wrong method, unreadable body, too large...).
 */
@MicronautTest
class ProblemTypesTest {
  @Inject Api api;

  private static Set<String> documentedTypes() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "problems.md"));
    return Arrays.stream(doc.split("`"))
        .filter(word -> word.startsWith(ProblemType.PREFIX))
        .collect(Collectors.toSet());
  }

  @Test
  void everyTypeIsDocumented() throws IOException {
    Set<String> documented = documentedTypes();
    for (ProblemType type : ProblemType.values()) {
      assertTrue(documented.contains(type.uri()), type.uri() + " is missing from docs/problems.md");
    }
    assertEquals(
        ProblemType.values().length, documented.size(), "docs/problems.md lists " + documented);
  }

  static Stream<Arguments> requests() {
    String tooLarge = "{\"comment\": \"" + "x".repeat(70_000) + "\"}";
    return Stream.of(
        Arguments.of("no such route", HttpRequest.GET("/api/v1/nothing-here"), 404, "not-found"),
        Arguments.of(
            "no such unit",
            HttpRequest.GET("/api/v1/units/khanh-hoa.x-khong-co"),
            404,
            "not-found"),
        Arguments.of(
            "not logged in",
            HttpRequest.GET("/api/v1/analysis/satisfaction?unit=khanh-hoa"),
            401,
            "unauthorized"),
        Arguments.of(
            "forged token",
            HttpRequest.GET("/api/v1/analysis/satisfaction").bearerAuth("abc.def.ghi"),
            401,
            "unauthorized"),
        Arguments.of(
            "wrong password",
            HttpRequest.POST(
                "/api/v1/login", Map.of("username", "admin", "password", "sai-mat-khau")),
            401,
            "wrong-credentials"),
        Arguments.of(
            "login without password",
            HttpRequest.POST("/api/v1/login", Map.of("username", "admin")),
            400,
            "invalid-request"),
        Arguments.of(
            "unreadable JSON",
            HttpRequest.POST("/api/v1/responses", "{\"id\": ")
                .contentType(MediaType.APPLICATION_JSON),
            400,
            "unreadable-body"),
        Arguments.of(
            "body not an object",
            HttpRequest.POST("/api/v1/responses", "[1]").contentType(MediaType.APPLICATION_JSON),
            400,
            "unreadable-body"),
        Arguments.of(
            "missing fields",
            HttpRequest.POST("/api/v1/responses", "{}").contentType(MediaType.APPLICATION_JSON),
            400,
            "invalid-request"),
        Arguments.of(
            "too large",
            HttpRequest.POST("/api/v1/responses", tooLarge).contentType(MediaType.APPLICATION_JSON),
            413,
            "too-large"),
        Arguments.of(
            "bad QR size",
            HttpRequest.GET("/api/v1/units/khanh-hoa.p-bac-nha-trang/qr.png?size=5"),
            400,
            "invalid-request"),
        Arguments.of(
            "QR size not a number",
            HttpRequest.GET("/api/v1/units/khanh-hoa.p-bac-nha-trang/qr.png?size=lon"),
            400,
            "invalid-request"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void everyAnswerCarriesADocumentedType(
      String name, HttpRequest<?> request, int status, String slug) throws IOException {
    Api.Reply reply = api.exchange((io.micronaut.http.MutableHttpRequest<?>) request);

    assertEquals(status, reply.status(), name + ": " + reply);
    assertTrue(reply.isProblem(), name + ": " + reply);
    assertEquals(ProblemType.PREFIX + slug, reply.text("type"), name + ": " + reply);
    assertTrue(documentedTypes().contains(reply.text("type")), reply.text("type"));
  }

  @Test
  void aWrongMethodIsMethodNotAllowed() {
    // login is POST only; GET passes security (anonymous) and meets the router
    Api.Reply reply = api.get("/api/v1/login");

    assertEquals(405, reply.status(), reply.toString());
    assertEquals("urn:hailong:problem:method-not-allowed", reply.text("type"));
  }

  @Test
  void aForbiddenUnitIsForbiddenWithItsType() {
    String token = api.adminToken();
    api.post(
        "/api/v1/accounts",
        Map.of(
            "username",
            "can-bo-cam-lam",
            "password",
            "mat-khau-du-dai",
            "role",
            "OFFICER",
            "unitCode",
            "khanh-hoa.x-cam-lam"),
        token);
    String officer = api.login("can-bo-cam-lam", "mat-khau-du-dai");

    Api.Reply reply = api.get("/api/v1/analysis/satisfaction?unit=khanh-hoa", officer);

    assertEquals(403, reply.status(), reply.toString());
    assertEquals("urn:hailong:problem:forbidden", reply.text("type"));
  }
}
