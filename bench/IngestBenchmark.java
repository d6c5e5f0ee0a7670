import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import vn.hailong.api.rollup.MonthKey;
import vn.hailong.api.rollup.RollupTables;

/**
 * Ingestion benchmark, run from a second process against a running Hài Lòng on MariaDB (see
 * bench/ingest.sh). Measures in one run: (1) the raw JDBC ceiling, one writer committing 100
 * ratings per transaction; (2) raw JDBC with one transaction per rating from 16 connections; (3)
 * ratings posted over HTTP by concurrent clients, with p50/p99 latency. Every rating is a response
 * row, six answers, six daily and six monthly rollup upserts, the same statements the application
 * runs. Before (1), a quarter as many ratings are posted over HTTP and not counted: the
 * application's JVM is fresh, and its first seconds go to compiling, which a server in service has
 * long done (docs/benchmarks.md).
 *
 * <p>Throughput on a shared 2-core machine swings by 20% from run to run with whatever else runs;
 * the CPU time the application and the database spend per rating does not. Given their process
 * ids, the HTTP phase also reports both (from {@code /proc/PID/stat}, Linux), the figure to compare
 * two builds by.
 *
 * <p>Usage: java -cp survey-api.jar bench/IngestBenchmark.java BASE_URL JDBC_URL RATINGS CLIENTS
 * [APP_PID DB_PID CLOCK_TICKS_PER_SECOND]
 */
public class IngestBenchmark {
  static final String[] QUESTIONS = {"ACCESS", "FACILITIES", "FEEDBACK", "PROCEDURES", "RESULTS", "STAFF"};
  static final String INSERT_RESPONSE =
      "INSERT INTO response (id, unit_id, channel, submitted_at, local_date, received_at, kiosk_id,"
          + " receipt_code, comment, content_hash) VALUES (?, ?, 'WEB', ?, ?, ?, NULL, NULL, NULL, ?)";
  static final String INSERT_ANSWER =
      "INSERT INTO response_answer (response_id, question_code, rating) VALUES (?, ?, ?)";
  static final String UPSERT_ROLLUP =
      "INSERT INTO " + RollupTables.DAILY + " (unit_id, local_date, question_code, " + RollupTables.COUNTS + ")"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
          + " n1 = n1 + VALUES(n1), n2 = n2 + VALUES(n2), n3 = n3 + VALUES(n3),"
          + " n4 = n4 + VALUES(n4), n5 = n5 + VALUES(n5), n_na = n_na + VALUES(n_na)";

  static final String UPSERT_MONTHLY =
      "INSERT INTO " + RollupTables.MONTHLY + " (unit_id, month_key, question_code, " + RollupTables.COUNTS + ")"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
          + " n1 = n1 + VALUES(n1), n2 = n2 + VALUES(n2), n3 = n3 + VALUES(n3),"
          + " n4 = n4 + VALUES(n4), n5 = n5 + VALUES(n5), n_na = n_na + VALUES(n_na)";

  record Unit(long id, String code) {}

  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    String jdbcUrl = args[1];
    int ratings = Integer.parseInt(args[2]);
    int clients = Integer.parseInt(args[3]);
    List<Unit> units = unitsValidToday(jdbcUrl);
    // a freshly started JVM spends its first seconds compiling: warm the application up first
    int warmupRatings = Math.max(1000, ratings / 4);
    double warmup = overHttp(baseUrl, units, warmupRatings, clients, new long[warmupRatings]);

    double batched = rawBatched(jdbcUrl, units, ratings);
    double perRating = rawPerRating(jdbcUrl, units, ratings, 16);
    long[] latencies = new long[ratings];
    CpuTime cpu = args.length >= 7 ? new CpuTime(args[4], args[5], Integer.parseInt(args[6])) : null;
    long[] cpuBefore = cpu == null ? null : cpu.read();
    double http = overHttp(baseUrl, units, ratings, clients, latencies);
    long[] cpuAfter = cpu == null ? null : cpu.read();
    Arrays.sort(latencies);

