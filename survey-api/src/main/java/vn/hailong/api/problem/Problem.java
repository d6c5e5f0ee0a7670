package vn.hailong.api.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import java.util.List;

/**
 * An error the API answers with, as application/problem+json (RFC 9457). {@code errors} lists every
 * problem found in the request, not only the first. Titles are Vietnamese first, English second.
 */
public final class Problem extends RuntimeException {
  private final HttpStatus status;
  private final String title;
  private final List<String> errors;
  private final Integer retryAfterSeconds;

  private Problem(
      HttpStatus status,
      String title,
      String detail,
      List<String> errors,
      @Nullable Integer retryAfterSeconds) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
    this.errors = List.copyOf(errors);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public static Problem badRequest(List<String> errors) {
    return new Problem(
        HttpStatus.BAD_REQUEST,
        "Yêu cầu không hợp lệ / Invalid request",
        String.join("; ", errors),
        errors,
        null);
  }

  public static Problem badRequest(String error) {
    return badRequest(List.of(error));
  }

  public static Problem notFound(String detail) {
    return new Problem(HttpStatus.NOT_FOUND, "Không tìm thấy / Not found", detail, List.of(), null);
  }

  public static Problem conflict(String title, String detail) {
    return new Problem(HttpStatus.CONFLICT, title, detail, List.of(), null);
  }

  public static Problem unauthorized(String detail) {
    return new Problem(
        HttpStatus.UNAUTHORIZED, "Chưa xác thực / Unauthorized", detail, List.of(), null);
  }

  public static Problem forbidden(String detail) {
    return new Problem(
        HttpStatus.FORBIDDEN, "Không có quyền / Forbidden", detail, List.of(), null);
  }

  public static Problem tooManyRequests(String detail, int retryAfterSeconds) {
    return new Problem(
        HttpStatus.TOO_MANY_REQUESTS,
        "Quá nhiều yêu cầu / Too many requests",
        detail,
        List.of(),
        retryAfterSeconds);
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  public List<String> errors() {
    return errors;
  }

  @Nullable
  public Integer retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
