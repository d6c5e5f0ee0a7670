package vn.hailong.api.demo;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hailong.analysis.Criterion;
import vn.hailong.analysis.VietnamTime;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;
import vn.hailong.api.unit.UnitLevel;

/**
 * Fills two and a half years of plausible ratings on first start, so that a newcomer sees this
 * quarter's numbers and a history across the 2025 reform. It writes the daily rollups directly,
 * as the ingestion of those ratings would have (the raw response table stays empty: demo ratings
 * are not citizens' words). Each rating is for a unit valid on its day. {@code hailong.demo-data}:
 * auto (only on the embedded H2 database), true or false; never twice.
 */
@Singleton
class DemoData {
  static final LocalDate FIRST_DAY = LocalDate.of(2023, 7, 1);
  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
  private static final String INSERT =
      "INSERT INTO daily_rollup (unit_id, local_date, question_code, n1, n2, n3, n4, n5, n_na)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final JdbcOperations jdbc;
  private final TransactionOperations<Connection> transactions;
  private final UnitDirectory units;
  private final Clock clock;
  private final String mode;
  private final String jdbcUrl;

  DemoData(
      JdbcOperations jdbc,
      TransactionOperations<Connection> transactions,
      UnitDirectory units,
      Clock clock,
      @Value("${hailong.demo-data:auto}") String mode,
      @Value("${datasources.default.url}") String jdbcUrl) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.units = units;
    this.clock = clock;
    this.mode = mode;
    this.jdbcUrl = jdbcUrl;
  }

  /** Whether this database gets demo data (and the demo kiosk). */
  boolean wanted() {
    return mode.equals("true") || (mode.equals("auto") && jdbcUrl.startsWith("jdbc:h2:"));
  }

  @EventListener
  void onStartup(StartupEvent event) {
    if (wanted() && isEmpty()) {
      long started = System.nanoTime();
      long rows = fill(VietnamTime.localDate(clock.instant()));
      LOG.info("Demo data: {} daily rollup rows in {} ms (HAILONG_DEMO_DATA=false turns this off)",
          rows, (System.nanoTime() - started) / 1_000_000);
    }
  }

  @Transactional
  boolean isEmpty() {
    return jdbc.prepareStatement(
        "SELECT COUNT(*) FROM daily_rollup",
        statement -> {
          try (var rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1) == 0;
          }
        });
  }

  long fill(LocalDate today) {
    SplittableRandom random = new SplittableRandom(20250701);
    long rows = 0;
    for (Unit unit : units.tree().all()) {
      if (unit.level() != UnitLevel.PROVINCE) {
        SplittableRandom unitRandom = random.split();
        // one transaction per unit keeps the embedded database's undo log small
        rows += transactions.executeWrite(status -> fillUnit(unit, today, unitRandom));
      }
    }
    transactions.executeWrite(status -> summariseMonths());
    return rows;
  }

  /** The monthly rollups of the demo days, as ingestion would have kept them. */
  private int summariseMonths() {
    try (var statement = jdbc.getConnection().createStatement()) {
      return statement.executeUpdate(
          "INSERT INTO monthly_rollup (unit_id, month_key, question_code, n1, n2, n3, n4, n5, n_na)"
              + " SELECT unit_id, YEAR(local_date) * 100 + MONTH(local_date), question_code,"
              + " SUM(n1), SUM(n2), SUM(n3), SUM(n4), SUM(n5), SUM(n_na) FROM daily_rollup"
              + " GROUP BY unit_id, YEAR(local_date) * 100 + MONTH(local_date), question_code");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not summarise the demo months", e);
    }
  }

  private long fillUnit(Unit unit, LocalDate today, SplittableRandom unitRandom) {
    long rows = 0;
    try (PreparedStatement insert = jdbc.getConnection().prepareStatement(INSERT)) {
        double offset = unitRandom.nextDouble(-0.07, 0.05);
        double perDay = dailyRatings(unit);
        for (LocalDate day = FIRST_DAY; !day.isAfter(today); day = day.plusDays(1)) {
          if (!unit.validOn(day) || day.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue()) {
            continue;
          }
          int ratings = DemoRatings.poisson(perDay, unitRandom);
          if (ratings == 0) {
            continue;
          }
          for (Criterion criterion : Criterion.values()) {
            double notApplicable = criterion == Criterion.FEEDBACK ? 0.35 : 0.03;
            int[] counts =
                DemoRatings.draw(
                    ratings, DemoRatings.satisfiedShare(criterion, offset, day), notApplicable,
                    unitRandom);
            insert.setLong(1, unit.id());
            insert.setObject(2, day);
            insert.setString(3, criterion.name());
            for (int i = 0; i < 6; i++) {
              insert.setInt(4 + i, counts[i]);
            }
            insert.addBatch();
            rows++;
          }
        }
      insert.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not write demo data", e);
    }
    return rows;
  }

  /**
   * Mean ratings per working day at one counter, about a tenth of a one-stop counter's dossiers:
   * the merged communes of 2025 serve more people than the old ones did.
   */
  private static double dailyRatings(Unit unit) {
    return switch (unit.level()) {
      case COMMUNE -> unit.validFrom() != null ? 5 : 1.6;
      case DISTRICT -> 3;
      default -> 1.2;
    };
  }
}
