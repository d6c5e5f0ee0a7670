package vn.hailong.api.analysis;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import vn.hailong.analysis.Status;

/** Every (unit, criterion) under a unit that is below its target, worst first. */
@Serdeable
public record GapReport(String unit, LocalDate from, LocalDate to, List<Gap> gaps) {

  @Serdeable
  public record Gap(
      String unitCode,
      String unitName,
      String criterion,
      String nameVi,
      long answers,
      double percent,
      @Nullable Double ciLow,
      @Nullable Double ciHigh,
      double target,
      double gap,
      Status status) {}
}
