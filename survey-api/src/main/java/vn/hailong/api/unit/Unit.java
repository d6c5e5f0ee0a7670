package vn.hailong.api.unit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/**
 * An administrative unit in one era. {@code path} is the materialised path of ids from the root
 * ("/1/28/41/"), so a subtree is a prefix. {@code validFrom} null means "since before our records",
 * {@code validTo} null "still valid"; both are inclusive local dates.
 */
@MappedEntity("unit")
public record Unit(
    @Id @GeneratedValue Long id,
    String code,
    @Nullable String officialCode,
    String name,
    @Nullable String kind,
    UnitLevel level,
    @Nullable Long parentId,
    String path,
    @Nullable LocalDate validFrom,
    @Nullable LocalDate validTo,
    @Nullable String endReason) {

  public boolean validOn(LocalDate day) {
    return (validFrom == null || !day.isBefore(validFrom))
        && (validTo == null || !day.isAfter(validTo));
  }

  /** True when {@code other} is this unit or lies under it. */
  public boolean contains(Unit other) {
    return other.path.startsWith(path);
  }
}
