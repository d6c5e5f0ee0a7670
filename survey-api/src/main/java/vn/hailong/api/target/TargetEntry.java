package vn.hailong.api.target;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.LocalDateTime;

/** A target as stored: unit null = province-wide, criterion null = all criteria (and the index). */
@MappedEntity("target")
public record TargetEntry(
    @Id @GeneratedValue Long id,
    String targetKey,
    @Nullable Long unitId,
    @MappedProperty("target_year") int year,
    @Nullable String criterion,
    double percent,
    LocalDateTime updatedAt,
    String updatedBy) {

  static String key(@Nullable Long unitId, int year, @Nullable String criterion) {
    return (unitId == null ? "*" : unitId)
        + ":"
        + year
        + ":"
        + (criterion == null ? "*" : criterion);
  }
}
