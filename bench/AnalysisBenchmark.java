import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import vn.hailong.api.rollup.RollupTables;

/**
 * Analysis benchmark (see bench/analysis.sh and docs/benchmarks.md). Loads RATINGS raw ratings
 * (one row per rating, six headline answers) over three years into a raw table, builds the daily
 * and monthly rollups from it as ingestion would have, then times through the running API the
 * province's satisfaction over a quarter and the ranking of all communes, next to the same
 * figures computed by GROUP BY over the raw table in the same database, chart rendering, the
 * province's reports (CSV, XLSX, PDF) and its three-year trend with and without lineage.
 *
 * <p>Usage: java -cp survey-api.jar bench/AnalysisBenchmark.java BASE_URL JDBC_URL RATINGS PASSWORD
 * [alerts]. With {@code alerts}, only the alert list is timed (after the scans of bench/analysis.sh
 * have filled it). {@code SKIP_RAW=1} leaves out the raw GROUP BY (14 minutes at 10 million).
 * Requests an older build does not serve are reported as such, so one client times both builds.
 */
public class AnalysisBenchmark {
  static final String[] QUESTIONS = {"ACCESS", "FACILITIES", "PROCEDURES", "STAFF", "RESULTS", "FEEDBACK"};
  static final String FIRST_DAY = "2023-12-01";
  static final int DAYS = 1096;
  static final String QUARTER_FROM = "2026-07-01";
  static final String QUARTER_TO = "2026-09-30";

  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    String jdbcUrl = args[1];
    long ratings = Long.parseLong(args[2]);
    String password = args[3];
    if (args.length > 4 && args[4].equals("alerts")) {
      HttpClient http = HttpClient.newHttpClient();
      String token = login(http, baseUrl, password);
      String list = baseUrl + "/api/v1/stats/alerts?unit=khanh-hoa&state=all";
      String body = body(http, list, token);
      System.out.printf(Locale.ROOT, "alerts in the list: %d%n", body.split("\"weekFrom\":", -1).length - 1);
      row("alerts of the province, all (HTTP, alert table)", time(50, 5, () -> get(http, list, token)));
      return;
    }
    boolean raw = !"1".equals(System.getenv("SKIP_RAW"));
    try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
      long started = System.nanoTime();
      if (loaded(s) == ratings) {
        System.out.printf(Locale.ROOT, "reusing %,d raw ratings and their rollups%n", ratings);
      } else {
        load(s, ratings);
        System.out.printf(Locale.ROOT, "loaded %,d raw ratings and their rollups in %.0f s%n",
            ratings, (System.nanoTime() - started) / 1e9);
      }
      System.out.printf(Locale.ROOT, "rows: daily rollup %,d, monthly rollup %,d%n",
          count(s, RollupTables.DAILY), count(s, RollupTables.MONTHLY));

