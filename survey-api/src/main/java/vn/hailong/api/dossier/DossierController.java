package vn.hailong.api.dossier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import vn.hailong.api.account.Scope;

/** Dossier timeliness (docs/dossiers.md): imports with progress, and the figures beside RESULTS. */
@Controller("/api/v1/dossiers")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DossierController {
  private final DossierImports imports;
  private final DossierReport reports;

  DossierController(DossierImports imports, DossierReport reports) {
    this.imports = imports;
    this.reports = reports;
  }

  @Get
  @Secured(SecurityRule.IS_AUTHENTICATED)
  public DossierReport.Report report(
      @QueryValue @Nullable String unit, @QueryValue @Nullable String period, Authentication who) {
    return reports.report(unit, period, Scope.of(who));
  }

  /**
   * The body is the file (CSV or XLSX); 202 with the job, whose progress is polled at {@code
   * /imports/{id}}. Planners and admins import: the figures come from the province's report.
   */
  @Post(value = "/imports", consumes = MediaType.ALL)
  @Secured({"PLANNER", "ADMIN"})
  public HttpResponse<DossierImports.Progress> start(
      @Body @Nullable byte[] body,
      @QueryValue(defaultValue = "false") boolean skipInconsistent,
      Authentication who) {
    return HttpResponse.status(HttpStatus.ACCEPTED)
        .body(imports.start(body, skipInconsistent, Scope.of(who)));
  }

  @Get("/imports/{id}")
  @Secured({"PLANNER", "ADMIN"})
  public DossierImports.Progress progress(String id, Authentication who) {
    return imports.progress(id, Scope.of(who));
  }
}
