package vn.hailong.api.web;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import java.net.URL;

/**
 * Serves the front ends of kiosk-web at their directory address ({@code /kiosk/}, {@code /form/},
 * {@code /dashboard/}): the static-resource handler would list the directory instead of answering
 * with its index.html.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class FrontEndController {
  private static final String ROOT = "classpath:META-INF/resources/hailong/";
  private final URL kiosk;
  private final URL form;
  private final URL dashboard;

  FrontEndController(ResourceResolver resources) {
    this.kiosk = resources.getResource(ROOT + "kiosk/index.html").orElseThrow();
    this.form = resources.getResource(ROOT + "form/index.html").orElseThrow();
    this.dashboard = resources.getResource(ROOT + "dashboard/index.html").orElseThrow();
  }

  @Get(uri = "/kiosk/", produces = MediaType.TEXT_HTML)
  public HttpResponse<?> kiosk(HttpRequest<?> request) {
    return page(request, "/kiosk/", kiosk);
  }

  @Get(uri = "/form/", produces = MediaType.TEXT_HTML)
  public HttpResponse<?> form(HttpRequest<?> request) {
    return page(request, "/form/", form);
  }

  /** The dashboard's login page; its other pages are plain files beside it. */
  @Get(uri = "/dashboard/", produces = MediaType.TEXT_HTML)
  public HttpResponse<?> dashboard(HttpRequest<?> request) {
    return page(request, "/dashboard/", dashboard);
  }

  private static HttpResponse<?> page(HttpRequest<?> request, String directory, URL index) {
    if (!request.getPath().endsWith("/")) {
      // the pages' relative links need the slash; the query (unit, receipt) goes along
      String query = request.getUri().getRawQuery();
      return HttpResponse.permanentRedirect(
          URI.create(directory + (query == null ? "" : "?" + query)));
    }
    // a kiosk runs for months: it must fetch a new version's page, not keep a cached one
    return HttpResponse.ok(new StreamedFile(index)).header("Cache-Control", "no-cache");
  }
}
