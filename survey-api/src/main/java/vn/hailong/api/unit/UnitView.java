package vn.hailong.api.unit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/** A unit as the API shows it (contract v1). */
@Serdeable
public record UnitView(
    String code,
    @Nullable String officialCode,
    String name,
    @Nullable String kind,
    UnitLevel level,
    @Nullable String parentCode,
    @Nullable LocalDate validFrom,
    @Nullable LocalDate validTo,
    @Nullable String endReason,
    List<Link> predecessors,
    List<Link> successors,
    @Nullable String source) {

  @Serdeable
  public record Link(String code, Share share) {}

  static UnitView of(Unit unit, UnitTree tree) {
    return new UnitView(
        unit.code(),
        unit.officialCode(),
        unit.name(),
        unit.kind(),
        unit.level(),
        tree.parent(unit).map(Unit::code).orElse(null),
        unit.validFrom(),
        unit.validTo(),
        unit.endReason(),
        tree.predecessors(unit).stream()
            .map(link -> new Link(tree.byId(link.predecessorId()).code(), link.share()))
            .toList(),
        tree.successors(unit).stream()
            .map(link -> new Link(tree.byId(link.successorId()).code(), link.share()))
            .toList(),
        tree.source(unit));
  }
}
