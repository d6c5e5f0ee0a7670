package vn.hailong.api.response;

import io.micronaut.context.annotation.Value;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.hailong.analysis.VietnamTime;
import vn.hailong.api.problem.Problem;
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

  SubmissionParser(
      UnitDirectory units,
      QuestionnaireService questionnaire,
      Clock clock,
      @Value("${hailong.clock-skew:5m}") Duration clockSkew) {
    this.units = units;
    this.questionnaire = questionnaire;
    this.clock = clock;
    this.clockSkew = clockSkew;
  }

  public Submission parse(@Nullable JsonNode body) {
    if (body == null || !body.isObject()) {
      throw Problem.badRequest("Nội dung phải là một đối tượng JSON / The body must be a JSON object");
    }
    List<String> errors = new ArrayList<>();
    UUID id = parseId(body.get("id"), errors);
    Channel channel = parseChannel(body.get("channel"), errors);
    Instant submittedAt = parseSubmittedAt(body.get("submittedAt"), errors);
    LocalDate localDate = submittedAt == null ? null : VietnamTime.localDate(submittedAt);
    Unit unit = parseUnit(body.get("unitCode"), localDate, errors);
    TreeMap<String, Integer> answers = parseAnswers(body.get("answers"), errors);
    String receipt = optionalText(body.get("receiptCode"), "receiptCode", MAX_RECEIPT, errors);
    if (receipt != null && !RECEIPT.matcher(receipt).matches()) {
      errors.add("receiptCode: chỉ gồm chữ, số và . _ / - / only letters, digits and . _ / -");
    }
    String comment = optionalText(body.get("comment"), "comment", MAX_COMMENT, errors);
    if (!errors.isEmpty()) {
      throw Problem.badRequest(errors);
    }
    return new Submission(
        id, unit, channel, submittedAt, localDate, answers, receipt, blankToNull(comment));
  }

  private static UUID parseId(@Nullable JsonNode node, List<String> errors) {
    String text = requiredText(node, "id", errors);
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
      errors.add("id: phải là UUID / must be a UUID, got '" + text + "'");
      return null;
    }
  }

  private static Channel parseChannel(@Nullable JsonNode node, List<String> errors) {
    String text = requiredText(node, "channel", errors);
    if (text == null) {
      return null;
    }
    try {
      return Channel.valueOf(text);
    } catch (IllegalArgumentException e) {
      errors.add("channel: phải là KIOSK, WEB hoặc PAPER / must be KIOSK, WEB or PAPER");
      return null;
    }
  }

  private Instant parseSubmittedAt(@Nullable JsonNode node, List<String> errors) {
    String text = requiredText(node, "submittedAt", errors);
    if (text == null) {
      return null;
    }
    Instant instant;
    try {
      instant = OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      errors.add(
          "submittedAt: phải là thời điểm ISO-8601 có múi giờ / must be ISO-8601 with an offset,"
              + " e.g. 2025-07-02T09:15:00+07:00");
      return null;
    }
    if (instant.isAfter(clock.instant().plus(clockSkew))) {
      errors.add("submittedAt: thời điểm ở tương lai / lies in the future: " + text);
      return null;
    }
    if (VietnamTime.localDate(instant).isBefore(EARLIEST)) {
      errors.add("submittedAt: trước năm 2020 / before 2020: " + text);
      return null;
    }
    return instant;
  }

  private Unit parseUnit(@Nullable JsonNode node, @Nullable LocalDate day, List<String> errors) {
    String code = requiredText(node, "unitCode", errors);
    if (code == null) {
      return null;
    }
    UnitTree tree = units.tree();
    Optional<Unit> found = tree.byCode(code);
    if (found.isEmpty()) {
      errors.add("unitCode: không có đơn vị mã / no unit with code '" + code + "'");
      return null;
    }
    Unit unit = found.get();
    if (day != null && !unit.validOn(day)) {
      errors.add(notValidMessage(unit, day, tree));
      return null;
    }
    return unit;
  }

  private static String notValidMessage(Unit unit, LocalDate day, UnitTree tree) {
    var message =
        new StringBuilder("unitCode: ")
            .append(unit.name())
            .append(" (")
            .append(unit.code())
            .append(") không hoạt động ngày / was not valid on ")
            .append(day);
    if (unit.validTo() != null && day.isAfter(unit.validTo())) {
      message.append("; kết thúc / ended ").append(unit.validTo());
      String successors =
          tree.successors(unit).stream()
              .map(link -> tree.byId(link.successorId()))
              .map(u -> u.name() + " (" + u.code() + ")")
              .collect(Collectors.joining(", "));
      if (!successors.isEmpty()) {
        message.append("; đơn vị kế tiếp / succeeded by: ").append(successors);
      } else if (unit.endReason() != null) {
        message.append("; ").append(unit.endReason());
      }
    } else if (unit.validFrom() != null) {
      message.append("; bắt đầu / begins ").append(unit.validFrom());
    }
    return message.toString();
  }

  private TreeMap<String, Integer> parseAnswers(@Nullable JsonNode node, List<String> errors) {
    var answers = new TreeMap<String, Integer>();
    if (node == null || node.isNull()) {
      errors.add("answers: bắt buộc / required");
      return answers;
    }
    if (!node.isObject() || node.size() == 0) {
      errors.add("answers: phải là đối tượng {mã câu hỏi: 1..5 hoặc null} không rỗng"
          + " / must be a non-empty object {questionCode: 1..5 or null}");
      return answers;
    }
    for (Map.Entry<String, JsonNode> entry : node.entries()) {
      String code = entry.getKey();
      JsonNode value = entry.getValue();
      if (!questionnaire.isQuestion(code)) {
        errors.add("answers." + code + ": không có câu hỏi này / unknown question");
      } else if (value.isNull()) {
        answers.put(code, null);
      } else if (!isWholeNumber(value)
          || value.getLongValue() < 1
          || value.getLongValue() > 5) {
        errors.add("answers." + code + ": phải là 1..5 hoặc null / must be 1..5 or null, got "
            + value.getValue());
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
  private static String requiredText(@Nullable JsonNode node, String field, List<String> errors) {
    if (node == null || node.isNull()) {
      errors.add(field + ": bắt buộc / required");
      return null;
    }
    if (!node.isString() || node.getStringValue().isBlank()) {
      errors.add(field + ": phải là chuỗi không rỗng / must be a non-empty string");
      return null;
    }
    return node.getStringValue().strip();
  }

  @Nullable
  private static String optionalText(
      @Nullable JsonNode node, String field, int maxLength, List<String> errors) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isString()) {
      errors.add(field + ": phải là chuỗi / must be a string");
      return null;
    }
    String text = node.getStringValue().strip();
    if (text.codePointCount(0, text.length()) > maxLength) {
      errors.add(field + ": dài quá " + maxLength + " ký tự / longer than " + maxLength + " characters");
      return null;
    }
    return text;
  }

  @Nullable
  private static String blankToNull(@Nullable String text) {
    return text == null || text.isEmpty() ? null : text;
  }
}
