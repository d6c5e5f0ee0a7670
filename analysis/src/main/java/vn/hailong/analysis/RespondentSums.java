package vn.hailong.analysis;

import java.math.BigInteger;

/**
 * One criterion's answers counted per respondent, so that its interval rests on respondents, not
 * answers. A long-form respondent gives up to six answers to one criterion (the headline question
 * and the detailed ones); they come from one person and are not independent, so treating them as
 * six observations makes the Wilson interval too narrow.
 *
 * <p>Each respondent {@code i} is a cluster with {@code m_i} valid answers to the criterion, {@code
 * y_i} of them satisfied. The percentage stays the pooled {@code p = Σy / Σm} (a ratio estimator).
 * Its variance by linearisation (Kish, <i>Survey Sampling</i>, 1965, §6.3; Cochran, <i>Sampling
 * Techniques</i>, 3rd ed. 1977, §6.7, without the finite-population and {@code k/(k−1)} factors) is
 *
 * <pre>
 *   var(p) = Σ (y_i − p·m_i)² / (Σm)²
 *          = (Σy² − 2p·Σym + p²·Σm²) / (Σm)²
 * </pre>
 *
 * and the <b>design effect</b> is that variance over the one that treats every answer as
 * independent, {@code p(1−p)/Σm}:
 *
 * <pre>
 *   deff  = (Σy²·M² − 2·Y·M·Σym + Y²·Σm²) / (M · Y · (M − Y))     with M = Σm, Y = Σy
 *   n_eff = M / max(1, deff)
 * </pre>
 *
 * The interval is the Wilson score interval of {@code p} with {@code n = n_eff} (Kish's effective
 * sample size, as recommended for Wilson intervals under clustering by Korn and Graubard, <i>Survey
 * Methodology</i> 24, 1998). A design effect below 1 is taken as 1, so answers never count as more
 * than independent. When every answer or none is satisfied ({@code Y = 0} or {@code Y = M}) the
 * variance carries no information on the clustering and {@code n_eff} is the number of respondents
 * (as if each respondent's answers were one).
 *
 * <p>For kiosk ratings (one answer per criterion: {@code m_i, y_i ∈ {0, 1}}) {@code Σy² = Σym = Y}
 * and {@code Σm² = M}, the numerator is exactly {@code M·Y·(M − Y)}, {@code deff = 1} and the
 * interval is exactly {@link Proportion#wilson()}. The deff is computed in integers for that
 * reason.
 *
 * <p>All six sums add up over respondents, units and days ({@link #plus}), so they are stored in
 * the rollups and pooled like tallies.
 *
 * @param respondents respondents with at least one valid answer to the criterion
 * @param answers Σm, the valid answers (= the tally's {@code valid})
 * @param satisfied Σy, the satisfied answers (= the tally's {@code satisfied})
 * @param sumSatisfiedSquared Σy²
 * @param sumAnswersSquared Σm²
 * @param sumProduct Σy·m
 */
