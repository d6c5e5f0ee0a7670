package vn.hailong.api.support;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.List;
import java.util.regex.Pattern;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.problem.ProblemHandler;
import vn.hailong.api.problem.ProblemType;

/**
 * Keeps JSON requests small (64 KB) although the server takes up to 12 MB for the few routes that
 * receive files: a task's evidence (10 MB at most) and a dossier statistics import. Micronaut has
 * one request size for all routes, so the smaller limit is checked here, before authentication, on
 * the declared length (docs/decisions.md, "Uploads").
 */
@ServerFilter("/api/**")
public class RequestSizeGuard implements Ordered {
  public static final long JSON_LIMIT = 64 * 1024;
  private static final List<Pattern> UPLOADS =
      List.of(
          Pattern.compile("/api/v1/plans/\\d+/evidence"),
          Pattern.compile("/api/v1/dossiers/imports"));

  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.before() - 10;
  }

  @RequestFilter
  @Nullable
  HttpResponse<?> check(HttpRequest<?> request) {
    long length = request.getContentLength();
    if (length <= JSON_LIMIT
        || UPLOADS.stream().anyMatch(p -> p.matcher(request.getPath()).matches())) {
      return null;
    }
    return ProblemHandler.respond(
        Problem.of(
            ProblemType.TOO_LARGE, "Nội dung lớn hơn 64 KB / the body is larger than 64 KB"));
  }
}
