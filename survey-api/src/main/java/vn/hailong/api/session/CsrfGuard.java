package vn.hailong.api.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.net.URI;
import java.util.Set;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.problem.ProblemHandler;
import vn.hailong.api.support.PublicUrl;

/**
 * Refuses cross-site writes made with the session cookie (docs/decisions.md, "Dashboard session").
 * The cookie is SameSite=Strict already; on top, a state-changing request that carries it (and the
 * login itself) must send {@value #HEADER}, which a cross-site form cannot send and a cross-site
 * script can only send after a CORS preflight this server never grants, and an {@code Origin}, when
 * the browser sends one, must be this server's. Requests with an Authorization header (scripts,
 * kiosks) are not cookie-borne and pass.
 */
@ServerFilter("/api/**")
public class CsrfGuard implements Ordered {
  static final String HEADER = "X-Hailong-Request";
  private static final Set<HttpMethod> SAFE =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

  private final SessionCookie cookie;
  private final PublicUrl publicUrl;

  CsrfGuard(SessionCookie cookie, PublicUrl publicUrl) {
    this.cookie = cookie;
    this.publicUrl = publicUrl;
  }

  /** Before authentication: a refused request costs no token check. */
  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.before();
  }

  @RequestFilter
  @Nullable
  HttpResponse<?> check(HttpRequest<?> request) {
    if (SAFE.contains(request.getMethod()) || request.getHeaders().contains("Authorization")) {
      return null;
    }
    boolean cookieBorne = request.getCookies().contains(cookie.name());
    boolean login = request.getPath().equals("/api/v1/session");
    if (!cookieBorne && !login) {
      return null;
    }
    if (!request.getHeaders().contains(HEADER)) {
      return refuse(
          request,
          "Thiếu tiêu đề "
              + HEADER
              + ": yêu cầu không đến từ trang của Hài Lòng"
              + " / missing "
              + HEADER
              + ": the request does not come from Hài Lòng's pages");
    }
    String origin = request.getHeaders().get("Origin");
    if (origin != null
        && !origin.equals(origin(publicUrl.get()))
        && !origin.equals(hostOrigin(request))) {
      return refuse(
          request,
          "Yêu cầu từ trang khác ("
              + origin
              + ") bị từ chối / a request from another site ("
              + origin
              + ") is refused");
    }
    return null;
  }

  // a filter's exception skips the exception handlers: answer the problem here
  private HttpResponse<?> refuse(HttpRequest<?> request, String detail) {
    return ProblemHandler.respond(Problem.forbidden(detail));
  }

  private static String origin(String url) {
    URI uri = URI.create(url);
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  /** The origin the browser sees when it talks to this server directly (no proxy). */
  private static String hostOrigin(HttpRequest<?> request) {
    String host = request.getHeaders().get("Host");
    return (request.isSecure() ? "https://" : "http://") + host;
  }
}
