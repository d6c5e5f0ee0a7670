package vn.hailong.analysis;

/**
 * The five-point answer scale of every question, plus "not applicable".
 *
 * <p>1 <i>Rất không hài lòng</i> (very dissatisfied), 2 <i>Không hài lòng</i> (dissatisfied), 3
 * <i>Bình thường</i> (neutral), 4 <i>Hài lòng</i> (satisfied), 5 <i>Rất hài lòng</i> (very
 * satisfied). An answer is <b>satisfied</b> when it is 4 or 5. "Not applicable" (<i>Không áp
 * dụng</i>, stored as {@code null}) is excluded from every count.
 */
public final class Scale {
  /** The lowest valid answer. */
  public static final int MIN = 1;

  /** The highest valid answer. */
  public static final int MAX = 5;

  /** The lowest answer that counts as satisfied. */
  public static final int SATISFIED_FROM = 4;

  /** Label of the "not applicable" answer, in Vietnamese. */
  public static final String NOT_APPLICABLE_VI = "Không áp dụng";

  /** Label of the "not applicable" answer, in English. */
  public static final String NOT_APPLICABLE_EN = "Not applicable";

  private static final String[] LABELS_VI = {
    "Rất không hài lòng", "Không hài lòng", "Bình thường", "Hài lòng", "Rất hài lòng"
  };
  private static final String[] LABELS_EN = {
    "Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"
  };

  private Scale() {}

  /** Whether {@code value} is an answer on the scale (1 to 5). */
  public static boolean isValid(int value) {
    return value >= MIN && value <= MAX;
  }

  /**
   * Whether the answer counts as satisfied (4 or 5).
   *
   * @throws IllegalArgumentException when the value is not on the scale
   */
  public static boolean isSatisfied(int value) {
    return requireValid(value) >= SATISFIED_FROM;
  }

  /** The Vietnamese label of an answer, e.g. 4 gives "Hài lòng". */
  public static String labelVi(int value) {
    return LABELS_VI[requireValid(value) - MIN];
  }

  /** The English label of an answer, e.g. 4 gives "Satisfied". */
  public static String labelEn(int value) {
    return LABELS_EN[requireValid(value) - MIN];
  }

  static int requireValid(int value) {
    if (!isValid(value)) {
      throw new IllegalArgumentException(
          "Answer " + value + " is not on the scale " + MIN + ".." + MAX);
    }
    return value;
  }
}
