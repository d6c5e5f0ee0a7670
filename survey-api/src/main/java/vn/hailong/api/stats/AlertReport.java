package vn.hailong.api.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The alerts of a unit's subtree (contract v1), newest signal first. */
@Serdeable
public record AlertReport(String unit, String unitName, String state, List<Alert> alerts) {

  /**
   * One alert: the week ({@code weekFrom..weekTo}, Monday to Sunday) whose point raised it, what
   * the chart showed, the sentence a clerk reads, and that week's comments and complaints.
   */
  @Serdeable
  public record Alert(
      long id,
      String unitCode,
      String unitName,
      String criterion,
      String criterionNameVi,
      String rule,
      LocalDate firstWeek,
      LocalDate weekFrom,
      LocalDate weekTo,
      double percent,
      double centre,
      double lowerLimit,
      double respondents,
      String messageVi,
      Instant raisedAt,
      @Nullable Instant closedAt,
      @Nullable String closedBy,
      @Nullable String closeNote,
      List<String> comments,
      List<String> complaints) {}

  /** {@code POST /api/v1/stats/alerts/close}: the alert, its unit (for the scope check), a note. */
  @Serdeable
  public record Close(@Nullable String unitCode, @Nullable Long id, @Nullable String note) {}
}
