package vn.hailong.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import vn.hailong.api.support.Api;

/** kiosk-web's files are served from the classpath, directories by their index.html. */
@MicronautTest
class FrontEndTest {
  @Inject Api api;
  @Inject EmbeddedServer server;

  @Test
  void theKioskAndTheFormAreServedByTheirDirectory() {
    for (String page :
        new String[] {"/kiosk/", "/form/", "/kiosk/index.html", "/form/?unit=x", "/dashboard/"}) {
      Api.Reply reply = api.get(page);
      assertEquals(200, reply.status(), page + " " + reply);
      assertTrue(reply.contentType().startsWith("text/html"), page + " " + reply.contentType());
      assertTrue(reply.body().contains("<html lang=\"vi\">"), page);
    }
  }

  @Test
  void theDirectoryWithoutItsSlashRedirectsWithTheQuery() throws Exception {
    // java.net.http does not follow redirects unless told to
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        server.getURI().resolve("/form?unit=khanh-hoa.x-cam-lam&receipt=CL-0042"))
                    .build(),
                HttpResponse.BodyHandlers.discarding());

    assertEquals(308, response.statusCode());
    assertEquals(
        "/form/?unit=khanh-hoa.x-cam-lam&receipt=CL-0042",
        response.headers().firstValue("Location").orElseThrow());
  }

  @Test
  void scriptsAreServedAsJavaScriptModules() {
    Api.Reply reply = api.get("/common/outbox.js");

    assertEquals(200, reply.status());
    assertTrue(reply.contentType().contains("javascript"), reply.contentType());
  }
}