      HttpClient http = HttpClient.newHttpClient();
      String token = login(http, baseUrl, password);
      String range = "&from=" + QUARTER_FROM + "&to=" + QUARTER_TO;
      String satisfaction = baseUrl + "/api/v1/analysis/satisfaction?unit=khanh-hoa" + range;
      String ranking = baseUrl + "/api/v1/analysis/ranking?unit=khanh-hoa&level=COMMUNE" + range;
      double[] api1 = time(50, 5, () -> get(http, satisfaction, token));
      double[] api2 = time(50, 5, () -> get(http, ranking, token));
      String rawProvince = "SELECT " + rawSums() + " FROM raw_rating r JOIN unit u ON u.id = r.unit_id"
          + " WHERE u.path LIKE '/1/%' AND r.local_date BETWEEN '" + QUARTER_FROM + "' AND '" + QUARTER_TO + "'";
      String rawRanking = "SELECT r.unit_id, " + rawSums() + " FROM raw_rating r JOIN unit u ON u.id = r.unit_id"
          + " WHERE u.path LIKE '/1/%' AND u.level = 'COMMUNE' AND r.local_date BETWEEN '"
          + QUARTER_FROM + "' AND '" + QUARTER_TO + "' GROUP BY r.unit_id";
      // a raw scan takes seconds to a minute: one warm-up (buffer pool), then five timed runs
      double[] raw1 = raw ? time(5, 1, () -> query(s, rawProvince)) : null;
      double[] raw2 = raw ? time(5, 1, () -> query(s, rawRanking)) : null;
      String chartQuery = "?unit=khanh-hoa" + range + "&width=1000&height=600";
      double[] criteriaPng = time(30, 5, () -> get(http, baseUrl + "/api/v1/charts/criteria.png" + chartQuery, token));
      double[] trendPng = time(30, 5, () -> get(http, baseUrl + "/api/v1/charts/trend.png?unit=khanh-hoa"
          + "&period=MONTH&from=2024-12-01&to=2026-11-30&width=1000&height=600", token));
      double[] rankingPng = time(30, 5, () -> get(http, baseUrl + "/api/v1/charts/ranking.png" + chartQuery, token));
      // every request the overview page makes for the province's quarter, one after the other:
      // who is logged in, the unit picker's list, the figures and the criteria chart
      String[] overview = {
        baseUrl + "/api/v1/session",
        baseUrl + "/api/v1/units",
        satisfaction,
        baseUrl + "/api/v1/charts/criteria.png?unit=khanh-hoa" + range + "&width=960&height=480"
      };
      double[] page =
          time(30, 5, () -> {
            Object last = null;
            for (String url : overview) {
              last = get(http, url, token);
            }
            return last;
          });
      // the province's reports of the quarter: every table and, for the PDF, both charts
      String report = baseUrl + "/api/v1/reports/satisfaction.%s?unit=khanh-hoa" + range;
      double[] csv = time(20, 3, () -> get(http, report.formatted("csv"), token));
      double[] xlsx = time(20, 3, () -> get(http, report.formatted("xlsx"), token));
      double[] pdf = time(20, 3, () -> get(http, report.formatted("pdf"), token));
      // the province's trend over the three loaded years by month: basis=now reads Ninh Thuận's
      // units back through the lineage (the territory of 2023-2025 is about 1.3 times as many
      // units), basis=then only Khánh Hòa as it was; alternated so both see the same machine
      String trend = baseUrl + "/api/v1/analysis/trend?unit=khanh-hoa&period=MONTH&from="
          + FIRST_DAY + "&to=2026-11-30&basis=";
      double[][] trends = alternate(50, 5, () -> get(http, trend + "now", token),
          () -> get(http, trend + "then", token));
      String nowBody = body(http, trend + "now", token);
      String thenBody = body(http, trend + "then", token);

      // beyond the league table: the funnel of the province's units one level down, its chart,
      // the planner and the alert list (the alerts themselves are found by the background scan)
      String funnel = baseUrl + "/api/v1/stats/funnel?unit=khanh-hoa&criterion=PROCEDURES" + range;
      double[] funnelJson = timeIfServed(http, token, 50, funnel);
      double[] funnelPng = timeIfServed(http, token, 30, baseUrl + "/api/v1/stats/charts/funnel.png?unit=khanh-hoa&criterion=PROCEDURES" + range + "&width=1000&height=600");
      double[] planner = timeIfServed(http, token, 50, baseUrl + "/api/v1/stats/planner?unit=khanh-hoa" + range);
      double[] alerts = timeIfServed(http, token, 50, baseUrl + "/api/v1/stats/alerts?unit=khanh-hoa&state=all");

