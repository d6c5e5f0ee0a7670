package vn.hailong.api.demo;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hailong.analysis.Criterion;
import vn.hailong.analysis.VietnamTime;
import vn.hailong.api.rollup.RollupBatch;
import vn.hailong.api.rollup.RollupWriter;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;
import vn.hailong.api.unit.UnitLevel;

/**
 * Fills two and a half years of plausible ratings on first start, so that a newcomer sees this
 * quarter's numbers and a history across the 2025 reform. It writes the daily rollups directly, as
 * the ingestion of those ratings would have (the raw response table stays empty: demo ratings are
 * not citizens' words). Each rating is for a unit valid on its day. {@code hailong.demo.data}: auto
 * (only on the embedded H2 database), true or false; never twice.
 */
@Singleton
class DemoData {
  static final LocalDate FIRST_DAY = LocalDate.of(2023, 7, 1);
  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  private final RollupWriter rollups;
  private final TransactionOperations<Connection> transactions;
  private final UnitDirectory units;
  private final Clock clock;
  private final DemoSettings settings;

  DemoData(
      RollupWriter rollups,
      TransactionOperations<Connection> transactions,
      UnitDirectory units,
      Clock clock,
      DemoSettings settings) {
    this.rollups = rollups;
    this.transactions = transactions;
    this.units = units;
    this.clock = clock;
    this.settings = settings;
  }

  /** Whether this database gets demo data (and the demo kiosk). */
  boolean wanted() {
    return settings.data().equals("true") || (settings.data().equals("auto") && embedded());
  }

  @EventListener
  void onStartup(StartupEvent event) {
    if (wanted() && rollups.isEmpty()) {
      long started = System.nanoTime();
      long rows = fill(VietnamTime.localDate(clock.instant()));
      LOG.info(
          "Demo data: {} daily rollup rows in {} ms (HAILONG_DEMO_DATA=false turns this off)",
          rows,
          (System.nanoTime() - started) / 1_000_000);
    }
  }

  /** Whether the database is the embedded H2 (asked of the connection, not read from the URL). */
  private boolean embedded() {
    return transactions.executeRead(
        status -> {
          try {
            return status.getConnection().getMetaData().getDatabaseProductName().equals("H2");
          } catch (SQLException e) {
            throw new IllegalStateException("Could not ask the database what it is", e);
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
    return rows;
  }

  /** The unit's demo days, rolled up as ingestion would have (daily and monthly). */
  private long fillUnit(Unit unit, LocalDate today, SplittableRandom unitRandom) {
    long rows = 0;
    RollupBatch batch = new RollupBatch();
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
                ratings,
                DemoRatings.satisfiedShare(criterion, offset, day),
                notApplicable,
                unitRandom);
        batch.add(unit.id(), day, criterion.name(), counts);
        rows++;
      }
    }
    try {
      rollups.add(batch, new RollupBatch());
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
