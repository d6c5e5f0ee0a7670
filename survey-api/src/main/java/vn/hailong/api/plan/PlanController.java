package vn.hailong.api.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.io.ByteArrayOutputStream;
import vn.hailong.api.account.Scope;
import vn.hailong.api.plan.PlanView.Item;
import vn.hailong.api.plan.PlanView.Milestones;
import vn.hailong.api.plan.PlanView.Plan;
import vn.hailong.api.problem.Problem;

/** Improvement plans (docs/plans.md): read, add, edit and remove tasks; evidence; exports. */
@Controller("/api/v1/plans")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class PlanController {
  private final Plans plans;

  PlanController(Plans plans) {
    this.plans = plans;
  }

  @Get
  public Plan plan(
      @QueryValue @Nullable String unit, @QueryValue @Nullable Integer year, Authentication who) {
    return plans.plan(unit, year, Scope.of(who));
  }

  @Get("/milestones")
  public Milestones milestones(
      @QueryValue @Nullable String unit,
      @QueryValue @Nullable String from,
      @QueryValue @Nullable String to,
      Authentication who) {
    return plans.milestones(unit, from, to, Scope.of(who));
  }

  @Post
  public HttpResponse<Item> create(@Body PlanInput input, Authentication who) {
    return HttpResponse.status(HttpStatus.CREATED).body(plans.create(input, Scope.of(who)));
  }

  @Put("/{id}")
  public Item update(long id, @Body PlanInput input, Authentication who) {
    return plans.update(id, input, Scope.of(who));
  }

  @Delete("/{id}")
  public HttpResponse<Void> delete(long id, Authentication who) {
    plans.delete(id, Scope.of(who));
    return HttpResponse.noContent();
  }

  /** The body is the file itself; its type is read from its content, {@code name} is kept. */
  @Put(value = "/{id}/evidence", consumes = MediaType.ALL)
  public Item attach(
      long id, @QueryValue @Nullable String name, @Body @Nullable byte[] body, Authentication who) {
    return plans.attach(id, name, body, Scope.of(who));
  }

  @Get("/{id}/evidence")
  public HttpResponse<byte[]> evidence(long id, Authentication who) {
    EvidenceStore.StoredFile file = plans.evidenceFile(id, Scope.of(who));
    return HttpResponse.ok(file.content())
        .contentType(file.mediaType())
        .header(HttpHeaders.CONTENT_DISPOSITION, EvidenceNames.disposition(file.name()))
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
  }

  /** {@code ke-hoach.xlsx} or {@code ke-hoach.pdf} of a unit and year, in the annexes' layout. */
  @Get("/{file}")
  public HttpResponse<byte[]> export(
      String file,
      @QueryValue @Nullable String unit,
      @QueryValue @Nullable Integer year,
      Authentication who) {
    boolean xlsx = file.equals("ke-hoach.xlsx");
    if (!xlsx && !file.equals("ke-hoach.pdf")) {
      throw Problem.notFound(
          "Kế hoạch: ke-hoach.xlsx hoặc ke-hoach.pdf / plans export as ke-hoach.xlsx or .pdf");
    }
    Plan plan = plans.plan(unit, year, Scope.of(who));
    PlanTable table = PlanTable.of(plan);
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    if (xlsx) {
      PlanXlsx.write(table, out);
    } else {
      PlanPdf.write(table, out);
    }
    String name =
        "ke-hoach-hai-long_" + plan.unitCode() + "_" + plan.year() + (xlsx ? ".xlsx" : ".pdf");
    return HttpResponse.ok(out.toByteArray())
        .contentType(
            xlsx
                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "application/pdf")
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
  }
}
