package vn.hailong.api.problem;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An error the API answers with, as application/problem+json (RFC 9457): a {@link ProblemType}, a
 * detail for people and, for a 400, every {@link FieldProblem} found in the request.
 */
public final class Problem extends RuntimeException {
  private final ProblemType type;
  private final List<FieldProblem> errors;
  private final Integer retryAfterSeconds;

  private Problem(
      ProblemType type,
      String detail,
      List<FieldProblem> errors,
      @Nullable Integer retryAfterSeconds) {
    super(detail, null, false, false);
    this.type = type;
    this.errors = List.copyOf(errors);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public static Problem of(ProblemType type, String detail) {
    return new Problem(type, detail, List.of(), null);
  }

  /** 400 invalid-request with every problem found. */
  public static Problem invalid(List<FieldProblem> errors) {
    return new Problem(
        ProblemType.INVALID_REQUEST,
        errors.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")),
        errors,
        null);
  }

  /** A 400-class problem of another type than invalid-request, with every problem found. */
  public static Problem invalid(ProblemType type, List<FieldProblem> errors) {
    return new Problem(
        type,
        errors.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")),
        errors,
        null);
  }

  public static Problem invalid(FieldProblem error) {
    return invalid(List.of(error));
  }

  public static Problem notFound(String detail) {
    return of(ProblemType.NOT_FOUND, detail);
  }

  public static Problem unauthorized(String detail) {
    return of(ProblemType.UNAUTHORIZED, detail);
  }

  public static Problem forbidden(String detail) {
    return of(ProblemType.FORBIDDEN, detail);
  }

  /** A problem the client may retry after the given time: 429 or 503 with Retry-After. */
  public static Problem retryLater(ProblemType type, String detail, int retryAfterSeconds) {
    return new Problem(type, detail, List.of(), retryAfterSeconds);
  }

  public ProblemType type() {
    return type;
  }

  public io.micronaut.http.HttpStatus status() {
    return type.status();
  }

  public List<FieldProblem> errors() {
    return errors;
  }

  @Nullable
  public Integer retryAfterSeconds() {
    return retryAfterSeconds;
  }

  public ProblemBody body() {
    return new ProblemBody(type.uri(), type.title(), type.status().getCode(), getMessage(), errors);
  }
}
