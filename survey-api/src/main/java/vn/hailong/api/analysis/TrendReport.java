package vn.hailong.api.analysis;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import vn.hailong.analysis.CriterionAssessment;
import vn.hailong.analysis.Period;
import vn.hailong.analysis.Status;
import vn.hailong.analysis.Tally;

/**
 * One series per criterion and one for the index: each period's figures, the least-squares slope
 * per period with the target of that period's year, and the projection to the end of the target
 * year. {@code reorganisations} are the days within the range on which a pooled unit began or ended
 * (the reform of 2025-07-01): the series crosses a change of the unit tree there. {@code partial}
 * lists the PARTIAL predecessors over the whole range (index figures) and each point those valid in
 * its period, with their figures for the series' criterion; they are in the points' own figures
 * only when {@code partialIncluded}.
 */
@Serdeable
public record TrendReport(
    String unit,
    String unitName,
    String period,
    LocalDate from,
    LocalDate to,
    String scope,
    String basis,
    int targetYear,
    List<Series> series,
    List<LocalDate> reorganisations,
    List<PartialPredecessor> partial,
    boolean partialIncluded) {

  /** {@code criterion} is a criterion code or "INDEX". */
  @Serdeable
  public record Series(
      String criterion,
      String nameVi,
      String nameEn,
      List<Point> points,
      @Nullable Double slope,
      double target,
      @Nullable Double projection,
      boolean reachesTarget) {}

  /**
   * A period's figures. For a criterion, the interval and the status rest on respondents ({@code
   * respondents}: docs/method.md §10), against that period's year's target. For the index, answers
   * and satisfied sum the criteria's, {@code respondents} is the ratings counted, and there is no
   * interval or status.
   */
  @Serdeable
  public record Point(
      String period,
      long answers,
      long satisfied,
      @Nullable Double percent,
      long respondents,
      @Nullable Double ciLow,
      @Nullable Double ciHigh,
      @Nullable Status status,
      double target,
      List<String> derivedFrom,
      List<PartialPredecessor> partial) {

    static Point of(
        CriterionAssessment a,
        Period period,
        List<String> derivedFrom,
        List<PartialPredecessor> partial) {
      return new Point(
          period.label(),
          a.answers(),
          a.satisfied(),
          Criteria.orNull(a.percent()),
          a.respondents().respondents(),
          Criteria.orNull(a.ciLow()),
          Criteria.orNull(a.ciHigh()),
          a.status(),
          a.target(),
          derivedFrom,
          partial);
    }

    static Point ofIndex(
        Period period,
        Tally all,
        long ratings,
        @Nullable Double index,
        double target,
        List<String> derivedFrom,
        List<PartialPredecessor> partial) {
      return new Point(
          period.label(),
          all.valid(),
          all.satisfied(),
          index,
          ratings,
          null,
          null,
          null,
          target,
          derivedFrom,
          partial);
    }
  }
}
