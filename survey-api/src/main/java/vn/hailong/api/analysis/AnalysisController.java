package vn.hailong.api.analysis;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import vn.hailong.api.account.Scope;
import vn.hailong.api.analysis.AnalysisRequests.DefaultRange;

/** What offices read: satisfaction against targets, trends, gaps and rankings (contract v1). */
@Controller("/api/v1/analysis")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class AnalysisController {
  private final AnalysisRequests requests;
  private final SatisfactionService service;

  AnalysisController(AnalysisRequests requests, SatisfactionService service) {
    this.requests = requests;
    this.service = service;
  }

  @Get("/satisfaction")
  public SatisfactionReport satisfaction(@RequestBean AnalysisQuery query, Authentication who) {
    return service.satisfaction(requests.resolve(query, Scope.of(who), DefaultRange.THIS_QUARTER));
  }

  @Get("/trend")
  public TrendReport trend(@RequestBean AnalysisQuery query, Authentication who) {
    return service.trend(requests.resolve(query, Scope.of(who), DefaultRange.LAST_24_MONTHS));
  }

  @Get("/gaps")
  public GapReport gaps(@RequestBean AnalysisQuery query, Authentication who) {
    return service.gaps(requests.resolve(query, Scope.of(who), DefaultRange.THIS_QUARTER));
  }

  @Get("/ranking")
  public RankingReport ranking(@RequestBean AnalysisQuery query, Authentication who) {
    return service.ranking(requests.resolve(query, Scope.of(who), DefaultRange.THIS_QUARTER));
  }
}
