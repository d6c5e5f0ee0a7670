package vn.hailong.analysis;

/**
 * The satisfaction rate as the national public service portal computes it under Quyết định
 * 766/QĐ-TTg (2022), per unit and period from dossier statistics:
 *
 * <pre>
 *   rate = (dossiers − rated unsatisfied − complained about − late) / dossiers
 * </pre>
 *
 * Each dossier is subtracted once, even when it is unsatisfied, complained about and late at once:
 * the counts given here must already be of distinct dossiers per reason, in the order unsatisfied,
 * then complained (and not unsatisfied), then late (and neither). An unrated dossier counts as
 * <b>satisfied</b>: that is the portal's rule, and why this rate reads higher than the survey's.
 *
 * <p>Example: 1,000 dossiers, 12 rated unsatisfied, 3 complained about, 25 late: (1000 − 12 − 3 −
 * 25) / 1000 = 96,0%, whatever the 900 unrated citizens thought.
 *
 * @param dossiers dossiers settled in the period
 * @param unsatisfied dossiers whose receipt was rated unsatisfied (1 to 3)
 * @param complained further dossiers with a complaint
 * @param late further dossiers settled after their due date
 */
public record DossierRate(long dossiers, long unsatisfied, long complained, long late) {
  /** Checks the counts are non-negative and at most the dossiers together. */
  public DossierRate {
    if (dossiers < 0 || unsatisfied < 0 || complained < 0 || late < 0) {
      throw new IllegalArgumentException("Counts must not be negative");
    }
    if (unsatisfied + complained + late > dossiers) {
      throw new IllegalArgumentException(
          "More dossiers subtracted ("
              + (unsatisfied + complained + late)
              + ") than there are ("
              + dossiers
              + ")");
    }
  }

  /** The rate in percent; NaN without dossiers. */
  public double percent() {
    return dossiers == 0
        ? Double.NaN
        : 100.0 * (dossiers - unsatisfied - complained - late) / dossiers;
  }
}
