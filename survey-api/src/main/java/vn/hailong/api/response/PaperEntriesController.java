package vn.hailong.api.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import vn.hailong.api.account.Scope;

/** Paper forms and who typed them in, for officers of the unit's subtree. */
@Controller("/api/v1/responses/paper")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class PaperEntriesController {
  private final PaperEntries entries;

  PaperEntriesController(PaperEntries entries) {
    this.entries = entries;
  }

  @Get
  public PaperEntries.Listing list(
      @QueryValue @Nullable String unit,
      @QueryValue @Nullable String from,
      @QueryValue @Nullable String to,
      Authentication who) {
    return entries.list(Scope.of(who), unit, from, to);
  }
}
