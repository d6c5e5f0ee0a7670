package vn.hailong.api.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.unit.Unit;

/**
 * What a logged-in account may see: admins everything, officers and planners their unit's subtree
 * (the unit's materialised path is carried in the token, so no query is needed).
 */
public record Scope(
    String username, boolean admin, @Nullable String unitPath, @Nullable String unitCode) {
  static final String UNIT_PATH = "unitPath";
  static final String UNIT_CODE = "unitCode";

  public static Scope of(Authentication authentication) {
    Object path = authentication.getAttributes().get(UNIT_PATH);
    Object code = authentication.getAttributes().get(UNIT_CODE);
    return new Scope(
        authentication.getName(),
        authentication.getRoles().contains(Role.ADMIN.name()),
        path == null ? null : path.toString(),
        code == null ? null : code.toString());
  }

  public boolean covers(Unit unit) {
    return admin || (unitPath != null && unit.path().startsWith(unitPath));
  }

  public void require(Unit unit) {
    if (!covers(unit)) {
      throw Problem.forbidden(
          username + " không phụ trách " + unit.name() + " / is not responsible for " + unit.code());
    }
  }
}
