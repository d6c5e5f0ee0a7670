package vn.hailong.api.account;

/** OFFICER: a district or commune office; PLANNER: sets targets; ADMIN: everything. */
public enum Role {
  OFFICER,
  PLANNER,
  ADMIN
}
