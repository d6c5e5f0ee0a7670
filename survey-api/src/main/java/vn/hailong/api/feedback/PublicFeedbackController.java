package vn.hailong.api.feedback;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** The published answers of a unit, for its public page: question and answer only. */
@Controller("/api/v1/public/feedback")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class PublicFeedbackController {
  private final FeedbackService feedback;

  PublicFeedbackController(FeedbackService feedback) {
    this.feedback = feedback;
  }

  @Get
  public FeedbackViews.PublicAnswers answers(@QueryValue @Nullable String unit) {
    return feedback.published(unit);
  }
}