    System.out.printf(Locale.ROOT, "%n%-58s %12s%n", "ingestion, " + ratings + " ratings each", "ratings/s");
    System.out.printf(Locale.ROOT, "%-58s %12.0f%n", "raw JDBC, 1 writer, 100 ratings per transaction (ceiling)", batched);
    System.out.printf(Locale.ROOT, "%-58s %12.0f%n", "raw JDBC, 16 writers, 1 transaction per rating", perRating);
    System.out.printf(Locale.ROOT, "%-58s %12.0f   p50 %.1f ms, p99 %.1f ms%n",
        "HTTP POST /api/v1/responses, " + clients + " clients", http,
        latencies[ratings / 2] / 1e6, latencies[(int) (ratings * 0.99)] / 1e6);
    System.out.printf(Locale.ROOT, "%-58s %11.0f%%%n", "HTTP as a share of the ceiling", 100 * http / batched);
    System.out.printf(Locale.ROOT, "%-58s %12.0f%n",
        "(HTTP warm-up, " + warmupRatings + " ratings on the fresh JVM, not counted)", warmup);
    if (cpu != null) {
      System.out.printf(Locale.ROOT, "%-58s %12s%n", "CPU time per rating over HTTP", "ms");
      System.out.printf(Locale.ROOT, "%-58s %12.3f%n", "application",
          cpu.millis(cpuAfter[0] - cpuBefore[0]) / ratings);
      System.out.printf(Locale.ROOT, "%-58s %12.3f%n", "database",
          cpu.millis(cpuAfter[1] - cpuBefore[1]) / ratings);
    }
  }

  /** User and system CPU time of two processes, in clock ticks, from /proc/PID/stat. */
  record CpuTime(String appPid, String dbPid, int ticksPerSecond) {
    long[] read() throws java.io.IOException {
      return new long[] {ticks(appPid), ticks(dbPid)};
    }

    double millis(long ticks) {
      return ticks * 1000.0 / ticksPerSecond;
    }

    static long ticks(String pid) throws java.io.IOException {
      String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid, "stat"));
      // the command name in parentheses may hold spaces: count fields after its closing ')'
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
    }
  }

  static List<Unit> unitsValidToday(String jdbcUrl) throws SQLException {
    try (Connection c = DriverManager.getConnection(jdbcUrl);
        PreparedStatement s = c.prepareStatement(
            "SELECT id, code FROM unit WHERE level = 'COMMUNE' AND (valid_to IS NULL OR valid_to >= ?)"
                + " AND (valid_from IS NULL OR valid_from <= ?)")) {
      s.setObject(1, LocalDate.now());
      s.setObject(2, LocalDate.now());
      List<Unit> units = new ArrayList<>();
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          units.add(new Unit(rows.getLong(1), rows.getString(2)));
        }
      }
      return units;
    }
  }

  /** One rating's statements, added to the three batches. */
  static void add(PreparedStatement response, PreparedStatement answers, PreparedStatement rollups,
      PreparedStatement monthly, Unit unit, LocalDate day, SplittableRandom random)
      throws SQLException {
    String id = UUID.randomUUID().toString();
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    response.setString(1, id);
    response.setLong(2, unit.id());
    response.setObject(3, now);
    response.setObject(4, day);
    response.setObject(5, now);
    response.setString(6, "0".repeat(64));
    response.addBatch();
    for (String question : QUESTIONS) {
      int rating = 1 + random.nextInt(5);
      answers.setString(1, id);
      answers.setString(2, question);
      answers.setInt(3, rating);
      answers.addBatch();
      rollups.setLong(1, unit.id());
      rollups.setObject(2, day);
      rollups.setString(3, question);
      for (int v = 1; v <= 5; v++) {
        rollups.setInt(3 + v, v == rating ? 1 : 0);
      }
      rollups.setInt(9, 0);
      rollups.addBatch();
      monthly.setLong(1, unit.id());
      monthly.setInt(2, MonthKey.of(day));
      monthly.setString(3, question);
      for (int v = 1; v <= 5; v++) {
        monthly.setInt(3 + v, v == rating ? 1 : 0);
      }
      monthly.setInt(9, 0);
      monthly.addBatch();
    }
  }

  static double rawBatched(String jdbcUrl, List<Unit> units, int ratings) throws SQLException {
    SplittableRandom random = new SplittableRandom(1);
    // batches are sorted by unit so that the rollup rows are locked in one order
    List<Unit> sorted = units.stream().sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
    LocalDate day = LocalDate.now().minusDays(3);
    long start = System.nanoTime();
    try (Connection c = DriverManager.getConnection(jdbcUrl)) {
      c.setAutoCommit(false);
      try (PreparedStatement response = c.prepareStatement(INSERT_RESPONSE);
          PreparedStatement answers = c.prepareStatement(INSERT_ANSWER);
          PreparedStatement rollups = c.prepareStatement(UPSERT_ROLLUP);
          PreparedStatement monthly = c.prepareStatement(UPSERT_MONTHLY)) {
        for (int i = 0; i < ratings; i++) {
          add(response, answers, rollups, monthly, sorted.get(i % sorted.size()), day, random);
          if ((i + 1) % 100 == 0 || i == ratings - 1) {
            response.executeBatch();
            answers.executeBatch();
            rollups.executeBatch();
            monthly.executeBatch();
            c.commit();
          }
        }
      }
    }
    return ratings / ((System.nanoTime() - start) / 1e9);
  }

  static double rawPerRating(String jdbcUrl, List<Unit> units, int ratings, int writers) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    AtomicInteger next = new AtomicInteger();
    LocalDate day = LocalDate.now().minusDays(2);
    long start = System.nanoTime();
    List<Future<Void>> done = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      int seed = w;
      done.add(pool.submit(() -> {
        SplittableRandom random = new SplittableRandom(seed);
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
          c.setAutoCommit(false);
          try (PreparedStatement response = c.prepareStatement(INSERT_RESPONSE);
              PreparedStatement answers = c.prepareStatement(INSERT_ANSWER);
              PreparedStatement rollups = c.prepareStatement(UPSERT_ROLLUP);
              PreparedStatement monthly = c.prepareStatement(UPSERT_MONTHLY)) {
            for (int i = next.getAndIncrement(); i < ratings; i = next.getAndIncrement()) {
              add(response, answers, rollups, monthly, units.get(random.nextInt(units.size())), day,
                  random);
              response.executeBatch();
              answers.executeBatch();
              rollups.executeBatch();
              monthly.executeBatch();
              c.commit();
            }
          }
        }
        return null;
      }));
    }
    for (Future<Void> f : done) {
      f.get();
    }
    pool.shutdown();
    return ratings / ((System.nanoTime() - start) / 1e9);
  }

  static double overHttp(String baseUrl, List<Unit> units, int ratings, int clients, long[] latencies)
      throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    long start = System.nanoTime();
    List<Future<Void>> done = new ArrayList<>();
    for (int w = 0; w < clients; w++) {
      int seed = 100 + w;
      done.add(pool.submit(() -> {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = next.getAndIncrement(); i < ratings; i = next.getAndIncrement()) {
          StringBuilder answers = new StringBuilder();
          for (String question : QUESTIONS) {
            answers.append(answers.length() == 0 ? "" : ",")
                .append('"').append(question).append("\":").append(1 + random.nextInt(5));
          }
          String body = "{\"id\":\"" + UUID.randomUUID() + "\",\"unitCode\":\""
              + units.get(random.nextInt(units.size())).code() + "\",\"channel\":\"WEB\","
              + "\"submittedAt\":\"" + OffsetDateTime.now(ZoneOffset.ofHours(7)) + "\","
              + "\"answers\":{" + answers + "}}";
          HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/responses"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body)).build();
          long sent = System.nanoTime();
          HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
          latencies[i] = System.nanoTime() - sent;
          if (response.statusCode() != 201) {
            failures.incrementAndGet();
            System.err.println(response.statusCode() + " " + response.body());
          }
        }
        return null;
      }));
    }
    for (Future<Void> f : done) {
      f.get();
    }
    pool.shutdown();
    double perSecond = ratings / ((System.nanoTime() - start) / 1e9);
    if (failures.get() > 0) {
      throw new IllegalStateException(failures.get() + " ratings were not accepted");
    }
    return perSecond;
  }
}
