package vn.hailong.api.problem;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Framework errors (no such route, unreadable JSON, wrong parameter type, ...) answer in the same
 * application/problem+json shape, with a {@link ProblemType}, as the application's own {@link
 * Problem}s.
 */
@Singleton
@Primary
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<ProblemBody> {

  @Override
  public MutableHttpResponse<ProblemBody> processResponse(
      ErrorContext context, MutableHttpResponse<?> response) {
    HttpStatus status = response.getStatus();
    ProblemType type = ProblemType.forStatus(status);
    List<FieldProblem> fields = List.of();
    String detail = status.getReason();
    // a server error's message may expose internals: the log has it, the client does not
    if (status.getCode() < 500 && !context.getErrors().isEmpty()) {
      List<Error> errors = context.getErrors();
      detail = String.join("; ", errors.stream().map(Error::getMessage).toList());
      if (type == ProblemType.UNREADABLE_BODY
          && errors.stream().anyMatch(e -> e.getPath().isPresent())) {
        // a query or path parameter that does not convert names its field
        type = ProblemType.INVALID_REQUEST;
        fields =
            errors.stream()
                .map(
                    e ->
                        FieldProblem.badFormat(
                            e.getPath().orElse("request"), e.getMessage(), e.getMessage()))
                .toList();
      }
    }
    return response
        .contentType(ProblemHandler.PROBLEM_JSON)
        .body(new ProblemBody(type.uri(), type.title(), status.getCode(), detail, fields));
  }
}