      System.out.printf(Locale.ROOT, "%n%-62s %9s %9s%n", "one province quarter, " + String.format(Locale.ROOT, "%,d", ratings) + " ratings in store", "median", "p99");
      row("satisfaction, province, quarter (HTTP, rollups)", api1);
      row("same figures, GROUP BY over the raw table", raw1);
      row("ranking of all communes (HTTP, rollups)", api2);
      row("same figures, GROUP BY over the raw table", raw2);
      if (raw) {
        System.out.printf(Locale.ROOT, "%-62s %8.0fx %8.0fx%n", "raw / rollups, satisfaction", raw1[0] / api1[0], raw1[1] / api1[1]);
        System.out.printf(Locale.ROOT, "%-62s %8.0fx %8.0fx%n", "raw / rollups, ranking", raw2[0] / api2[0], raw2[1] / api2[1]);
      }
      row("criteria chart, 1000x600 PNG (HTTP, query included)", criteriaPng);
      row("trend chart, 24 months, 1000x600 PNG (HTTP, query included)", trendPng);
      row("ranking chart, 65 communes, 1000x600 PNG (HTTP, query included)", rankingPng);
      row("overview page, province, quarter: all 4 requests in a row", page);
      row("report, province, quarter, CSV (HTTP, queries included)", csv);
      row("report, province, quarter, XLSX (HTTP, queries included)", xlsx);
      row("report, province, quarter, PDF with 2 charts (HTTP, queries included)", pdf);
      row("trend, province, 36 months, basis=now (lineage: Ninh Thuận pooled)", trends[0]);
      row("trend, province, 36 months, basis=then (no lineage)", trends[1]);
      System.out.printf(Locale.ROOT, "%-62s %8.2fx %8.2fx%n", "now / then, trend", trends[0][0] / trends[1][0],
          trends[0][1] / trends[1][1]);
      System.out.printf(Locale.ROOT, "index answers in 2024-06: now %s, then %s%n",
          indexAnswers(nowBody, "2024-06"), indexAnswers(thenBody, "2024-06"));
      row("funnel, province, quarter, one criterion (HTTP, rollups)", funnelJson);
      row("funnel chart, 1000x600 PNG (HTTP, query included)", funnelPng);
      row("sample-size planner, province, quarter (HTTP, rollups)", planner);
      row("alerts of the province, all (HTTP, alert table)", alerts);
    }
  }

  static void row(String name, double[] ms) {
    if (ms == null) {
      System.out.printf(Locale.ROOT, "%-62s %19s%n", name, "not timed");
    } else {
      System.out.printf(Locale.ROOT, "%-62s %6.1f ms %6.1f ms%n", name, ms[0], ms[1]);
    }
  }

  /** As {@link #time}, or null when the build does not serve the request (older than it). */
  static double[] timeIfServed(HttpClient http, String token, int runs, String url) throws Exception {
    int status = http.send(
            HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
    return status == 404 ? null : time(runs, 5, () -> get(http, url, token));
  }

  static String rawSums() {
    StringBuilder sums = new StringBuilder();
    for (String q : QUESTIONS) {
      String c = q.toLowerCase(Locale.ROOT);
      sums.append(sums.length() == 0 ? "" : ", ")
          .append("SUM(").append(c).append(" >= 4), COUNT(").append(c).append(")");
    }
    return sums.toString();
  }

  /**
   * Raw ratings spread evenly over the days; each day's ratings go round the units valid that day
   * (the old communes before 2025-07-01, the new ones after), satisfaction differing by unit.
   */
  static void load(Statement s, long ratings) throws SQLException {
    s.execute("DROP TABLE IF EXISTS raw_rating");
    s.execute("CREATE TABLE raw_rating (id BIGINT NOT NULL PRIMARY KEY, unit_id BIGINT NOT NULL,"
        + " local_date DATE NOT NULL, access SMALLINT, facilities SMALLINT, procedures SMALLINT,"
        + " staff SMALLINT, results SMALLINT, feedback SMALLINT, KEY raw_rating_day (local_date))");
    s.execute("CREATE TEMPORARY TABLE era_unit (era INT, idx INT, unit_id BIGINT, PRIMARY KEY (era, idx))");
    s.execute("INSERT INTO era_unit SELECT 0, ROW_NUMBER() OVER (ORDER BY id) - 1, id FROM unit"
        + " WHERE level = 'COMMUNE' AND valid_to = '2025-06-30'");
    s.execute("INSERT INTO era_unit SELECT 1, ROW_NUMBER() OVER (ORDER BY id) - 1, id FROM unit"
        + " WHERE level = 'COMMUNE' AND valid_from = '2025-07-01'");
    s.execute("CREATE TEMPORARY TABLE era_size AS SELECT era, COUNT(*) AS n FROM era_unit GROUP BY era");
    // seq_0_to_N is MariaDB's sequence engine: N rows without a loop
    String rating = "LEAST(5, GREATEST(1, FLOOR(1 + RAND(seq * %d) * 5 + (e.unit_id %% 7) / 6)))";
    StringBuilder answers = new StringBuilder();
    for (int q = 0; q < QUESTIONS.length; q++) {
      answers.append(", ").append(String.format(Locale.ROOT, rating, q + 3));
    }
    s.execute("INSERT INTO raw_rating SELECT seq, e.unit_id, d.day" + answers
        + " FROM (SELECT seq, DATE_ADD('" + FIRST_DAY + "', INTERVAL seq % " + DAYS + " DAY) AS day"
        + " FROM seq_0_to_" + (ratings - 1) + ") d"
        + " JOIN era_size z ON z.era = IF(d.day < '2025-07-01', 0, 1)"
        + " JOIN era_unit e ON e.era = z.era AND e.idx = FLOOR(d.seq / " + DAYS + ") % z.n");
    s.execute("DELETE FROM " + RollupTables.DAILY);
    s.execute("DELETE FROM " + RollupTables.MONTHLY);
    // one pass over the raw table: every count of a unit-day, then one row per question from it
    StringBuilder sums = new StringBuilder();
    for (String q : QUESTIONS) {
      String c = q.toLowerCase(Locale.ROOT);
      for (int v = 1; v <= 5; v++) {
        sums.append(", SUM(").append(c).append(" = ").append(v).append(") AS ").append(c).append(v);
      }
      sums.append(", SUM(").append(c).append(" IS NULL) AS ").append(c).append("_na");
    }
    s.execute("CREATE TEMPORARY TABLE unit_day AS SELECT unit_id, local_date" + sums
        + " FROM raw_rating GROUP BY unit_id, local_date");
    for (String q : QUESTIONS) {
      String c = q.toLowerCase(Locale.ROOT);
      s.execute("INSERT INTO " + RollupTables.DAILY + " (unit_id, local_date, question_code, " + RollupTables.COUNTS + ")"
          + " SELECT unit_id, local_date, '" + q + "', " + c + "1, " + c + "2, " + c + "3, " + c + "4, "
          + c + "5, " + c + "_na FROM unit_day");
    }
    s.execute(RollupTables.rebuildMonthsSql());
    s.execute("ANALYZE TABLE raw_rating, " + RollupTables.DAILY + ", " + RollupTables.MONTHLY);
  }

  /** Raw ratings already loaded with their rollups (KEEP_DATA=1 in bench/analysis.sh), or -1. */
  static long loaded(Statement s) throws SQLException {
    try (ResultSet tables = s.executeQuery("SHOW TABLES LIKE 'raw_rating'")) {
      if (!tables.next()) {
        return -1;
      }
    }
    return count(s, RollupTables.MONTHLY) > 0 ? count(s, "raw_rating") : -1;
  }

  static long count(Statement s, String table) throws SQLException {
    try (ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  static String login(HttpClient http, String baseUrl, String password) throws Exception {
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/login"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(
                "{\"username\":\"admin\",\"password\":\"" + password + "\"}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    String body = response.body();
    int start = body.indexOf("\"accessToken\":\"") + 15;
    return body.substring(start, body.indexOf('"', start));
  }

  static Object get(HttpClient http, String url, String token) {
    try {
      HttpResponse<byte[]> response = http.send(
          HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(url + " answered " + response.statusCode());
      }
      return response.body().length;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Object query(Statement s, String sql) {
    try (ResultSet rows = s.executeQuery(sql)) {
      int n = 0;
      while (rows.next()) {
        n++;
      }
      return n;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static String body(HttpClient http, String url, String token) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  /** The answers of the index point of a month in a trend's JSON (the last series is the index). */
  static String indexAnswers(String json, String period) {
    int index = json.indexOf("\"criterion\":\"INDEX\"");
    int point = json.indexOf("\"period\":\"" + period + "\"", index);
    int answers = json.indexOf("\"answers\":", point) + 10;
    int end = answers;
    while (end < json.length() && Character.isDigit(json.charAt(end))) {
      end++;
    }
    return index < 0 || point < 0 ? "?" : json.substring(answers, end);
  }

  /** Median and p99 of two calls timed in turn (a, b, a, b, ...), in ms, after warm-ups of each. */
  static double[][] alternate(int runs, int warmUps, Supplier<Object> a, Supplier<Object> b) {
    for (int i = 0; i < warmUps; i++) {
      a.get();
      b.get();
    }
    double[] msA = new double[runs];
    double[] msB = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      a.get();
      msA[i] = (System.nanoTime() - start) / 1e6;
      start = System.nanoTime();
      b.get();
      msB[i] = (System.nanoTime() - start) / 1e6;
    }
    return new double[][] {stats(msA), stats(msB)};
  }

  static double[] stats(double[] ms) {
    Arrays.sort(ms);
    int runs = ms.length;
    return new double[] {ms[runs / 2], ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.99) - 1)]};
  }

  /** Median and p99 of {@code runs} timed calls, in ms, after {@code warmUps} untimed ones. */
  static double[] time(int runs, int warmUps, Supplier<Object> call) {
    for (int i = 0; i < warmUps; i++) {
      call.get();
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      call.get();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    return new double[] {ms[runs / 2], ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.99) - 1)]};
  }
}
