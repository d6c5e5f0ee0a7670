package vn.hailong.api.session;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import java.util.Map;

/** Logs in as the dashboard does and keeps the Set-Cookie header, which Api.Reply does not. */
@Singleton
class SessionLogins {
  private final HttpClient client;

  SessionLogins(@Client("/") HttpClient client) {
    this.client = client;
  }

  record Login(int status, String body, String setCookie) {
    /** The cookie's value, as a browser would send it back. */
    String cookie() {
      return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }
  }

  Login logIn(String username, String password) {
    return send(
        HttpRequest.POST("/api/v1/session", Map.of("username", username, "password", password))
            .header(CsrfGuard.HEADER, "1"));
  }

  Login send(MutableHttpRequest<?> request) {
    HttpResponse<?> response;
    try {
      response = client.toBlocking().exchange(request, Argument.STRING);
    } catch (HttpClientResponseException e) {
      response = e.getResponse();
    }
    return new Login(
        response.getStatus().getCode(),
        response.getBody(String.class).orElse(""),
        response.getHeaders().get("Set-Cookie"));
  }
}
