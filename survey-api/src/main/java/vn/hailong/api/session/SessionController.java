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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.hailong.analysis.VietnamTime;
import vn.hailong.api.account.LoginService;
import vn.hailong.api.account.Role;
import vn.hailong.api.account.Scope;
import vn.hailong.api.support.ClientAddress;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;
import vn.hailong.api.unit.UnitLink;
import vn.hailong.api.unit.UnitTree;

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
  private final Clock clock;

  SessionController(
      LoginService logins,
      SessionCookie cookie,
      UnitDirectory units,
      ClientAddress addresses,
      Clock clock) {
    this.clock = clock;
    this.logins = logins;
    this.addresses = addresses;
    this.cookie = cookie;
    this.units = units;
  }

  @Serdeable
  public record Credentials(@Nullable String username, @Nullable String password) {}

  /**
   * Who is logged in; the unit is null for an admin bound to none. When the account's unit has
   * ended, {@code unitValidTo} is its last day and {@code successors} the units valid today that
   * follow it (with their first day: a successor often has the ended unit's name) (through
   * successors that ended too); otherwise empty.
   */
  @Serdeable
  public record Session(
      String username,
      Role role,
      @Nullable String unitCode,
      @Nullable String unitName,
      @Nullable LocalDate unitValidTo,
      List<UnitRef> successors) {}

  @Serdeable
  public record UnitRef(String code, String name, @Nullable LocalDate validFrom) {}

  private Session session(String username, Role role, @Nullable Unit unit) {
    if (unit == null) {
      return new Session(username, role, null, null, null, List.of());
    }
    LocalDate today = VietnamTime.localDate(clock.instant());
    if (unit.validOn(today)) {
      return new Session(username, role, unit.code(), unit.name(), unit.validTo(), List.of());
    }
    UnitTree tree = units.tree();
    Set<Long> seen = new HashSet<>();
    Map<String, UnitRef> found = new LinkedHashMap<>();
    Deque<Unit> next = new ArrayDeque<>(List.of(unit));
    // an officer's history stays readable (Scope); the successors are where the work goes on
    while (!next.isEmpty()) {
      Unit u = next.pop();
      if (!seen.add(u.id())) {
        continue;
      }
      for (UnitLink link : tree.successors(u)) {
        Unit successor = tree.byId(link.successorId());
        if (successor.validOn(today)) {
          found.putIfAbsent(
              successor.code(),
              new UnitRef(successor.code(), successor.name(), successor.validFrom()));
        } else {
          next.add(successor);
        }
      }
    }
    return new Session(
        username, role, unit.code(), unit.name(), unit.validTo(), List.copyOf(found.values()));
  }

  @Post
  @Secured(SecurityRule.IS_ANONYMOUS)
  public HttpResponse<Session> logIn(@Body Credentials credentials, HttpRequest<?> request) {
    LoginService.Login login =
        logins.login(credentials.username(), credentials.password(), addresses.of(request));
    return HttpResponse.ok(session(login.username(), login.role(), login.unit()))
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
    return session(scope.username(), role, unit);
  }

  /** Always succeeds, so that a page whose session has expired can still log out cleanly. */
  @Delete
  @Secured(SecurityRule.IS_ANONYMOUS)
  public HttpResponse<Void> logOut() {
    return HttpResponse.<Void>noContent().cookie(cookie.clear());
  }
}
