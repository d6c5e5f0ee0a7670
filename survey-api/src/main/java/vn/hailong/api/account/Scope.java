package vn.hailong.api.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import vn.hailong.api.problem.FieldProblems;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitTree;

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
      throw notResponsible(unit.code());
    }
  }

  /**
   * The unit a request field names, checked against the scope before anything else is said about
   * it. For an admin this is {@link UnitTree#find}; for anyone else a code outside the subtree and
   * a code no unit has get the same 403, so that nobody learns which units exist elsewhere. A
   * missing code is still "required" (400): that reveals nothing.
   */
  @Nullable
  public Unit find(UnitTree tree, String field, @Nullable String code, FieldProblems problems) {
    if (admin || code == null || code.isBlank()) {
      return tree.find(field, code, problems);
    }
    Unit unit = tree.byCode(code.strip()).orElse(null);
    if (unit == null || !covers(unit)) {
      throw notResponsible(code.strip());
    }
    return unit;
  }

  /**
   * The unit a listing starts at: the one {@code code} names, checked like {@link #find}; without a
   * code the caller's own unit, or for an admin bound to none the root unit valid today.
   */
  public Unit top(UnitTree tree, String field, @Nullable String code) {
    if (code == null || code.isBlank()) {
      return unitCode != null
          ? tree.require(unitCode)
          : tree.all().stream()
              .filter(u -> u.parentId() == null && u.validTo() == null)
              .findFirst()
              .orElseThrow();
    }
    FieldProblems problems = new FieldProblems();
    Unit unit = find(tree, field, code, problems);
    problems.throwIfAny();
    return unit;
  }

  // names only the code the caller gave: a unit's name would confirm that it exists
  private Problem notResponsible(String code) {
    return Problem.forbidden(
        username
            + " không phụ trách đơn vị '"
            + code
            + "' / is not responsible for unit '"
            + code
            + "'");
  }
}
