package vn.hailong.api.reorganisation;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.hailong.api.account.AccountsOfUnit;
import vn.hailong.api.kiosk.KiosksOfUnit;

/**
 * The kiosks and accounts bound to a unit the plan ends, each with the unit's successors: the plan
 * moves neither, an admin does from the report (docs/units.md, "Kiosks and people across a
 * change").
 */
record EndedUnitBindings(List<Report.Kiosk> kiosks, List<Report.Account> accounts) {

  static EndedUnitBindings of(
      Connection connection, Plan plan, Map<String, List<String>> successors) throws SQLException {
    List<Report.Kiosk> kiosks = new ArrayList<>();
    List<Report.Account> accounts = new ArrayList<>();
    for (Plan.End end : plan.ends) {
      Era era = plan.eras.get(end.code());
      if (era.existing == null) {
        continue;
      }
      List<String> next = successors.getOrDefault(era.code, List.of());
      for (KiosksOfUnit.Entry kiosk : KiosksOfUnit.list(connection, era.existing.id())) {
        kiosks.add(new Report.Kiosk(kiosk.code(), era.code, kiosk.revoked(), next));
      }
      for (AccountsOfUnit.Entry account : AccountsOfUnit.list(connection, era.existing.id())) {
        accounts.add(new Report.Account(account.username(), account.role(), era.code, next));
      }
    }
    return new EndedUnitBindings(kiosks, accounts);
  }
}
