package vn.hailong.api.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@MicronautTest
class QuestionnaireTest {
  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void sixCriteriaEachWithAHeadlineAndTwoToFiveDetailedQuestions() {
    Questionnaire questionnaire =
        client.toBlocking().retrieve("/api/v1/questionnaire", Questionnaire.class);

    assertEquals(
        List.of("ACCESS", "FACILITIES", "PROCEDURES", "STAFF", "RESULTS", "FEEDBACK"),
        questionnaire.criteria().stream().map(Questionnaire.CriterionView::code).toList());
    Map<String, List<Questionnaire.QuestionView>> byCriterion =
        questionnaire.questions().stream()
            .collect(Collectors.groupingBy(Questionnaire.QuestionView::criterion));
    for (var criterion : questionnaire.criteria()) {
      List<Questionnaire.QuestionView> questions = byCriterion.get(criterion.code());
      assertEquals(criterion.code(), questions.get(0).code(), "headline first");
      assertTrue(questions.get(0).headline());
      long detailed = questions.stream().filter(q -> !q.headline()).count();
      assertTrue(detailed >= 2 && detailed <= 5, criterion.code() + ": " + detailed);
      assertTrue(questions.stream().allMatch(q -> !q.textVi().isBlank() && !q.textEn().isBlank()));
    }
  }

  @Test
  void theScaleIsFivePointsWithVietnameseLabels() {
    Questionnaire questionnaire =
        client.toBlocking().retrieve("/api/v1/questionnaire", Questionnaire.class);

    assertEquals(5, questionnaire.scale().size());
    assertEquals("Rất không hài lòng", questionnaire.scale().get(0).labelVi());
    assertEquals("Rất hài lòng", questionnaire.scale().get(4).labelVi());
    assertEquals(
        List.of(false, false, false, true, true),
        questionnaire.scale().stream().map(Questionnaire.ScaleValue::satisfied).toList());
    assertEquals("Không áp dụng", questionnaire.notApplicable().labelVi());
    assertEquals("Thủ tục hành chính", questionnaire.criteria().get(2).nameVi());
  }
}
