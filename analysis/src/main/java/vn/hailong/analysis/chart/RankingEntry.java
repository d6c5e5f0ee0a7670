package vn.hailong.analysis.chart;

/**
 * One unit's bar in a {@link RankingChart}.
 *
 * @param unitName the unit's name, e.g. "UBND phường Vĩnh Hòa"
 * @param indexPercent its satisfaction index, 0..100, or {@code NaN} without data
 */
public record RankingEntry(String unitName, double indexPercent) {
  /** Checks the name and that the index is NaN or within 0..100. */
  public RankingEntry {
    if (unitName == null || unitName.isBlank()) {
      throw new IllegalArgumentException("A ranking entry needs a unit name");
    }
    if (!Double.isNaN(indexPercent) && !(indexPercent >= 0 && indexPercent <= 100)) {
      throw new IllegalArgumentException("Index must be within 0..100 or NaN, got " + indexPercent);
    }
  }

  /** Whether the unit has an index. */
  public boolean hasData() {
    return !Double.isNaN(indexPercent);
  }
}
