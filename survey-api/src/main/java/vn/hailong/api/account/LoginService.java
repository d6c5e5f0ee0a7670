package vn.hailong.api.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import vn.hailong.api.problem.FieldProblem;
import vn.hailong.api.problem.FieldProblems;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.problem.ProblemType;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;

/**
 * Checks a username and password, throttled per account and per client address, and signs the JWT
 * that carries the account's role and unit. Both ways in use it: the bearer token of {@code POST
 * /api/v1/login} and the dashboard's session cookie.
 */
@Singleton
public class LoginService {
  private final AccountRepository accounts;
  private final PasswordHasher hasher;
  private final TokenGenerator tokens;
  private final UnitDirectory units;
  private final LoginThrottle throttle;

  LoginService(
      AccountRepository accounts,
      PasswordHasher hasher,
      TokenGenerator tokens,
      UnitDirectory units,
      LoginThrottle throttle) {
    this.accounts = accounts;
    this.hasher = hasher;
    this.tokens = tokens;
    this.units = units;
    this.throttle = throttle;
  }

  /** A successful login: the signed token and who it is for. */
  public record Login(String token, String username, Role role, @Nullable Unit unit) {}

  /**
   * @param address the client's address ({@link vn.hailong.api.support.ClientAddress})
   */
  public Login login(@Nullable String username, @Nullable String password, String address) {
    FieldProblems problems = new FieldProblems();
    if (username == null) {
      problems.add(FieldProblem.required("username"));
    }
    if (password == null) {
      problems.add(FieldProblem.required("password"));
    }
    problems.throwIfAny();
    // before any query or BCrypt: a locked account or address costs the server nothing
    throttle.check(username, address);
    Optional<Account> found = accounts.findByUsername(username);
    boolean right;
    if (password.length() > AccountService.MAX_PASSWORD) {
      right = false; // no account has one so long; not worth a BCrypt run
    } else if (found.isEmpty()) {
      hasher.burnTime(password);
      right = false;
    } else {
      right = hasher.matches(password, found.get().passwordHash());
    }
    if (!right) {
      throttle.failed(username, address);
      throw Problem.of(
          ProblemType.WRONG_CREDENTIALS,
          "Sai tên đăng nhập hoặc mật khẩu / Wrong username or password");
    }
    throttle.succeeded(username);
    Account account = found.get();
    if (account.disabled()) {
      // said only to someone who knows the password: a clerk should not retry until locked out
      throw Problem.of(
          ProblemType.WRONG_CREDENTIALS,
          "Tài khoản đã bị khóa, xin liên hệ quản trị viên"
              + " / the account is disabled, please ask an administrator");
    }
    var attributes = new HashMap<String, Object>();
    attributes.put(TokenStillValid.TOKEN_VERSION, account.tokenVersion());
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
    return new Login(token, account.username(), account.role(), unit);
  }
}
