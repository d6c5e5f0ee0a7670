package vn.hailong.api.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A task as a client sends it. Dates are text, so that a wrong one is reported with the others;
 * {@code deadline} is a YYYY-MM-DD date or {@value #ONGOING} ("Thường xuyên").
 */
@Serdeable
public record PlanInput(
    @Nullable String unitCode,
    @Nullable Integer year,
    @Nullable String criterion,
    @Nullable String task,
    @Nullable String leadAgency,
    @Nullable String partners,
    @Nullable String deadline,
    @Nullable String status,
    @Nullable String resultText,
    @Nullable String evidenceNumber,
    @Nullable String evidenceDate,
    @Nullable String evidenceLink,
    @Nullable String doneOn) {
  public static final String ONGOING = "ONGOING";
}
