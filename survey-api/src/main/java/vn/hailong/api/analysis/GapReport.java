package vn.hailong.api.analysis;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import vn.hailong.analysis.Status;

/**
 * Every (unit, criterion) under a unit that is below its target, worst first, each with the
 * detailed questions that pull it down: the lowest of the criterion's detailed questions (the web
 * form's second page) that were answered, at most {@value #LOWEST_QUESTIONS}. {@code basis} says
 * which units are listed (see {@link ListedUnit}); with {@code now} a gap's {@code derivedFrom}
 * names the predecessors pooled into it and {@code partial} the PARTIAL ones, with their figures
 * for the criterion, counted only when {@code partialIncluded}.
 */
@Serdeable
public record GapReport(
    String unit,
    LocalDate from,
    LocalDate to,
    List<Gap> gaps,
    String basis,
    boolean partialIncluded) {
  public static final int LOWEST_QUESTIONS = 3;

  /** A detailed question's own figures: {@code code} as in the questionnaire (ACCESS.2). */
  @Serdeable
  public record QuestionResult(String code, long answers, double percent) {}

  @Serdeable
  public record Gap(
      String unitCode,
      String unitName,
      String criterion,
      String nameVi,
      long answers,
      long respondents,
      double percent,
      @Nullable Double ciLow,
      @Nullable Double ciHigh,
      double target,
      double gap,
      Status status,
      List<QuestionResult> lowestQuestions,
      List<String> derivedFrom,
      List<PartialPredecessor> partial) {}
}
