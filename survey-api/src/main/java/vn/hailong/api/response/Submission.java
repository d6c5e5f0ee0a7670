package vn.hailong.api.response;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SortedMap;
import java.util.UUID;
import vn.hailong.api.support.Hashes;
import vn.hailong.api.unit.Unit;

/**
 * A validated rating. {@code answers} is sorted by question code, which is also the order rollup
 * rows are locked in, so that concurrent writers never deadlock. A null answer is "not applicable".
 * {@code localDate} is the day the rating counts on: the local day of {@code submittedAt}, or of
 * its arrival when {@code timeCorrected} (the device's clock could not be believed).
 */
public record Submission(
    UUID id,
    Unit unit,
    Channel channel,
    Instant submittedAt,
    LocalDate localDate,
    SortedMap<String, Integer> answers,
    @Nullable String receiptCode,
    @Nullable String comment,
    boolean timeCorrected) {

  /**
   * SHA-256 of the content: what decides whether a repeated id is a retry (200) or a clash (409).
   */
  public String contentHash() {
    var canonical = new StringBuilder();
    canonical.append(unit.code()).append('\n').append(channel).append('\n');
    canonical.append(submittedAt.toEpochMilli()).append('\n');
    answers.forEach((code, value) -> canonical.append(code).append('=').append(value).append(';'));
    canonical.append('\n').append(receiptCode).append('\n').append(comment);
    return Hashes.sha256(canonical.toString());
  }
}
