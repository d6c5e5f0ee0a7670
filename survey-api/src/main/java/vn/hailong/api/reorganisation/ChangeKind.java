package vn.hailong.api.reorganisation;

/**
 * What one line of a reorganisation does. RENAME and MOVE end the unit and start a new one with one
 * WHOLE link (docs/decisions.md, "Renames and moves"); SOURCE only records where a unit's facts
 * come from.
 */
public enum ChangeKind {
  CREATE,
  END,
  RENAME,
  MOVE,
  SOURCE
}
