package vn.hailong.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The JSON of an application/problem+json answer. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemBody(
    String type, String title, int status, String detail, @Nullable List<FieldProblem> errors) {}
