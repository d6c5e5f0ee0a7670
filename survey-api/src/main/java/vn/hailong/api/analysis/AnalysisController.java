package vn.hailong.api.analysis;

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

/** What offices read: satisfaction against targets, trends, gaps and rankings (contract v1). */
@Controller("/api/v1/analysis")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class AnalysisController {
  private final AnalysisParameters parameters;
  private final SatisfactionService service;

  AnalysisController(AnalysisParameters parameters, SatisfactionService service) {
    this.parameters = parameters;
    this.service = service;
  }

  @Get("/satisfaction")
  public SatisfactionReport satisfaction(
      @QueryValue @Nullable String unit, @QueryValue @Nullable String from,
      @QueryValue @Nullable String to, @QueryValue @Nullable String scope,
      @QueryValue @Nullable String basis, @QueryValue @Nullable String partial,
      Authentication who) {
    var request =
        parameters.parse(unit, from, to, scope, basis, partial, null, null, Scope.of(who), false);
    return service.satisfaction(request.territory(), request.basis(), request.from(), request.to());
  }

  @Get("/trend")
  public TrendReport trend(
      @QueryValue @Nullable String unit, @QueryValue @Nullable String period,
      @QueryValue @Nullable String from, @QueryValue @Nullable String to,
      @QueryValue @Nullable String scope, @QueryValue @Nullable String basis,
      @QueryValue @Nullable String partial, Authentication who) {
    var request =
        parameters.parse(unit, from, to, scope, basis, partial, period, null, Scope.of(who), true);
    return service.trend(
        request.territory(), request.basis(), request.granularity(), request.from(), request.to());
  }

  @Get("/gaps")
  public GapReport gaps(
      @QueryValue @Nullable String unit, @QueryValue @Nullable String from,
      @QueryValue @Nullable String to, Authentication who) {
    var request =
        parameters.parse(unit, from, to, null, null, null, null, null, Scope.of(who), false);
    return service.gaps(request.unit(), request.from(), request.to());
  }

  @Get("/ranking")
  public RankingReport ranking(
      @QueryValue @Nullable String unit, @QueryValue @Nullable String level,
      @QueryValue @Nullable String from, @QueryValue @Nullable String to, Authentication who) {
    var request =
        parameters.parse(unit, from, to, null, null, null, null, level, Scope.of(who), false);
    return service.ranking(request.unit(), request.level(), request.from(), request.to());
  }
}
