package vn.hailong.api.feedback;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A complaint or suggestion (phản ánh, kiến nghị) as stored: what the citizen wrote, where, how to
 * reach them (personal data: never public, never in a report or a log line), and its handling.
 */
record Feedback(
    String id,
    long unitId,
    FeedbackChannel channel,
    String question,
    @Nullable String contact,
    @Nullable String receiptCode,
    Instant receivedAt,
    LocalDate receivedOn,
    LocalDate dueDate,
    @Nullable String assignee,
    @Nullable Instant assignedAt,
    @Nullable String assignedBy,
    @Nullable String answer,
    @Nullable Instant answeredAt,
    @Nullable LocalDate answeredOn,
    @Nullable String answeredBy,
    @Nullable Instant publishedAt,
    @Nullable String publishedBy) {

  FeedbackStatus status() {
    if (publishedAt != null) {
      return FeedbackStatus.PUBLISHED;
    }
    if (answer != null) {
      return FeedbackStatus.ANSWERED;
    }
    return assignee != null ? FeedbackStatus.ASSIGNED : FeedbackStatus.RECEIVED;
  }

  /** Quá hạn: not answered, and its last day has passed. */
  boolean overdue(LocalDate today) {
    return answeredOn == null && today.isAfter(dueDate);
  }

  /** Null while unanswered. */
  @Nullable
  Boolean answeredOnTime() {
    return answeredOn == null ? null : !answeredOn.isAfter(dueDate);
  }
}
