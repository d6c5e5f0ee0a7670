package vn.hailong.api.dossier;

import java.util.List;

/**
 * The columns of an import file (docs/dossiers.md), in the order of the provincial report's table:
 * unit, period, received (carried over, online, direct/postal), resolved (early, on time, late),
 * pending (in time, overdue). ASCII names, so that a clerk's Excel and any CSV tool agree.
 */
final class DossierColumns {
  static final String UNIT = "ma_don_vi";
  static final String NAME = "ten_don_vi";
  static final String PERIOD = "ky";
  static final String RECEIVED = "tiep_nhan";
  static final String CARRIED_OVER = "ky_truoc_chuyen_sang";
  static final String ONLINE = "truc_tuyen";
  static final String DIRECT = "truc_tiep_buu_chinh";
  static final String RESOLVED = "da_giai_quyet";
  static final String EARLY = "som_han";
  static final String ON_TIME = "dung_han";
  static final String LATE = "tre_han";
  static final String PENDING = "chua_giai_quyet";
  static final String PENDING_IN_TIME = "trong_han";
  static final String PENDING_OVERDUE = "qua_han";

  /** Columns a file must have (their cells may still be empty where the source is silent). */
  static final List<String> REQUIRED =
      List.of(UNIT, PERIOD, RECEIVED, RESOLVED, EARLY, ON_TIME, LATE, PENDING);

  static final List<String> ALL =
      List.of(
          UNIT,
          NAME,
          PERIOD,
          RECEIVED,
          CARRIED_OVER,
          ONLINE,
          DIRECT,
          RESOLVED,
          EARLY,
          ON_TIME,
          LATE,
          PENDING,
          PENDING_IN_TIME,
          PENDING_OVERDUE);

  private DossierColumns() {}
}
