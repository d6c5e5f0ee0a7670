package vn.hailong.api.problem;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One thing wrong with one field of a request, in the one vocabulary every parser uses: a stable
 * {@code code} for programs, a Vietnamese and an English text for people. A 400 lists them all.
 *
 * @param field the field or query parameter, e.g. {@code unitCode} or {@code answers.ACCESS}
 * @param code stable, e.g. {@code required}, {@code unknown-unit}
 */
@Serdeable
public record FieldProblem(String field, String code, String vi, String en) {

  /** "field: vi / en", for the problem's human-readable detail and the logs. */
  @Override
  public String toString() {
    return field + ": " + vi + " / " + en;
  }

  public static FieldProblem required(String field) {
    return new FieldProblem(field, "required", "bắt buộc", "required");
  }

  public static FieldProblem notText(String field) {
    return new FieldProblem(
        field, "not-text", "phải là chuỗi không rỗng", "must be a non-empty string");
  }

  public static FieldProblem tooLong(String field, int max) {
    return new FieldProblem(
        field, "too-long", "dài quá " + max + " ký tự", "longer than " + max + " characters");
  }

  /** The value does not have the expected shape; {@code vi} and {@code en} say which. */
  public static FieldProblem badFormat(String field, String vi, String en) {
    return new FieldProblem(field, "bad-format", vi, en);
  }

  public static FieldProblem notOneOf(String field, String value, Collection<String> allowed) {
    String list = String.join(", ", allowed);
    return new FieldProblem(
        field,
        "not-one-of",
        "'" + value + "' không hợp lệ, chọn một trong: " + list,
        "'" + value + "' is not one of " + list);
  }

  /** The values an enum accepts in a request, as clients spell them. */
  public static <E extends Enum<E>> FieldProblem notOneOf(
      String field, String value, Class<E> type, boolean lowerCase) {
    return notOneOf(
        field,
        value,
        Arrays.stream(type.getEnumConstants())
            .map(e -> lowerCase ? e.name().toLowerCase(Locale.ROOT) : e.name())
            .collect(Collectors.toList()));
  }

  public static FieldProblem outOfRange(String field, Object value, Object min, Object max) {
    return new FieldProblem(
        field,
        "out-of-range",
        "phải từ " + min + " đến " + max + ", nhận " + value,
        "must be " + min + ".." + max + ", got " + value);
  }

  public static FieldProblem notADate(String field, String value) {
    return new FieldProblem(
        field,
        "not-a-date",
        "'" + value + "' không phải ngày dạng YYYY-MM-DD",
        "'" + value + "' is not a YYYY-MM-DD date");
  }

  public static FieldProblem unknownUnit(String field, String code) {
    return new FieldProblem(
        field,
        "unknown-unit",
        "không có đơn vị mã '" + code + "'",
        "no unit with code '" + code + "'");
  }

  /** The value is taken already (a username, a kiosk code). */
  public static FieldProblem taken(String field, String value) {
    return new FieldProblem(field, "taken", "đã tồn tại: " + value, "already taken: " + value);
  }
}
