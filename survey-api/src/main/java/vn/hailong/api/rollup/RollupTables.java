package vn.hailong.api.rollup;

/**
 * The rollup tables, owned by this package: no other package names them. Each row holds the counts
 * n1..n5 and n_na of one (unit, day or month, question).
 */
public final class RollupTables {
  private RollupTables() {}

  /** Counted ratings per (unit, local day, question). */
  public static final String DAILY = "daily_rollup";

  /** The same per calendar month ({@link MonthKey}), so that ranges read whole months at once. */
  public static final String MONTHLY = "monthly_rollup";

  /** Kiosk burst ratings per (unit, local day, question): kept, not counted (docs/decisions.md). */
  public static final String BURST = "daily_rollup_burst";

  /** What long-form respondents add per (unit, local day, criterion) (V19, docs/method.md). */
  public static final String RESPONDENT_DAILY = "daily_respondent_rollup";

  /** The same per calendar month. */
  public static final String RESPONDENT_MONTHLY = "monthly_respondent_rollup";

  /** The excess columns: Σ(m−1), Σm(m−1), Σy(y−1), Σy(m−1). */
  public static final String EXCESS = "extra_answers, answers_sq, satisfied_sq, product";

  /** The count columns, in scale order, then not applicable. */
  public static final String COUNTS = "n1, n2, n3, n4, n5, n_na";

  /**
   * Rebuilds the monthly rollup from the daily one, for bulk loads that fill daily rows directly
   * (the analysis benchmark); ingestion keeps both up to date row by row instead.
   */
  public static String rebuildMonthsSql() {
    String month = MonthKey.sql("local_date");
    return "INSERT INTO "
        + MONTHLY
        + " (unit_id, month_key, question_code, "
        + COUNTS
        + ")"
        + " SELECT unit_id, "
        + month
        + ", question_code,"
        + " SUM(n1), SUM(n2), SUM(n3), SUM(n4), SUM(n5), SUM(n_na) FROM "
        + DAILY
        + " GROUP BY unit_id, "
        + month
        + ", question_code";
  }
}
