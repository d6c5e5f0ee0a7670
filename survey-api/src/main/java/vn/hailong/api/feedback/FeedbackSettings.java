package vn.hailong.api.feedback;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * How complaints are handled ({@code hailong.feedback}, defaults in application.yml, README
 * "Configuration").
 *
 * @param dueWorkingDays working days an office has to answer, counted from the day after it was
 *     received (Saturdays, Sundays and public holidays do not count, {@link WorkingDays})
 */
@ConfigurationProperties("hailong.feedback")
public record FeedbackSettings(int dueWorkingDays) {
  public FeedbackSettings {
    if (dueWorkingDays < 1 || dueWorkingDays > 60) {
      throw new IllegalArgumentException(
          "hailong.feedback.due-working-days must be 1..60, got " + dueWorkingDays);
    }
  }
}
