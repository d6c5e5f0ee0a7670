package vn.hailong.api.reorganisation;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitStore;

/**
 * Applies a checked plan on the caller's connection: the new units, the ends, links and sources,
 * the moved ratings, then the audit of it all.
 */
final class PlanWriter {
  private PlanWriter() {}

  /** Returns the audit's id. */
  static long write(
      Connection connection, Plan plan, RatingMoves ratings, ReorganisationEngine.Audit audit)
      throws SQLException {
    Map<String, Era> eras = plan.eras;
    long next = UnitStore.nextId(connection);
    Map<String, String> paths = new LinkedHashMap<>();
    for (Era era : eras.values()) {
      if (era.existing != null) {
        paths.put(era.code, era.existing.path());
      }
    }
    // parents first: a new unit may sit under another new one
    List<Era> pending = new ArrayList<>(plan.created);
    while (!pending.isEmpty()) {
      boolean progress = false;
      for (var it = pending.iterator(); it.hasNext(); ) {
        Era era = it.next();
        if (era.parentCode != null && !paths.containsKey(era.parentCode)) {
          continue;
        }
        era.id = next++;
        String path = (era.parentCode == null ? "/" : paths.get(era.parentCode)) + era.id + "/";
        paths.put(era.code, path);
        Long parentId = era.parentCode == null ? null : eras.get(era.parentCode).id;
        UnitStore.insert(
            connection,
            new Unit(
                era.id,
                era.code,
                era.officialCode,
                era.name,
                era.kind,
                era.level,
                parentId,
                path,
                era.from,
                era.to,
                era.to == null ? null : era.endReason));
        it.remove();
        progress = true;
      }
      if (!progress) {
        throw new IllegalStateException("parents checked before writing: " + pending.size());
      }
    }
    for (Plan.End end : plan.ends) {
      Era era = eras.get(end.code());
      if (era.existing != null) {
        UnitStore.end(connection, era.id, end.to(), end.reason());
      }
    }
    for (Plan.NewLink link : plan.links) {
      UnitStore.link(
          connection, eras.get(link.predecessor()).id, eras.get(link.successor()).id, link.share());
    }
    for (Plan.Source source : plan.sources) {
      UnitStore.source(
          connection, eras.get(source.code()).id, Texts.truncate(source.source(), 2000));
    }
    ratings.apply(connection, plan);
    return ReorganisationAudit.write(connection, audit, plan.lines);
  }
}
