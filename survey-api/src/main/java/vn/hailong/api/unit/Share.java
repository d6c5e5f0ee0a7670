package vn.hailong.api.unit;

/**
 * How much of a predecessor went into a successor: WHOLE history can be pooled into the successor;
 * PARTIAL (a commune split between several new ones) is shown apart, never silently counted.
 */
public enum Share {
  WHOLE,
  PARTIAL
}
