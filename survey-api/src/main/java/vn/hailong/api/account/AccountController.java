package vn.hailong.api.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;

@Controller("/api/v1/accounts")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AccountController {
  private final AccountService accounts;

  AccountController(AccountService accounts) {
    this.accounts = accounts;
  }

  @Serdeable
  public record NewAccount(
      @Nullable String username,
      @Nullable String password,
      @Nullable Role role,
      @Nullable String unitCode) {}

  @Serdeable
  public record Created(String username, Role role, @Nullable String unitCode) {}

  @Post
  public HttpResponse<Created> create(@Body NewAccount body) {
    accounts.create(body.username(), body.password(), body.role(), body.unitCode());
    return HttpResponse.created(new Created(body.username(), body.role(), body.unitCode()));
  }
}
