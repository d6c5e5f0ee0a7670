package vn.hailong.api.feedback;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.hailong.api.unit.Unit;

/** What the feedback endpoints answer: officers' views with contact, public ones without. */
public final class FeedbackViews {
  private FeedbackViews() {}

  /** The answer to a submission: the id (the outbox checks it), the unit and the due date. */
  @Serdeable
  public record Receipt(String id, String unitCode, LocalDate receivedOn, LocalDate dueDate) {}

  /** A complaint as its handling officers see it, contact included. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Item(
      String id,
      String unitCode,
      String unitName,
      FeedbackChannel channel,
      String text,
      @Nullable String contact,
      @Nullable String receiptCode,
      Instant receivedAt,
      LocalDate receivedOn,
      LocalDate dueDate,
      FeedbackStatus status,
      boolean overdue,
      @Nullable String assignee,
      @Nullable Instant assignedAt,
      @Nullable String assignedBy,
      @Nullable String answer,
      @Nullable Instant answeredAt,
      @Nullable LocalDate answeredOn,
      @Nullable String answeredBy,
      @Nullable Boolean answeredOnTime,
      @Nullable Instant publishedAt,
      @Nullable String publishedBy) {}

  // an empty list is still a list: the page reads its length
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record FeedbackList(
      String unitCode, String unitName, LocalDate today, List<Item> items, boolean truncated) {}

  /** A published answer: the question and the answer, nothing about who asked. */
  @Serdeable
  public record PublicAnswer(String question, String answer) {}

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record PublicAnswers(String unitCode, String unitName, List<PublicAnswer> answers) {}

  static Receipt receipt(Feedback f, Unit unit) {
    return new Receipt(f.id(), unit.code(), f.receivedOn(), f.dueDate());
  }

  static Item item(Feedback f, Unit unit, LocalDate today) {
    return new Item(
        f.id(),
        unit.code(),
        unit.name(),
        f.channel(),
        f.question(),
        f.contact(),
        f.receiptCode(),
        f.receivedAt(),
        f.receivedOn(),
        f.dueDate(),
        f.status(),
        f.overdue(today),
        f.assignee(),
        f.assignedAt(),
        f.assignedBy(),
        f.answer(),
        f.answeredAt(),
        f.answeredOn(),
        f.answeredBy(),
        f.answeredOnTime(),
        f.publishedAt(),
        f.publishedBy());
  }
}
