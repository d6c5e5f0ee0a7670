package vn.hailong.api.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** What the API answers about plans: a unit's plan for a year, and each task in it. */
public final class PlanView {
  private PlanView() {}

  @Serdeable
  public record Plan(String unitCode, String unitName, int year, List<Item> items) {}

  /** {@code deadline} is a date or "ONGOING"; {@code evidenceFile} null when none was uploaded. */
  @Serdeable
  public record Item(
      long id,
      String unitCode,
      String unitName,
      int year,
      String criterion,
      String task,
      String leadAgency,
      @Nullable String partners,
      String deadline,
      PlanStatus status,
      @Nullable String resultText,
      @Nullable String evidenceNumber,
      @Nullable LocalDate evidenceDate,
      @Nullable String evidenceLink,
      @Nullable LocalDate doneOn,
      @Nullable EvidenceFile evidenceFile,
      LocalDateTime updatedAt,
      String updatedBy) {}

  @Serdeable
  public record EvidenceFile(String name, String mediaType, long size) {}

  /** Tasks done in a range, for the trend's marks. */
  @Serdeable
  public record Milestones(String unitCode, LocalDate from, LocalDate to, List<Item> done) {}
}
