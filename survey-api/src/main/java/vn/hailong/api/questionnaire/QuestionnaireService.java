package vn.hailong.api.questionnaire;

import jakarta.inject.Singleton;
import java.util.Map;

/** The questionnaire changes only with a migration, so it is read once. */
@Singleton
public class QuestionnaireService {
  private final QuestionRepository questions;
  private volatile Questionnaire questionnaire;
  private volatile Map<String, Questionnaire.QuestionView> byCode;

  QuestionnaireService(QuestionRepository questions) {
    this.questions = questions;
  }

  public Questionnaire questionnaire() {
    if (questionnaire == null) {
      synchronized (this) {
        if (questionnaire == null) {
          Questionnaire loaded = Questionnaire.of(questions.findAll());
          byCode = loaded.byCode();
          questionnaire = loaded;
        }
      }
    }
    return questionnaire;
  }

  public boolean isQuestion(String code) {
    questionnaire();
    return byCode.containsKey(code);
  }
}
