package vn.hailong.api.analysis;

import java.util.List;
import vn.hailong.analysis.CriterionAssessment;
import vn.hailong.api.unit.Unit;

/** One unit's six criteria against their targets, and how many people answered. */
public record UnitAssessments(Unit unit, long respondents, List<CriterionAssessment> criteria) {}
