package vn.hailong.api.unit;

/** Where a unit sits in the administration. */
public enum UnitLevel {
  PROVINCE,
  DEPARTMENT,
  DISTRICT,
  COMMUNE,
  OTHER
}
