package vn.hailong.api.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import vn.hailong.api.account.LoginService;
import vn.hailong.api.account.Role;
import vn.hailong.api.account.Scope;
import vn.hailong.api.support.ClientAddress;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;

/**
 * The dashboard's login: POST sets the session cookie, GET says who is logged in, DELETE logs out.
 * State-changing requests carried by the cookie pass {@link CsrfGuard} first.
 */
@Controller("/api/v1/session")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SessionController {
  private final LoginService logins;
  private final ClientAddress addresses;
  private final SessionCookie cookie;
  private final UnitDirectory units;

  SessionController(
      LoginService logins, SessionCookie cookie, UnitDirectory units, ClientAddress addresses) {
    this.logins = logins;
    this.addresses = addresses;
    this.cookie = cookie;
    this.units = units;
  }

  @Serdeable
  public record Credentials(@Nullable String username, @Nullable String password) {}

  /** Who is logged in; the unit is null for an admin bound to none. */
  @Serdeable
  public record Session(
      String username, Role role, @Nullable String unitCode, @Nullable String unitName) {}

  @Post
  @Secured(SecurityRule.IS_ANONYMOUS)
  public HttpResponse<Session> logIn(@Body Credentials credentials, HttpRequest<?> request) {
    LoginService.Login login =
        logins.login(credentials.username(), credentials.password(), addresses.of(request));
    Unit unit = login.unit();
    return HttpResponse.ok(
            new Session(
                login.username(),
                login.role(),
                unit == null ? null : unit.code(),
                unit == null ? null : unit.name()))
        .cookie(cookie.issue(login.token()));
  }

  @Get
  @Secured(SecurityRule.IS_AUTHENTICATED)
  public Session current(Authentication who) {
    Scope scope = Scope.of(who);
    // an account has one role (LoginService signs it alone)
    Role role = Role.valueOf(who.getRoles().iterator().next());
    Unit unit =
        scope.unitCode() == null ? null : units.tree().byCode(scope.unitCode()).orElse(null);
    return new Session(
        scope.username(),
        role,
        unit == null ? null : unit.code(),
        unit == null ? null : unit.name());
  }

  /** Always succeeds, so that a page whose session has expired can still log out cleanly. */
  @Delete
  @Secured(SecurityRule.IS_ANONYMOUS)
  public HttpResponse<Void> logOut() {
    return HttpResponse.<Void>noContent().cookie(cookie.clear());
  }
}
