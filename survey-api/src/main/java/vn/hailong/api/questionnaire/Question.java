package vn.hailong.api.questionnaire;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A question. The headline question of a criterion has the criterion's code (what the kiosk asks);
 * detailed ones are {@code ACCESS.1}, {@code ACCESS.2}, ... (the web form's second page).
 */
@MappedEntity("question")
public record Question(
    @Id String code,
    String criterion,
    int position,
    boolean headline,
    String textVi,
    String textEn) {}
