package vn.hailong.api.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;

/** Each malformed body is answered 400 problem+json naming the field, and nothing is stored. */
@MicronautTest
class MalformedResponseTest {
  private static final String ID = "\"id\": \"7b0d0f5e-3c1a-4f7e-9a55-0d6f8f1e2a01\"";
  private static final String UNIT = "\"unitCode\": \"khanh-hoa.p-bac-nha-trang\"";
  private static final String CHANNEL = "\"channel\": \"WEB\"";
  private static final String AT = "\"submittedAt\": \"2025-07-02T09:15:00+07:00\"";
  private static final String ANSWERS = "\"answers\": {\"ACCESS\": 4, \"STAFF\": 5}";

  @Inject Api api;
  @Inject Database db;

  @BeforeEach
  void empty() {
    db.clearResponses();
  }

  private static String body(String... fields) {
    return "{" + String.join(", ", fields) + "}";
  }

  static Stream<Arguments> malformed() {
    String longComment = "\"comment\": \"" + "ý".repeat(1001) + "\"";
    String tomorrow = "\"submittedAt\": \"" + OffsetDateTime.now().plusDays(1) + "\"";
    return Stream.of(
        Arguments.of(
            "rating above 5",
            body(ID, UNIT, CHANNEL, AT, "\"answers\": {\"ACCESS\": 6}"),
            "answers.ACCESS"),
        Arguments.of(
            "rating 0",
            body(ID, UNIT, CHANNEL, AT, "\"answers\": {\"ACCESS\": 0}"),
            "answers.ACCESS"),
        Arguments.of(
            "fractional rating",
            body(ID, UNIT, CHANNEL, AT, "\"answers\": {\"ACCESS\": 4.5}"),
            "answers.ACCESS"),
        Arguments.of(
            "rating as text",
            body(ID, UNIT, CHANNEL, AT, "\"answers\": {\"ACCESS\": \"4\"}"),
            "answers.ACCESS"),
        Arguments.of(
            "unknown question",
            body(ID, UNIT, CHANNEL, AT, "\"answers\": {\"PRICE\": 4}"),
            "answers.PRICE"),
        Arguments.of("no answers", body(ID, UNIT, CHANNEL, AT, "\"answers\": {}"), "answers"),
        Arguments.of(
            "answers as a list", body(ID, UNIT, CHANNEL, AT, "\"answers\": [4, 5]"), "answers"),
        Arguments.of(
            "unknown unit",
            body(ID, "\"unitCode\": \"khanh-hoa.x-atlantis\"", CHANNEL, AT, ANSWERS),
            "unitCode"),
        Arguments.of("missing unit", body(ID, CHANNEL, AT, ANSWERS), "unitCode"),
        Arguments.of("missing id", body(UNIT, CHANNEL, AT, ANSWERS), "id"),
        Arguments.of(
            "id not a UUID", body("\"id\": \"rating-1\"", UNIT, CHANNEL, AT, ANSWERS), "id"),
        Arguments.of("id as a number", body("\"id\": 12345", UNIT, CHANNEL, AT, ANSWERS), "id"),
        Arguments.of(
            "unknown channel", body(ID, UNIT, "\"channel\": \"SMS\"", AT, ANSWERS), "channel"),
        Arguments.of(
            "time without offset",
            body(ID, UNIT, CHANNEL, "\"submittedAt\": \"2025-07-02T09:15:00\"", ANSWERS),
            "submittedAt"),
        Arguments.of(
            "paper form dated in the future",
            body(ID, UNIT, "\"channel\": \"PAPER\"", tomorrow, ANSWERS),
            "submittedAt"),
        Arguments.of(
            "time not a date",
            body(ID, UNIT, CHANNEL, "\"submittedAt\": \"hôm qua\"", ANSWERS),
            "submittedAt"),
        Arguments.of(
            "oversized comment", body(ID, UNIT, CHANNEL, AT, ANSWERS, longComment), "comment"),
        Arguments.of(
            "comment as an object",
            body(ID, UNIT, CHANNEL, AT, ANSWERS, "\"comment\": {\"text\": \"x\"}"),
            "comment"),
        Arguments.of(
            "receipt with spaces",
            body(ID, UNIT, CHANNEL, AT, ANSWERS, "\"receiptCode\": \"a b\""),
            "receiptCode"),
        Arguments.of(
            "old commune after the reform",
            body(ID, "\"unitCode\": \"khanh-hoa.tp-nha-trang.p-vinh-hoa\"", CHANNEL, AT, ANSWERS),
            "khanh-hoa.p-bac-nha-trang"),
        Arguments.of("body is a list", "[1, 2, 3]", ""),
        Arguments.of("body is not JSON", "ratings: 5", ""),
        Arguments.of("truncated JSON", "{\"id\": \"7b0d0f5e", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void isRefusedAndStoresNothing(String name, String body, String mentioned) {
    Api.Reply reply = api.postRaw("/api/v1/responses", body);

    assertEquals(400, reply.status(), name + ": " + reply);
    assertTrue(reply.isProblem(), name + ": " + reply);
    assertTrue(reply.text("detail").contains(mentioned), name + ": " + reply.text("detail"));
    assertEquals(0, db.responses());
    assertEquals(0, db.rollupTotal());
  }

  @org.junit.jupiter.api.Test
  void everyProblemIsReportedAtOnce() {
    Api.Reply reply =
        api.postRaw("/api/v1/responses", body("\"id\": \"x\"", "\"channel\": \"FAX\"", ANSWERS));

    assertEquals(400, reply.status());
    assertEquals("urn:hailong:problem:invalid-request", reply.text("type"));
    @SuppressWarnings("unchecked")
    var errors = (java.util.List<java.util.Map<String, Object>>) reply.json().get("errors");
    assertEquals(
        java.util.Set.of("id", "channel", "submittedAt", "unitCode"),
        errors.stream().map(e -> e.get("field")).collect(java.util.stream.Collectors.toSet()),
        errors.toString());
    assertEquals(4, errors.size(), errors.toString());
  }
}
