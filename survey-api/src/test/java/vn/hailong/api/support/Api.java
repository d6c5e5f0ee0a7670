package vn.hailong.api.support;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The tests' view of the API: plain requests that return the response whatever its status, so that
 * a test asserts on 4xx answers the same way as on 2xx ones.
 */
@Singleton
public class Api {
  private final HttpClient client;
  private final JsonMapper json;

  Api(@Client("/") HttpClient client, JsonMapper json) {
    this.client = client;
    this.json = json;
  }

  public Reply get(String uri) {
    return exchange(HttpRequest.GET(uri));
  }

  public Reply get(String uri, String bearer) {
    return exchange(HttpRequest.GET(uri).bearerAuth(bearer));
  }

  public Reply post(String uri, Object body) {
    return exchange(HttpRequest.POST(uri, body));
  }

  public Reply post(String uri, Object body, String bearer) {
    return exchange(HttpRequest.POST(uri, body).bearerAuth(bearer));
  }

  /** Posts raw text as application/json, for bodies a JSON library would refuse to write. */
  public Reply postRaw(String uri, String body) {
    return exchange(HttpRequest.POST(uri, body).contentType("application/json"));
  }

  public String login(String username, String password) {
    Reply reply = post("/api/v1/login", Map.of("username", username, "password", password));
    if (reply.status() != 200) {
      throw new AssertionError("login failed: " + reply);
    }
    return reply.text("accessToken");
  }

  /** The first admin, with the password application-test.yml gives it. */
  public static final String ADMIN = "admin";

  public static final String ADMIN_PASSWORD = "test-admin-password";

  public String adminToken() {
    return login(ADMIN, ADMIN_PASSWORD);
  }

  public Reply exchange(MutableHttpRequest<?> request) {
    try {
      HttpResponse<String> response = client.toBlocking().exchange(request, Argument.STRING);
      return reply(response);
    } catch (HttpClientResponseException e) {
      return reply(e.getResponse());
    }
  }

  private Reply reply(HttpResponse<?> response) {
    String body = response.getBody(String.class).orElse("");
    Map<String, Object> parsed = Map.of();
    try {
      if (body.startsWith("{")) {
        parsed = json.readValue(body, Argument.mapOf(String.class, Object.class));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Reply(
        response.getStatus().getCode(),
        response.getContentType().map(Object::toString).orElse(""),
        response.getHeaders().get("Retry-After"),
        body,
        parsed);
  }

  /** A response: status, content type, raw body and the body as a map when it is an object. */
  public record Reply(
      int status, String contentType, String retryAfter, String body, Map<String, Object> json) {
    public String text(String field) {
      Object value = json.get(field);
      return value == null ? null : value.toString();
    }

    public boolean isProblem() {
      return contentType.startsWith("application/problem+json")
          && json.get("status") instanceof Number status
          && status.intValue() == this.status
          && json.get("title") != null;
    }
  }
}
