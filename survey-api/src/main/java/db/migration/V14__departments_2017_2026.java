package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.hailong.api.reorganisation.ChangeRows;
import vn.hailong.api.reorganisation.ReorganisationEngine;
import vn.hailong.api.unit.UnitStore;

/**
 * Today's provincial departments (docs/units.md, "Departments"): the departments of
 * khanhhoa-departments-2017-2026.csv loaded through the same import as an admin's reorganisation,
 * so that Flyway applies it exactly once and a later correction is another CSV, not a release. The
 * departments of V3 are its rows with a blank valid_from: they keep their ids and codes (and their
 * ratings and targets) and end on their valid_to. Ratings stored on them after their end (they were
 * valid for ever until now) move to a single successor where there is one and stay otherwise
 * (reported in the audit; docs/decisions.md, "Departments of 2025").
 */
public class V14__departments_2017_2026 extends BaseJavaMigration {
  static final String FILE = "db/reorganisations/khanhhoa-departments-2017-2026.csv";

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    ChangeRows.Read read = ChangeRows.csv(text(), UnitStore.load(connection), "khanh-hoa");
    if (!read.problems().isEmpty()) {
      throw new IllegalStateException(FILE + ": " + read.problems());
    }
    ReorganisationEngine.run(
        connection,
        read.changes(),
        true,
        ReorganisationEngine.Stranded.KEEP,
        new ReorganisationEngine.Audit(
            "migration",
            "Các sở, ban ngành 2017-2026: Nghị định 45/2025/NĐ-CP (01/3/2025), hợp nhất tỉnh"
                + " (01/7/2025) / provincial departments 2017-2026",
            "khanhhoa-departments-2017-2026.csv",
            Instant.now()));
  }

  private static String text() {
    try (InputStream in =
        V14__departments_2017_2026.class.getClassLoader().getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + FILE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
