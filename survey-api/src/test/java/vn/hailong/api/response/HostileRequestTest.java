package vn.hailong.api.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;
import vn.hailong.api.support.Ratings;

/**
 * Hostile bodies and headers, sent as raw bytes: each is answered 4xx problem+json with a
 * documented type, and nothing is stored. Bodies a lenient parser would guess at (other encodings,
 * duplicate keys, bytes after the value) are refused rather than interpreted.
 */
@MicronautTest(transactional = false)
class HostileRequestTest {
  private static final String UNIT = "khanh-hoa.p-bac-nha-trang";
  private static final String ID = "7b0d0f5e-3c1a-4f7e-9a55-0d6f8f1e2a01";
  private static final String NOW =
      OffsetDateTime.now(ZoneOffset.ofHours(7)).minusMinutes(1).withNano(0).toString();

  @Inject EmbeddedServer server;
  @Inject ApplicationContext context;
  @Inject Database db;
  @Inject Api api;

  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void empty() {
    db.clearResponses();
  }

  /** A valid web rating whose comment is {@code comment}, as JSON text. */
  private static String rating(String comment) {
    return "{\"id\": \""
        + ID
        + "\", \"unitCode\": \""
        + UNIT
        + "\", \"channel\": \"WEB\","
        + " \"submittedAt\": \""
        + NOW
        + "\", \"answers\": {\"ACCESS\": 4},"
        + " \"comment\": \""
        + comment
        + "\"}";
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The valid rating with {@code bytes} spliced into its comment. */
  private static byte[] withCommentBytes(int... bytes) {
    String[] parts = rating("@@").split("@@");
    var out = new ByteArrayOutputStream();
    out.writeBytes(utf8(parts[0]));
    for (int b : bytes) {
      out.write(b);
    }
    out.writeBytes(utf8(parts[1]));
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    var out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  private static Arguments json(String name, byte[] body, String type) {
    return Arguments.of(name, body, "application/json", type);
  }

  static Stream<Arguments> hostile() {
    String valid = rating("Tốt");
    List<Arguments> cases = new ArrayList<>();
    // encodings: only strict UTF-8 is JSON between systems (RFC 8259 section 8.1)
    cases.add(json("overlong 2-byte '/'", withCommentBytes(0xC0, 0xAF), "unreadable-body"));
    cases.add(json("overlong 3-byte '/'", withCommentBytes(0xE0, 0x80, 0xAF), "unreadable-body"));
    cases.add(json("overlong NUL", withCommentBytes(0xC0, 0x80), "unreadable-body"));
    cases.add(
        json(
            "CESU-8 surrogate pair",
            withCommentBytes(0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80),
            "unreadable-body"));
    cases.add(json("lone surrogate bytes", withCommentBytes(0xED, 0xA0, 0x80), "unreadable-body"));
    cases.add(json("byte 0xFF", withCommentBytes(0xFF), "unreadable-body"));
    cases.add(json("Latin-1 ý", withCommentBytes(0xFD), "unreadable-body"));
    cases.add(json("truncated sequence", withCommentBytes(0xE1, 0xBB), "unreadable-body"));
    cases.add(
        json(
            "code point above U+10FFFF",
            withCommentBytes(0xF4, 0x90, 0x80, 0x80),
            "unreadable-body"));
    cases.add(
        json(
            "UTF-16LE with BOM",
            concat(
                new byte[] {(byte) 0xFF, (byte) 0xFE}, valid.getBytes(StandardCharsets.UTF_16LE)),
            "unreadable-body"));
    cases.add(
        json("UTF-16BE without BOM", valid.getBytes(StandardCharsets.UTF_16BE), "unreadable-body"));
    cases.add(json("UTF-32", valid.getBytes(Charset.forName("UTF-32")), "unreadable-body"));
    cases.add(
        json(
            "UTF-8 byte order mark",
            concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(valid)),
            "unreadable-body"));
    cases.add(json("escaped lone surrogate", utf8(rating("\\ud800")), "unreadable-body"));
    cases.add(
        json("escaped low surrogate first", utf8(rating("\\udc00\\ud800")), "unreadable-body"));
    // one JSON value and nothing after it
    cases.add(json("NUL after the value", concat(utf8(valid), new byte[] {0}), "unreadable-body"));
    cases.add(json("a second object", utf8(valid + valid), "unreadable-body"));
    cases.add(json("text after the value", utf8(valid + " x"), "unreadable-body"));
    cases.add(json("empty body", new byte[0], "unreadable-body"));
    cases.add(json("only whitespace", utf8("  \n "), "unreadable-body"));
    cases.add(json("null", utf8("null"), "unreadable-body"));
    cases.add(json("a string", utf8("\"rating\""), "unreadable-body"));
    // duplicate keys: which one counts would be the parser's guess
    cases.add(
        json(
            "answers twice",
            utf8(
                valid.replace(
                    "\"answers\": {\"ACCESS\": 4},",
                    "\"answers\": {\"ACCESS\": 1}, \"answers\": {\"ACCESS\": 5},")),
            "unreadable-body"));
    cases.add(
        json(
            "a question twice",
            utf8(valid.replace("{\"ACCESS\": 4}", "{\"ACCESS\": 1, \"ACCESS\": 5}")),
            "unreadable-body"));
    cases.add(
        json(
            "id twice",
            utf8(valid.replace("\"unitCode\"", "\"id\": \"" + ID + "\", \"unitCode\"")),
            "unreadable-body"));
    // not JSON at all, or JSON5 liberties
    cases.add(
        json(
            "a comment in JSON",
            utf8(valid.replace("{\"id\"", "{/* x */ \"id\"")),
            "unreadable-body"));
    cases.add(
        json(
            "single quotes",
            utf8(valid.replace("\"channel\": \"WEB\"", "'channel': 'WEB'")),
            "unreadable-body"));
    cases.add(
        json(
            "trailing comma",
            utf8(valid.replace("}}", "}},").replace("\"}", "\",}")),
            "unreadable-body"));
    cases.add(
        json("unquoted key", utf8(valid.replace("\"channel\"", "channel")), "unreadable-body"));
    cases.add(
        json(
            "NaN rating",
            utf8(valid.replace("\"ACCESS\": 4", "\"ACCESS\": NaN")),
            "unreadable-body"));
    cases.add(
        json(
            "leading zero",
            utf8(valid.replace("\"ACCESS\": 4", "\"ACCESS\": 04")),
            "unreadable-body"));
    cases.add(json("raw newline in a string", utf8(rating("dòng 1\ndòng 2")), "unreadable-body"));
    cases.add(
        json("nesting 5,000 deep", utf8("[".repeat(5000) + "]".repeat(5000)), "unreadable-body"));
    // well-formed, but not a rating
    cases.add(
        json(
            "rating 1e400",
            utf8(valid.replace("\"ACCESS\": 4", "\"ACCESS\": 1e400")),
            "invalid-request"));
    cases.add(
        json(
            "rating 4.0",
            utf8(valid.replace("\"ACCESS\": 4", "\"ACCESS\": 4.0")),
            "invalid-request"));
    cases.add(
        json(
            "rating -1",
            utf8(valid.replace("\"ACCESS\": 4", "\"ACCESS\": -1")),
            "invalid-request"));
    cases.add(
        json(
            "rating true",
            utf8(valid.replace("\"ACCESS\": 4", "\"ACCESS\": true")),
            "invalid-request"));
    cases.add(
        json("unit code with SQL", utf8(valid.replace(UNIT, "x' OR '1'='1")), "invalid-request"));
    cases.add(
        json(
            "receipt with a NUL escape",
            utf8(valid.replace("\"comment\"", "\"receiptCode\": \"A\\u0000B\", \"comment\"")),
            "invalid-request"));
    // content types: the body is JSON in UTF-8, and says so
    cases.add(Arguments.of("text/plain", utf8(valid), "text/plain", "unsupported-media-type"));
    cases.add(
        Arguments.of(
            "form encoded",
            utf8("id=" + ID),
            "application/x-www-form-urlencoded",
            "unsupported-media-type"));
    cases.add(
        Arguments.of(
            "JSON declared UTF-16",
            valid.getBytes(StandardCharsets.UTF_16),
            "application/json; charset=utf-16",
            "unsupported-media-type"));
    cases.add(
        Arguments.of(
            "JSON declared Latin-1",
            utf8(valid),
            "application/json; charset=iso-8859-1",
            "unsupported-media-type"));
    cases.add(Arguments.of("XML", utf8("<rating/>"), "application/xml", "unsupported-media-type"));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void isRefusedWithItsTypeAndStoresNothing(
      String name, byte[] body, String contentType, String type) throws Exception {
    HttpResponse<String> reply =
        http.send(
            HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/responses"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertTrue(
        reply.statusCode() >= 400 && reply.statusCode() < 500,
        name + ": " + reply.statusCode() + " " + reply.body());
    assertTrue(
        reply
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        name);
    assertTrue(
        reply.body().contains("\"type\":\"urn:hailong:problem:" + type + "\""),
        name + ": " + reply.body());
    assertEquals(0, db.responses(), name);
    assertEquals(0, db.rollupTotal(), name);
  }

  @Test
  void theSameBodyInStrictUtf8IsStored() throws Exception {
    HttpResponse<String> reply =
        http.send(
            HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/responses"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(utf8(rating("Cán bộ tận tình 👍"))))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(201, reply.statusCode(), reply.body());
    assertEquals("Cán bộ tận tình 👍", db.text("SELECT comment FROM response"));
  }

  @Test
  void receiptCodesAreOneSpellingOnEveryDatabase() {
    var first = Ratings.with(Ratings.web(UNIT, NOW), "receiptCode", "cl-2025-0042 ");
    var second = Ratings.with(Ratings.web(UNIT, NOW), "receiptCode", "CL-2025-0042");

    assertEquals(201, api.post("/api/v1/responses", first).status());
    Api.Reply again = api.post("/api/v1/responses", second);

    assertEquals(409, again.status(), again.toString());
    assertEquals("urn:hailong:problem:receipt-used", again.text("type"));
    assertEquals("CL-2025-0042", db.text("SELECT receipt_code FROM response"));
    assertEquals(1, db.responses());
  }

  @Test
  void theEmbeddedDatabaseCommitsDurably() throws Exception {
    String embeddedUrl = context.getRequiredProperty("hailong.embedded-database-url", String.class);
    Path dir = Files.createTempDirectory("hailong-h2");
    String url = embeddedUrl.replace("./data/hailong", dir.resolve("hailong").toString());
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        ResultSet rows =
            c.createStatement()
                .executeQuery(
                    "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                        + " WHERE SETTING_NAME = 'WRITE_DELAY'")) {
      assertTrue(rows.next());
      assertEquals("0", rows.getString(1), "H2 would keep acknowledged ratings in memory");
    }
  }
}
