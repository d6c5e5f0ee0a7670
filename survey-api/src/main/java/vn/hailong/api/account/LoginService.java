package vn.hailong.api.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;

/**
 * Checks a username and password and signs the JWT that carries the account's role and unit. Both
 * ways in use it: the bearer token of {@code POST /api/v1/login} and the dashboard's session cookie.
 */
@Singleton
public class LoginService {
  private final AccountRepository accounts;
  private final PasswordHasher hasher;
  private final TokenGenerator tokens;
  private final UnitDirectory units;

  LoginService(
      AccountRepository accounts, PasswordHasher hasher, TokenGenerator tokens, UnitDirectory units) {
    this.accounts = accounts;
    this.hasher = hasher;
    this.tokens = tokens;
    this.units = units;
  }

  /** A successful login: the signed token and who it is for. */
  public record Login(String token, String username, Role role, @Nullable Unit unit) {}

  public Login login(@Nullable String username, @Nullable String password) {
    if (username == null || password == null) {
      throw Problem.badRequest("username và password là bắt buộc / username and password are required");
    }
    Optional<Account> found = accounts.findByUsername(username);
    if (found.isEmpty()) {
      hasher.burnTime(password);
      throw wrongCredentials();
    }
    Account account = found.get();
    if (!hasher.matches(password, account.passwordHash())) {
      throw wrongCredentials();
    }
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
    return new Login(token, account.username(), account.role(), unit);
  }

  private static Problem wrongCredentials() {
    return Problem.unauthorized("Sai tên đăng nhập hoặc mật khẩu / Wrong username or password");
  }
}
