package vn.hailong.api.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import vn.hailong.api.support.ClientAddress;

/**
 * The bearer token for scripts and kiosks' officers; the dashboard uses {@code /api/v1/session}.
 */
@Controller("/api/v1/login")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class LoginController {
  private final LoginService logins;
  private final ClientAddress addresses;

  LoginController(LoginService logins, ClientAddress addresses) {
    this.logins = logins;
    this.addresses = addresses;
  }

  @Serdeable
  public record Credentials(@Nullable String username, @Nullable String password) {}

  @Serdeable
  public record Token(String accessToken, String username, Role role, @Nullable String unitCode) {}

  @Post
  public Token login(@Body Credentials credentials, HttpRequest<?> request) {
    LoginService.Login login =
        logins.login(credentials.username(), credentials.password(), addresses.of(request));
    return new Token(
        login.token(),
        login.username(),
        login.role(),
        login.unit() == null ? null : login.unit().code());
  }
}
