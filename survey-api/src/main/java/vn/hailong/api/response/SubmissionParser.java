package vn.hailong.api.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.hailong.analysis.VietnamTime;
import vn.hailong.api.problem.FieldProblem;
import vn.hailong.api.problem.FieldProblems;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.problem.ProblemType;
import vn.hailong.api.questionnaire.QuestionnaireService;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;
import vn.hailong.api.unit.UnitTree;

/**
 * Validates a posted rating once, at the edge, and reports every problem in one 400. Reads the raw
 * JSON tree so that a wrong type is a clear message about that field, not a parser stack trace.
 */
@Singleton
public class SubmissionParser {
  static final int MAX_COMMENT = 1000;
  static final int MAX_RECEIPT = 64;
  private static final Pattern RECEIPT = Pattern.compile("[A-Za-z0-9._/-]+");
  private static final LocalDate EARLIEST = LocalDate.of(2020, 1, 1);

  private final UnitDirectory units;
  private final QuestionnaireService questionnaire;
  private final Clock clock;
  private final Duration clockSkew;
  private final Duration webWindow;

  SubmissionParser(
      UnitDirectory units,
      QuestionnaireService questionnaire,
      Clock clock,
      IngestSettings settings) {
    this.units = units;
    this.questionnaire = questionnaire;
    this.clock = clock;
    this.clockSkew = settings.clockSkew();
    this.webWindow = settings.webWindow();
  }

  public Submission parse(@Nullable JsonNode body) {
    if (body == null || !body.isObject()) {
      throw Problem.of(
          ProblemType.UNREADABLE_BODY,
          "Nội dung phải là một đối tượng JSON / The body must be a JSON object");
    }
    FieldProblems problems = new FieldProblems();
    UUID id = parseId(body.get("id"), problems);
    Channel channel = parseChannel(body.get("channel"), problems);
    Instant submittedAt = parseSubmittedAt(body.get("submittedAt"), channel, problems);
    Instant now = clock.instant();
    boolean corrected =
        submittedAt != null && channel != null && !believable(channel, submittedAt, now);
    LocalDate localDate =
        submittedAt == null ? null : VietnamTime.localDate(corrected ? now : submittedAt);
    Unit unit = parseUnit(body.get("unitCode"), localDate, problems);
    TreeMap<String, Integer> answers = parseAnswers(body.get("answers"), problems);
    // one spelling per slip: "cl-0042" and "CL-0042 " are the same receipt on every database
    String receipt = optionalText(body.get("receiptCode"), "receiptCode", MAX_RECEIPT, problems);
    receipt = receipt == null ? null : receipt.toUpperCase(Locale.ROOT);
    if (receipt != null && !RECEIPT.matcher(receipt).matches()) {
      problems.add(
          FieldProblem.badFormat(
              "receiptCode", "chỉ gồm chữ, số và . _ / -", "only letters, digits and . _ / -"));
    }
    String comment = optionalText(body.get("comment"), "comment", MAX_COMMENT, problems);
    problems.throwIfAny();
    return new Submission(
        id,
        unit,
        channel,
        submittedAt,
        localDate,
        answers,
        receipt,
        blankToNull(comment),
        corrected);
  }

  private static UUID parseId(@Nullable JsonNode node, FieldProblems problems) {
    String text = requiredText(node, "id", problems);
    if (text == null) {
      return null;
    }
    try {
      UUID id = UUID.fromString(text);
      if (!id.toString().equalsIgnoreCase(text)) {
        throw new IllegalArgumentException();
      }
      return id;
    } catch (IllegalArgumentException e) {
      problems.add(
          FieldProblem.badFormat("id", "phải là UUID", "must be a UUID, got '" + text + "'"));
      return null;
    }
  }

  private static Channel parseChannel(@Nullable JsonNode node, FieldProblems problems) {
    String text = requiredText(node, "channel", problems);
    if (text == null) {
      return null;
    }
    try {
      return Channel.valueOf(text);
    } catch (IllegalArgumentException e) {
      problems.add(FieldProblem.notOneOf("channel", text, Channel.class, false));
      return null;
    }
  }

