package vn.hailong.api.feedback;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Clock;
import java.time.LocalDate;
import vn.hailong.analysis.Granularity;
import vn.hailong.analysis.Period;
import vn.hailong.analysis.VietnamTime;
import vn.hailong.api.account.Scope;
import vn.hailong.api.problem.Enums;
import vn.hailong.api.problem.FieldProblem;
import vn.hailong.api.problem.FieldProblems;
import vn.hailong.api.support.ClientAddress;
import vn.hailong.api.support.DateRange;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;

/**
 * Complaints and suggestions: citizens submit (public, idempotent by id, rate-limited like web
 * ratings); officers and admins of the unit's subtree list, assign, answer and publish; anyone
 * logged in reads the figures of their subtree.
 */
@Controller("/api/v1/feedback")
@Secured({"ADMIN", "OFFICER"})
@ExecuteOn(TaskExecutors.BLOCKING)
public class FeedbackController {
  private final FeedbackService feedback;
  private final FeedbackSummaries summaries;
  private final UnitDirectory units;
  private final ClientAddress addresses;
  private final Clock clock;

  FeedbackController(
      FeedbackService feedback,
      FeedbackSummaries summaries,
      UnitDirectory units,
      ClientAddress addresses,
      Clock clock) {
    this.feedback = feedback;
    this.summaries = summaries;
    this.units = units;
    this.addresses = addresses;
    this.clock = clock;
  }

  /** The outbox adds {@code submittedAt}: accepted, not used (the office's clock counts). */
  @Serdeable
  public record SubmissionBody(
      @Nullable String id,
      @Nullable String unitCode,
      @Nullable String text,
      @Nullable String contact,
      @Nullable String receiptCode,
      @Nullable String submittedAt) {}

  @Serdeable
  public record AssignBody(@Nullable String assignee) {}

  @Serdeable
  public record AnswerBody(@Nullable String answer) {}

  /** 201 the first time, 200 with the same body for a retry, 409 for other content. */
  @Post
  @Secured(SecurityRule.IS_ANONYMOUS)
  public HttpResponse<FeedbackViews.Receipt> submit(
      HttpRequest<?> request,
      @Body SubmissionBody body,
      @Header("Authorization") @Nullable String authorization) {
    FeedbackService.Accepted accepted =
        feedback.submit(
            new FeedbackService.Submission(
                body.id(), body.unitCode(), body.text(), body.contact(), body.receiptCode()),
            authorization,
            addresses.of(request));
    return HttpResponse.<FeedbackViews.Receipt>status(
            accepted.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(accepted.receipt());
  }

  /**
   * The complaints of a unit's subtree (default: the caller's unit), newest first; {@code status}
   * received|assigned|answered|published, {@code overdue=true} only those past due, {@code from}
   * and {@code to} the days received (default: any).
   */
  @Get
  public FeedbackViews.FeedbackList list(
      @QueryValue @Nullable String unit,
      @QueryValue @Nullable String status,
      @QueryValue @Nullable String overdue,
      @QueryValue @Nullable String from,
      @QueryValue @Nullable String to,
      Authentication who) {
    Scope scope = Scope.of(who);
    Unit top = scope.top(units.tree(), "unit", unit);
    FieldProblems problems = new FieldProblems();
    FeedbackStatus wanted = Enums.parse(FeedbackStatus.class, "status", status, null, problems);
    if (overdue != null && !overdue.equals("true") && !overdue.equals("false")) {
      problems.add(FieldProblem.notOneOf("overdue", overdue, java.util.List.of("true", "false")));
    }
    DateRange range =
        from == null && to == null
            ? null
            : DateRange.parse(from, to, LocalDate.of(2000, 1, 1), today(), problems);
    problems.throwIfAny();
    return feedback.list(
        top,
        wanted,
        "true".equals(overdue),
        range == null ? null : range.from(),
        range == null ? null : range.to(),
        scope);
  }

  /** Received, answered (on time, late), overdue, pending, published; default this quarter. */
  @Get("/summary")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  public FeedbackFigures summary(
      @QueryValue @Nullable String unit,
      @QueryValue @Nullable String from,
      @QueryValue @Nullable String to,
      Authentication who) {
    Scope scope = Scope.of(who);
    Unit top = scope.top(units.tree(), "unit", unit);
    FieldProblems problems = new FieldProblems();
    LocalDate today = today();
    DateRange range =
        DateRange.parse(
            from, to, Period.containing(Granularity.QUARTER, today).start(), today, problems);
    problems.throwIfAny();
    return summaries.of(top, range.from(), range.to());
  }

  @Post("/{id}/assign")
  public FeedbackViews.Item assign(String id, @Body AssignBody body, Authentication who) {
    return feedback.assign(id, body.assignee(), Scope.of(who));
  }

  @Post("/{id}/answer")
  public FeedbackViews.Item answer(String id, @Body AnswerBody body, Authentication who) {
    return feedback.answer(id, body.answer(), Scope.of(who));
  }

  @Post("/{id}/publish")
  public FeedbackViews.Item publish(String id, Authentication who) {
    return feedback.publish(id, Scope.of(who));
  }

  @Post("/{id}/unpublish")
  public FeedbackViews.Item unpublish(String id, Authentication who) {
    return feedback.unpublish(id, Scope.of(who));
  }

  private LocalDate today() {
    return VietnamTime.localDate(clock.instant());
  }
}
