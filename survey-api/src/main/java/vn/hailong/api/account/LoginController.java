package vn.hailong.api.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.serde.annotation.Serdeable;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import vn.hailong.api.problem.FieldProblem;
import vn.hailong.api.problem.FieldProblems;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.problem.ProblemType;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;

@Controller("/api/v1/login")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class LoginController {
  private final AccountRepository accounts;
  private final PasswordHasher hasher;
  private final TokenGenerator tokens;
  private final UnitDirectory units;
  private final LoginThrottle throttle;

  LoginController(
      AccountRepository accounts, PasswordHasher hasher, TokenGenerator tokens, UnitDirectory units,
      LoginThrottle throttle) {
    this.accounts = accounts;
    this.hasher = hasher;
    this.tokens = tokens;
    this.units = units;
    this.throttle = throttle;
  }

  @Serdeable
  public record Credentials(@Nullable String username, @Nullable String password) {}

  @Serdeable
  public record Token(String accessToken, String username, Role role, @Nullable String unitCode) {}

  @Post
  public Token login(@Body Credentials credentials, HttpRequest<?> request) {
    if (credentials.username() == null || credentials.password() == null) {
      FieldProblems problems = new FieldProblems();
      if (credentials.username() == null) {
        problems.add(FieldProblem.required("username"));
      }
      if (credentials.password() == null) {
        problems.add(FieldProblem.required("password"));
      }
      problems.throwIfAny();
    }
    // the connection's own address: forwarding headers are not ours to trust here
    String address = request.getRemoteAddress().getAddress().getHostAddress();
    String username = credentials.username();
    // before any query or BCrypt: a locked account or address costs the server nothing
    throttle.check(username, address);
    Optional<Account> found = accounts.findByUsername(username);
    boolean right;
    if (credentials.password().length() > AccountService.MAX_PASSWORD) {
      right = false; // no account has one so long; not worth a BCrypt run
    } else if (found.isEmpty()) {
      hasher.burnTime(credentials.password());
      right = false;
    } else {
      right = hasher.matches(credentials.password(), found.get().passwordHash());
    }
    if (!right) {
      throttle.failed(username, address);
      throw wrongCredentials();
    }
    throttle.succeeded(username);
    Account account = found.get();
    var attributes = new HashMap<String, Object>();
    Unit unit = account.unitId() == null ? null : units.tree().byId(account.unitId());
    if (unit != null) {
      attributes.put(Scope.UNIT_PATH, unit.path());
      attributes.put(Scope.UNIT_CODE, unit.code());
    }
    Authentication authentication =
        Authentication.build(account.username(), List.of(account.role().name()), attributes);
    String token =
        tokens
            .generateToken(authentication, null)
            .orElseThrow(() -> new IllegalStateException("No token generator configured"));
    return new Token(token, account.username(), account.role(), unit == null ? null : unit.code());
  }

  private static Problem wrongCredentials() {
    return Problem.of(
        ProblemType.WRONG_CREDENTIALS,
        "Sai tên đăng nhập hoặc mật khẩu / Wrong username or password");
  }
}
