package vn.hailong.analysis;

/**
 * How a criterion's percentage stands against its target (see {@link CriterionAssessment#assess}
 * for the rules). Checked in this order:
 *
 * <ol>
 *   <li>{@link #INSUFFICIENT_DATA}: fewer valid answers than the minimum (the application's {@code
 *       hailong.min-answers}, 30 by default);
 *   <li>{@link #MET}: percent &ge; target;
 *   <li>{@link #SIGNIFICANTLY_BELOW}: even the upper bound of the 95% Wilson interval is below the
 *       target, so the shortfall is unlikely to be sampling noise;
 *   <li>{@link #BELOW}: below the target, but the interval still reaches it.
 * </ol>
 */
public enum Status {
  MET("Đạt mục tiêu", "Target met"),
  BELOW("Dưới mục tiêu nhưng chưa đủ chắc chắn", "Below target, not yet certain"),
  SIGNIFICANTLY_BELOW("Dưới mục tiêu, chắc chắn", "Below target, clearly"),
  INSUFFICIENT_DATA("Chưa đủ dữ liệu", "Not enough data");

  private final String labelVi;
  private final String labelEn;

  Status(String labelVi, String labelEn) {
    this.labelVi = labelVi;
    this.labelEn = labelEn;
  }

  /**
   * The Vietnamese label, as shown to users (the dashboard and chart legends use the same words).
   */
  public String labelVi() {
    return labelVi;
  }

  /** The English label. */
  public String labelEn() {
    return labelEn;
  }
}
