package vn.hailong.api.questionnaire;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.hailong.analysis.Criterion;
import vn.hailong.analysis.Scale;

/** The scale, the six criteria and their questions, as kiosks and forms render them. */
@Serdeable
public record Questionnaire(
    List<ScaleValue> scale,
    Label notApplicable,
    List<CriterionView> criteria,
    List<QuestionView> questions) {

  @Serdeable
  public record ScaleValue(int value, String labelVi, String labelEn, boolean satisfied) {}

  @Serdeable
  public record Label(String labelVi, String labelEn) {}

  @Serdeable
  public record CriterionView(String code, String nameVi, String nameEn) {}

  @Serdeable
  public record QuestionView(
      String code,
      String criterion,
      boolean headline,
      int position,
      String textVi,
      String textEn) {}

  static Questionnaire of(List<Question> questions) {
    List<Criterion> order = Arrays.asList(Criterion.values());
    return new Questionnaire(
        IntStream.rangeClosed(Scale.MIN, Scale.MAX)
            .mapToObj(
                v -> new ScaleValue(v, Scale.labelVi(v), Scale.labelEn(v), Scale.isSatisfied(v)))
            .toList(),
        new Label(Scale.NOT_APPLICABLE_VI, Scale.NOT_APPLICABLE_EN),
        order.stream().map(c -> new CriterionView(c.name(), c.nameVi(), c.nameEn())).toList(),
        questions.stream()
            .sorted(
                Comparator.comparing(
                        (Question q) -> order.indexOf(Criterion.valueOf(q.criterion())))
                    .thenComparing(Question::position))
            .map(
                q ->
                    new QuestionView(
                        q.code(),
                        q.criterion(),
                        q.headline(),
                        q.position(),
                        q.textVi(),
                        q.textEn()))
            .toList());
  }

  /** Questions by code, for validating answers. */
  public Map<String, QuestionView> byCode() {
    return questions.stream()
        .collect(Collectors.toUnmodifiableMap(QuestionView::code, Function.identity()));
  }
}
