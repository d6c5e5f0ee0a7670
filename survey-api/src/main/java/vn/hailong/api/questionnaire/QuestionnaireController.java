package vn.hailong.api.questionnaire;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

@Controller("/api/v1/questionnaire")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class QuestionnaireController {
  private final QuestionnaireService service;

  QuestionnaireController(QuestionnaireService service) {
    this.service = service;
  }

  @Get
  public Questionnaire questionnaire() {
    return service.questionnaire();
  }
}
