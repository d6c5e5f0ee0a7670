package vn.hailong.api.unit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;

/** Reads the lineage links; the unit package owns the unit_lineage table. */
@Singleton
class UnitLinkRepository {
  private final JdbcOperations jdbc;

  UnitLinkRepository(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  List<UnitLink> findAll() {
    return jdbc.prepareStatement(
        "SELECT predecessor_id, successor_id, share FROM unit_lineage",
        statement -> {
          try (var rows = statement.executeQuery()) {
            var links = new java.util.ArrayList<UnitLink>();
            while (rows.next()) {
              links.add(
                  new UnitLink(rows.getLong(1), rows.getLong(2), Share.valueOf(rows.getString(3))));
            }
            return links;
          }
        });
  }

  /** Where each unit's facts come from, for the units that have a recorded source. */
  @Transactional(readOnly = true)
  java.util.Map<Long, String> sources() {
    return jdbc.prepareStatement(
        "SELECT unit_id, source FROM unit_source",
        statement -> {
          try (var rows = statement.executeQuery()) {
            var sources = new java.util.HashMap<Long, String>();
            while (rows.next()) {
              sources.put(rows.getLong(1), rows.getString(2));
            }
            return sources;
          }
        });
  }
}
