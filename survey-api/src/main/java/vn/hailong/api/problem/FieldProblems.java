package vn.hailong.api.problem;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a request, so that one 400 reports them all, not the first only. */
public final class FieldProblems {
  private final List<FieldProblem> problems = new ArrayList<>();

  public FieldProblems add(FieldProblem problem) {
    problems.add(problem);
    return this;
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /**
   * @throws Problem 400 invalid-request listing every problem, when there is any
   */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw Problem.invalid(problems);
    }
  }
}
