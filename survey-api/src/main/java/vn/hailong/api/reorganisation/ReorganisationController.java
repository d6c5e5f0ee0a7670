package vn.hailong.api.reorganisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import vn.hailong.analysis.VietnamTime;
import vn.hailong.api.problem.FieldProblem;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.problem.ProblemType;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;
import vn.hailong.api.unit.UnitLevel;
import vn.hailong.api.unit.UnitTree;

/**
 * Reorganisations, for admins only: a plan (CSV in the changes or departments layout, or JSON
 * changes) is dry run by default and applied with {@code dryRun=false}; the audit list shows every
 * applied one (docs/units.md, "Reorganisations").
 */
@Controller("/api/v1/reorganisations")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReorganisationController {
  private final ReorganisationService service;
  private final UnitDirectory directory;
  private final JsonMapper json;
  private final Clock clock;

  ReorganisationController(
      ReorganisationService service, UnitDirectory directory, JsonMapper json, Clock clock) {
    this.service = service;
    this.directory = directory;
    this.json = json;
    this.clock = clock;
  }

  @Serdeable
  public record AuditList(List<ReorganisationAudit.Entry> reorganisations) {}

  @Get
  public AuditList list() {
    return new AuditList(service.audit());
  }

  /**
   * @param dryRun true unless {@code false}: nothing is written without asking
   * @param parent departments layout: the unit the departments go under (default: the province
   *     valid today)
   * @param origin what the plan is, e.g. the uploaded file's name, kept in the audit
   */
  @Post(consumes = MediaType.ALL)
  public Report submit(
      HttpRequest<?> request,
      @Body @Nullable byte[] body,
      @QueryValue @Nullable String dryRun,
      @QueryValue @Nullable String reason,
      @QueryValue @Nullable String parent,
      @QueryValue @Nullable String origin,
      Authentication who) {
    boolean dry = !"false".equalsIgnoreCase(dryRun);
    String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
    MediaType type = request.getContentType().orElse(MediaType.TEXT_PLAIN_TYPE);
    UnitTree tree = directory.tree();
    ChangeRows.Read read;
    if (type.getSubtype().equals("json")) {
      read = ChangeRows.json(objects(text));
    } else if (type.getSubtype().equals("csv") || type.getSubtype().equals("plain")) {
      read = ChangeRows.csv(text, tree, parent != null ? parent : province(tree));
    } else {
      throw Problem.of(
          ProblemType.UNSUPPORTED_MEDIA_TYPE,
          "text/csv hoặc application/json / text/csv or application/json");
    }
    Report report = service.run(read, dry, reason, origin, who.getName());
    if (!dry) {
      service.reload();
    }
    return report;
  }

  private String province(UnitTree tree) {
    return tree.validOn(VietnamTime.localDate(clock.instant())).stream()
        .filter(u -> u.level() == UnitLevel.PROVINCE && u.parentId() == null)
        .map(Unit::code)
        .findFirst()
        .orElse("khanh-hoa");
  }

  /** {@code [{...}, ...]} or {@code {"changes": [{...}, ...]}}. */
  private List<Map<String, Object>> objects(String text) {
    try {
      String trimmed = text.strip();
      if (trimmed.startsWith("[")) {
        return json.readValue(trimmed, Argument.listOf(Argument.mapOf(String.class, Object.class)));
      }
      Map<String, List<Map<String, Object>>> wrapped =
          json.readValue(
              trimmed,
              Argument.mapOf(
                  Argument.STRING, Argument.listOf(Argument.mapOf(String.class, Object.class))));
      return wrapped.getOrDefault("changes", List.of());
    } catch (IOException | RuntimeException e) {
      throw Problem.invalid(
          ProblemType.REORGANISATION_REFUSED,
          List.of(
              FieldProblem.badFormat(
                  "body",
                  "JSON phải là danh sách thay đổi hoặc {\"changes\": [...]}",
                  "JSON must be a list of changes or {\"changes\": [...]}")));
    }
  }
}
