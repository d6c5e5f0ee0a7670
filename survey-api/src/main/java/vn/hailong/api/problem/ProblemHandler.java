package vn.hailong.api.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * Turns a {@link Problem} into application/problem+json. Framework errors go through problem-json.
 */
@Produces
@Singleton
public class ProblemHandler implements ExceptionHandler<Problem, HttpResponse<ProblemBody>> {
  public static final String PROBLEM_JSON = "application/problem+json";

  @Override
  public HttpResponse<ProblemBody> handle(HttpRequest request, Problem problem) {
    return respond(problem);
  }

  /** The answer for a problem, for handlers of other exceptions that stand for one. */
  public static MutableHttpResponse<ProblemBody> respond(Problem problem) {
    MutableHttpResponse<ProblemBody> response =
        HttpResponse.<ProblemBody>status(problem.type().status())
            .contentType(PROBLEM_JSON)
            .body(problem.body());
    if (problem.retryAfterSeconds() != null) {
      response.header("Retry-After", String.valueOf(problem.retryAfterSeconds()));
    }
    return response;
  }
}
