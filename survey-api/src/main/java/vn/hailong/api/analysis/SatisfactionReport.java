package vn.hailong.api.analysis;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import vn.hailong.analysis.CriterionAssessment;
import vn.hailong.analysis.Status;

/**
 * A unit's satisfaction over a date range, per criterion against its target (contract v1). {@code
 * partialFrom} names the PARTIAL predecessors found in the lineage; {@code partial} gives each with
 * its index figures over the range. They are counted in the criteria only when {@code
 * partialIncluded}.
 */
@Serdeable
public record SatisfactionReport(
    String unit,
    String unitName,
    LocalDate from,
    LocalDate to,
    String scope,
    String basis,
    long respondents,
    @Nullable Double index,
    double indexTarget,
    List<CriterionResult> criteria,
    List<String> derivedFrom,
    List<String> partialFrom,
    boolean partialIncluded,
    List<PartialPredecessor> partial) {

  @Serdeable
  public record CriterionResult(
      String criterion,
      String nameVi,
      String nameEn,
      long answers,
      long satisfied,
      long notApplicable,
      @Nullable Double percent,
      @Nullable Double ciLow,
      @Nullable Double ciHigh,
      double target,
      @Nullable Double gap,
      Status status,
      long respondents,
      @Nullable Double effectiveN) {

    static CriterionResult of(CriterionAssessment a) {
      return new CriterionResult(
          a.criterion().name(),
          a.criterion().nameVi(),
          a.criterion().nameEn(),
          a.answers(),
          a.satisfied(),
          a.tally().notApplicable(),
          Criteria.orNull(a.percent()),
          Criteria.orNull(a.ciLow()),
          Criteria.orNull(a.ciHigh()),
          a.target(),
          Criteria.orNull(a.gap()),
          a.status(),
          a.respondents().respondents(),
          a.hasData() ? a.respondents().effectiveN() : null);
    }
  }
}
