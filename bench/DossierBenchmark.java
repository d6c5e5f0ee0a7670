import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dossier import benchmark (see bench/dossiers.sh and docs/benchmarks.md). Builds a CSV of ROWS
 * consistent rows (every unit of the directory × as many months from 2010-01 as needed), posts it
 * to the running API as an admin, polls the job's progress every 200 ms (printing it) and reports
 * the time from the first byte sent to the job's DONE.
 *
 * <p>Usage: java bench/DossierBenchmark.java BASE_URL ROWS PASSWORD
 */
public class DossierBenchmark {
  public static void main(String[] args) throws Exception {
    String base = args[0];
    int rows = Integer.parseInt(args[1]);
    String password = args[2];
    HttpClient http = HttpClient.newHttpClient();
    String login =
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"admin\",\"password\":\"" + password + "\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    String token = field(login, "accessToken");
    String units =
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/units")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    // each unit once (its lineage names other units' codes too)
    java.util.Set<String> distinct = new java.util.LinkedHashSet<>();
    Matcher m = Pattern.compile("\"code\":\"([^\"]+)\"").matcher(units);
    while (m.find()) {
      distinct.add(m.group(1));
    }
    List<String> codes = new ArrayList<>(distinct);
    StringBuilder csv =
        new StringBuilder(
            "ma_don_vi,ky,tiep_nhan,ky_truoc_chuyen_sang,truc_tuyen,truc_tiep_buu_chinh,"
                + "da_giai_quyet,som_han,dung_han,tre_han,chua_giai_quyet,trong_han,qua_han\n");
    for (int i = 0; i < rows; i++) {
      String code = codes.get(i % codes.size());
      int month = i / codes.size();
      String period = String.format("%d-%02d", 2010 + month / 12, month % 12 + 1);
      int early = 100 + i % 50, onTime = 20 + i % 7, late = i % 3;
      int inTime = 5 + i % 4, overdue = i % 2;
      int resolved = early + onTime + late, pending = inTime + overdue;
      int received = resolved + pending;
      int carried = received / 10, online = received / 2, direct = received - carried - online;
      csv.append(code).append(',').append(period).append(',').append(received).append(',')
          .append(carried).append(',').append(online).append(',').append(direct).append(',')
          .append(resolved).append(',').append(early).append(',').append(onTime).append(',')
          .append(late).append(',').append(pending).append(',').append(inTime).append(',')
          .append(overdue).append('\n');
    }
    byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
    System.out.printf("%d rows, %d units, %.1f MB%n", rows, codes.size(), file.length / 1e6);
    // the first import after start warms the JVM; the second, of the same file, replaces every row
    for (String run : new String[] {"first import after start", "second import (replaces)"}) {
      System.out.println(run + ":");
      importOnce(http, base, token, file, rows);
    }
  }

  static void importOnce(HttpClient http, String base, String token, byte[] file, int rows)
      throws Exception {    long start = System.nanoTime();
    HttpResponse<String> started =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/dossiers/imports"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (started.statusCode() != 202) {
      throw new IllegalStateException("import refused: " + started.statusCode() + " " + started.body());
    }
    System.out.printf("checked and accepted after %.2f s%n", (System.nanoTime() - start) / 1e9);
    String id = field(started.body(), "id");
    String state = "RUNNING";
    String progress = started.body();
    while (state.equals("RUNNING")) {
      Thread.sleep(200);
      progress =
          http.send(
                  HttpRequest.newBuilder(URI.create(base + "/api/v1/dossiers/imports/" + id))
                      .header("Authorization", "Bearer " + token)
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      state = field(progress, "state");
      System.out.printf("  %.2f s: %s of %s stored%n", (System.nanoTime() - start) / 1e9,
          number(progress, "stored"), number(progress, "total"));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("%s: %d rows in %.2f s (%.0f rows/s)%n", state, rows, seconds, rows / seconds);
  }

  static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no " + name + " in " + json);
    }
    return m.group(1);
  }

  static String number(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
    return m.find() ? m.group(1) : "0";
  }
}
