package vn.hailong.api.feedback;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * The complaints of a unit's subtree received from..to, as of {@code asOf}: {@code received} =
 * {@code answeredOnTime} + {@code answeredLate} + {@code overdue} (unanswered, past the due date) +
 * {@code pending} (unanswered, still in time); {@code answered} = on time + late; {@code published}
 * counts answers made public. Figures only: no text, no contact.
 */
@Serdeable
public record FeedbackFigures(
    String unitCode,
    String unitName,
    LocalDate from,
    LocalDate to,
    LocalDate asOf,
    long received,
    long answered,
    long answeredOnTime,
    long answeredLate,
    long overdue,
    long pending,
    long published) {}
