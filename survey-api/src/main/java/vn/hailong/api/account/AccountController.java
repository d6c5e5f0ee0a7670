package vn.hailong.api.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;

/**
 * Accounts for admins, and for officers within their subtree; planners get 403 (they set targets,
 * they do not manage people). docs/dashboard.md, "People".
 */
@Controller("/api/v1/accounts")
@Secured({"ADMIN", "OFFICER"})
@ExecuteOn(TaskExecutors.BLOCKING)
public class AccountController {
  private final AccountService accounts;
  private final UnitDirectory units;

  AccountController(AccountService accounts, UnitDirectory units) {
    this.accounts = accounts;
    this.units = units;
  }

  @Serdeable
  public record NewAccount(
      @Nullable String username,
      @Nullable String password,
      @Nullable Role role,
      @Nullable String unitCode) {}

  @Serdeable
  public record Created(String username, Role role, @Nullable String unitCode) {}

  /** An account as listed: never its password hash. */
  @Serdeable
  public record AccountView(
      String username,
      Role role,
      @Nullable String unitCode,
      @Nullable String unitName,
      Instant createdAt,
      boolean disabled,
      @Nullable Instant disabledAt,
      @Nullable String disabledBy) {}

  // an empty list is still a list: a page reads its length
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record AccountList(String unitCode, String unitName, List<AccountView> accounts) {}

  @Serdeable
  public record NewPassword(@Nullable String password) {}

  /** The generated password appears here once; a chosen one is not sent back. */
  @Serdeable
  public record PasswordReset(String username, @Nullable String generatedPassword) {}

  @Get
  public AccountList list(@QueryValue @Nullable String unit, Authentication who) {
    Scope scope = Scope.of(who);
    Unit top = scope.top(units.tree(), "unit", unit);
    return new AccountList(
        top.code(), top.name(), accounts.list(top, scope).stream().map(this::view).toList());
  }

  @Post
  public HttpResponse<Created> create(@Body NewAccount body, Authentication who) {
    Account created =
        accounts.create(
            body.username(), body.password(), body.role(), body.unitCode(), Scope.of(who));
    Unit unit = accounts.unitOf(created);
    return HttpResponse.created(
        new Created(created.username(), created.role(), unit == null ? null : unit.code()));
  }

  @Post("/{username}/disable")
  public AccountView disable(String username, Authentication who) {
    return view(accounts.disable(username, Scope.of(who)));
  }

  @Post("/{username}/enable")
  public AccountView enable(String username, Authentication who) {
    return view(accounts.enable(username, Scope.of(who)));
  }

  /** Without a password in the body the server generates one, shown in this answer only. */
  @Post("/{username}/password")
  public PasswordReset resetPassword(
      String username, @Body @Nullable NewPassword body, Authentication who) {
    String chosen = body == null ? null : body.password();
    String password = accounts.resetPassword(username, chosen, Scope.of(who));
    return new PasswordReset(username, chosen == null ? password : null);
  }

  private AccountView view(Account account) {
    Unit unit = accounts.unitOf(account);
    return new AccountView(
        account.username(),
        account.role(),
        unit == null ? null : unit.code(),
        unit == null ? null : unit.name(),
        account.createdAt().toInstant(ZoneOffset.UTC),
        account.disabled(),
        account.disabledAt() == null ? null : account.disabledAt().toInstant(ZoneOffset.UTC),
        account.disabledBy());
  }
}