  /**
   * Whether a device's claimed time may decide the day a rating counts on. The server's clock is
   * the reference: a kiosk or phone clock running more than the skew fast, or a web rating dated
   * before the window (a phone that queued it offline delivers within hours; a back-dated rating
   * would rewrite quarters already reported), counts on the day it arrives instead, never lost.
   * Paper ratings are typed in by an officer for the day on the form.
   */
  private boolean believable(Channel channel, Instant submittedAt, Instant now) {
    if (channel == Channel.PAPER) {
      return true;
    }
    if (submittedAt.isAfter(now.plus(clockSkew))) {
      return false;
    }
    return channel != Channel.WEB || !submittedAt.isBefore(now.minus(webWindow));
  }

  private Instant parseSubmittedAt(
      @Nullable JsonNode node, @Nullable Channel channel, FieldProblems problems) {
    String text = requiredText(node, "submittedAt", problems);
    if (text == null) {
      return null;
    }
    Instant instant;
    try {
      instant = OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      problems.add(
          FieldProblem.badFormat(
              "submittedAt",
              "phải là thời điểm ISO-8601 có múi giờ, ví dụ 2025-07-02T09:15:00+07:00",
              "must be ISO-8601 with an offset, e.g. 2025-07-02T09:15:00+07:00"));
      return null;
    }
    if (channel == Channel.PAPER && instant.isAfter(clock.instant().plus(clockSkew))) {
      problems.add(
          new FieldProblem(
              "submittedAt",
              "in-future",
              "thời điểm ở tương lai: " + text,
              "lies in the future: " + text));
      return null;
    }
    if (VietnamTime.localDate(instant).isBefore(EARLIEST)) {
      problems.add(
          new FieldProblem(
              "submittedAt", "too-old", "trước năm 2020: " + text, "before 2020: " + text));
      return null;
    }
    return instant;
  }

  private Unit parseUnit(@Nullable JsonNode node, @Nullable LocalDate day, FieldProblems problems) {
    String code = requiredText(node, "unitCode", problems);
    if (code == null) {
      return null;
    }
    UnitTree tree = units.tree();
    return day == null
        ? tree.find("unitCode", code, problems)
        : tree.findValid("unitCode", code, day, problems);
  }

  private TreeMap<String, Integer> parseAnswers(@Nullable JsonNode node, FieldProblems problems) {
    var answers = new TreeMap<String, Integer>();
    if (node == null || node.isNull()) {
      problems.add(FieldProblem.required("answers"));
      return answers;
    }
    if (!node.isObject() || node.size() == 0) {
      problems.add(
          FieldProblem.badFormat(
              "answers",
              "phải là đối tượng {mã câu hỏi: 1..5 hoặc null} không rỗng",
              "must be a non-empty object {questionCode: 1..5 or null}"));
      return answers;
    }
    for (Map.Entry<String, JsonNode> entry : node.entries()) {
      String code = entry.getKey();
      JsonNode value = entry.getValue();
      if (!questionnaire.isQuestion(code)) {
        problems.add(
            new FieldProblem(
                "answers." + code, "unknown-question", "không có câu hỏi này", "unknown question"));
      } else if (value.isNull()) {
        answers.put(code, null);
      } else if (!isWholeNumber(value) || value.getLongValue() < 1 || value.getLongValue() > 5) {
        problems.add(
            FieldProblem.outOfRange(
                "answers." + code, value.getValue(), "1 (hoặc null / or null)", 5));
      } else {
        answers.put(code, value.getIntValue());
      }
    }
    return answers;
  }

  private static boolean isWholeNumber(JsonNode value) {
    if (!value.isNumber()) {
      return false;
    }
    Number number = value.getNumberValue();
    return number instanceof Integer
        || number instanceof Long
        || number instanceof Short
        || number instanceof BigInteger;
  }

  @Nullable
  private static String requiredText(
      @Nullable JsonNode node, String field, FieldProblems problems) {
    if (node == null || node.isNull()) {
      problems.add(FieldProblem.required(field));
      return null;
    }
    if (!node.isString() || node.getStringValue().isBlank()) {
      problems.add(FieldProblem.notText(field));
      return null;
    }
    return node.getStringValue().strip();
  }

  @Nullable
  private static String optionalText(
      @Nullable JsonNode node, String field, int maxLength, FieldProblems problems) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isString()) {
      problems.add(FieldProblem.notText(field));
      return null;
    }
    String text = node.getStringValue().strip();
    if (text.codePointCount(0, text.length()) > maxLength) {
      problems.add(FieldProblem.tooLong(field, maxLength));
      return null;
    }
    return text;
  }

  @Nullable
  private static String blankToNull(@Nullable String text) {
    return text == null || text.isEmpty() ? null : text;
  }
}