public record RespondentSums(
    long respondents,
    long answers,
    long satisfied,
    long sumSatisfiedSquared,
    long sumAnswersSquared,
    long sumProduct) {
  /** No respondent. */
  public static final RespondentSums EMPTY = new RespondentSums(0, 0, 0, 0, 0, 0);

  /** Checks the sums are non-negative and {@code Y ≤ M}, {@code respondents ≤ M}. */
  public RespondentSums {
    if (respondents < 0
        || satisfied < 0
        || sumSatisfiedSquared < 0
        || sumAnswersSquared < 0
        || sumProduct < 0
        || satisfied > answers
        || respondents > answers) {
      throw new IllegalArgumentException(
          "Inconsistent respondent sums: need 0 <= satisfied <= answers and respondents <= answers");
    }
  }

  /** One respondent's {@code m} valid answers to the criterion, {@code y} of them satisfied. */
  public static RespondentSums of(int m, int y) {
    if (m < 0 || y < 0 || y > m) {
      throw new IllegalArgumentException("Need 0 <= y <= m, got " + y + " of " + m);
    }
    return m == 0 ? EMPTY : new RespondentSums(1, m, y, (long) y * y, (long) m * m, (long) y * m);
  }

  /**
   * The sums of respondents who each gave at most one answer (a kiosk, or rollups without per
   * respondent sums): every answer is its own respondent.
   */
  public static RespondentSums ofIndependent(Tally tally) {
    long m = tally.valid();
    long y = tally.satisfied();
    return new RespondentSums(m, m, y, y, m, y);
  }

  /**
   * The sums from a tally and the excess of its long-form respondents over one-answer respondents
   * (what the rollups store: nothing at all for kiosk ratings).
   */
  public static RespondentSums of(Tally tally, Excess excess) {
    long m = tally.valid();
    long y = tally.satisfied();
    return new RespondentSums(
        m - excess.extraAnswers(),
        m,
        y,
        y + excess.satisfiedSquared(),
        m + excess.answersSquared(),
        y + excess.product());
  }

  /**
   * What long-form respondents add beyond one answer each, summed like the sums themselves: {@code
   * Σ(m−1)}, {@code Σm(m−1)}, {@code Σy(y−1)}, {@code Σy(m−1)} over respondents with {@code m ≥ 1}.
   * All four are 0 for a respondent with at most one answer, so only long-form ratings are stored.
   *
   * @param extraAnswers Σ(m − 1)
   * @param answersSquared Σm(m − 1)
   * @param satisfiedSquared Σy(y − 1)
   * @param product Σy(m − 1)
   */
  public record Excess(
      long extraAnswers, long answersSquared, long satisfiedSquared, long product) {
    /** Nothing beyond one answer per respondent. */
    public static final Excess NONE = new Excess(0, 0, 0, 0);

    /** One respondent's excess: {@link #NONE} when {@code m ≤ 1}. */
    public static Excess of(int m, int y) {
      if (m < 0 || y < 0 || y > m) {
        throw new IllegalArgumentException("Need 0 <= y <= m, got " + y + " of " + m);
      }
      if (m <= 1) {
        return NONE;
      }
      return new Excess(m - 1, (long) m * (m - 1), (long) y * (y - 1), (long) y * (m - 1));
    }

    /** Whether the respondent or pool is indistinguishable from one-answer respondents. */
    public boolean isNone() {
      return extraAnswers == 0 && answersSquared == 0 && satisfiedSquared == 0 && product == 0;
    }

    /** The sum of two excesses. */
    public Excess plus(Excess other) {
      return new Excess(
          Math.addExact(extraAnswers, other.extraAnswers),
          Math.addExact(answersSquared, other.answersSquared),
          Math.addExact(satisfiedSquared, other.satisfiedSquared),
          Math.addExact(product, other.product));
    }
  }

  /** Pools two sets of sums: the element-wise sum. */
  public RespondentSums plus(RespondentSums other) {
    return new RespondentSums(
        Math.addExact(respondents, other.respondents),
        Math.addExact(answers, other.answers),
        Math.addExact(satisfied, other.satisfied),
        Math.addExact(sumSatisfiedSquared, other.sumSatisfiedSquared),
        Math.addExact(sumAnswersSquared, other.sumAnswersSquared),
        Math.addExact(sumProduct, other.sumProduct));
  }

  /** The pooled proportion of answers (the percentage shown). */
  public Proportion proportion() {
    return new Proportion(satisfied, answers);
  }

  /**
   * The design effect {@code deff} as defined above, in exact integer arithmetic; {@code NaN} when
   * it is undefined (no answers, or {@code p} is 0 or 1).
   */
  public double designEffect() {
    if (answers == 0 || satisfied == 0 || satisfied == answers) {
      return Double.NaN;
    }
    BigInteger m = BigInteger.valueOf(answers);
    BigInteger y = BigInteger.valueOf(satisfied);
    BigInteger numerator =
        BigInteger.valueOf(sumSatisfiedSquared)
            .multiply(m)
            .multiply(m)
            .subtract(
                BigInteger.TWO.multiply(y).multiply(m).multiply(BigInteger.valueOf(sumProduct)))
            .add(y.multiply(y).multiply(BigInteger.valueOf(sumAnswersSquared)));
    BigInteger denominator = m.multiply(y).multiply(m.subtract(y));
    if (numerator.equals(denominator)) {
      return 1.0;
    }
    return new java.math.BigDecimal(numerator)
        .divide(new java.math.BigDecimal(denominator), java.math.MathContext.DECIMAL64)
        .doubleValue();
  }

  /**
   * The effective number of independent answers, {@code Σm / max(1, deff)}; the respondents when
   * the design effect is undefined; 0 without data.
   */
  public double effectiveN() {
    if (answers == 0) {
      return 0;
    }
    double deff = designEffect();
    if (Double.isNaN(deff)) {
      return respondents;
    }
    return deff <= 1 ? answers : answers / deff;
  }

  /** The 95% Wilson interval of the pooled share with {@code n = n_eff}, in percent. */
  public Interval wilson() {
    return Wilson.interval(satisfied, answers, effectiveN(), Proportion.Z_95);
  }
}
