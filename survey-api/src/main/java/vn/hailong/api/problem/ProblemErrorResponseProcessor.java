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
 * application/problem+json shape as the application's own {@link Problem}s.
 */
@Singleton
@Primary
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<ProblemBody> {

  @Override
  public MutableHttpResponse<ProblemBody> processResponse(
      ErrorContext context, MutableHttpResponse<?> response) {
    HttpStatus status = response.getStatus();
    // a server error's message may expose internals: the log has it, the client does not
    List<String> errors =
        status.getCode() >= 500
            ? List.of()
            : context.getErrors().stream().map(Error::getMessage).toList();
    String detail = errors.isEmpty() ? status.getReason() : String.join("; ", errors);
    return response
        .contentType(ProblemHandler.PROBLEM_JSON)
        .body(new ProblemBody("about:blank", title(status), status.getCode(), detail, errors));
  }

  static String title(HttpStatus status) {
    return switch (status) {
      case BAD_REQUEST -> "Yêu cầu không hợp lệ / Invalid request";
      case UNAUTHORIZED -> "Chưa xác thực / Unauthorized";
      case FORBIDDEN -> "Không có quyền / Forbidden";
      case NOT_FOUND -> "Không tìm thấy / Not found";
      case METHOD_NOT_ALLOWED -> "Phương thức không được hỗ trợ / Method not allowed";
      case UNSUPPORTED_MEDIA_TYPE -> "Định dạng không được hỗ trợ / Unsupported media type";
      case REQUEST_ENTITY_TOO_LARGE -> "Nội dung quá lớn / Request too large";
      default -> status.getCode() >= 500
          ? "Lỗi máy chủ / Server error"
          : status.getReason();
    };
  }
}
