package vn.hailong.api.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;
import vn.hailong.api.support.Ratings;

/**
 * Every route the server answers, and what an officer of one ward may learn through it: for each
 * route that takes a unit, 403 for another commune, for the ward's parent (the province) and for a
 * code no unit has, with the same body whatever the code (so nobody learns which units exist) and
 * without the other unit's name. The table is checked against the router: a new route fails this
 * test until it is placed in the table.
 */
@MicronautTest(transactional = false)
class EndpointScopeTest {
  static final String OWN = "khanh-hoa.p-bac-nha-trang";
  static final String OTHER_COMMUNE = "khanh-hoa.x-cam-lam";
  static final String PARENT = "khanh-hoa";
  static final String UNKNOWN = "khanh-hoa.x-atlantis";
  static final List<String> OTHER_NAMES = List.of("Xã Cam Lâm", "Tỉnh Khánh Hòa");
  static final String FEEDBACK_CAM_LAM = "0fedcba9-0000-4000-8000-000000000001";
  static final String FEEDBACK_TINH = "0fedcba9-0000-4000-8000-000000000002";
  static final String NO_FEEDBACK = "0fedcba9-0000-4000-8000-000000000099";

  /** What a route says to whom. */
  enum Kind {
    /** Takes a unit: an officer gets answers for their subtree only. */
    SCOPED,
    /** Not for officers at all (planners or admins): 403 for every unit, their own included. */
    NOT_FOR_OFFICERS,
    /** Takes no unit: answers about the caller only. */
    CALLER_ONLY,
    /** Names an account or a kiosk in its path: {@link #byNameOutsideTheSubtreeIs403}. */
    BY_NAME,
    /** Anonymous by design (kiosks, citizens' form, login, the unit directory): see why. */
    PUBLIC,
    /**
     * Names a stored item by its id in the path: the feature's own test checks that an item outside
     * the subtree gets the same 403 as an id that does not exist (see why).
     */
    BY_ID
  }

  record Endpoint(
      String method,
      String route,
      Kind kind,
      String why,
      List<Function<String, MutableHttpRequest<?>>> requests) {}

  private static Function<String, MutableHttpRequest<?>> get(String template) {
    return unit -> HttpRequest.GET(template.formatted(unit));
  }

  static final List<Endpoint> TABLE =
      List.of(
          scoped(
              "GET", "/api/v1/analysis/satisfaction", get("/api/v1/analysis/satisfaction?unit=%s")),
          scoped("GET", "/api/v1/analysis/trend", get("/api/v1/analysis/trend?unit=%s")),
          scoped("GET", "/api/v1/analysis/gaps", get("/api/v1/analysis/gaps?unit=%s")),
          scoped("GET", "/api/v1/analysis/ranking", get("/api/v1/analysis/ranking?unit=%s")),
          new Endpoint(
              "GET",
              "/api/v1/charts/{file}",
              Kind.SCOPED,
              "every chart and format",
              List.of(
                  get("/api/v1/charts/trend.png?unit=%s"),
                  get("/api/v1/charts/trend.svg?unit=%s"),
                  get("/api/v1/charts/criteria.png?unit=%s"),
                  get("/api/v1/charts/criteria.svg?unit=%s"),
                  get("/api/v1/charts/ranking.png?unit=%s"),
                  get("/api/v1/charts/ranking.svg?unit=%s"))),
          scoped("GET", "/api/v1/targets", get("/api/v1/targets?unit=%s&year=2026")),
          new Endpoint(
              "PUT",
              "/api/v1/targets",
              Kind.NOT_FOR_OFFICERS,
              "planners and admins set targets",
              List.of(
                  unit ->
                      HttpRequest.PUT(
                          "/api/v1/targets",
                          Map.of(
                              "unitCode",
                              unit,
                              "year",
                              2026,
                              "criterion",
                              "STAFF",
                              "percent",
                              90)))),
          new Endpoint(
              "GET",
              "/api/v1/targets/preview",
              Kind.NOT_FOR_OFFICERS,
              "the preview belongs to setting a target",
              List.of(get("/api/v1/targets/preview?unit=%s&year=2026&percent=90"))),
          new Endpoint(
              "POST",
              "/api/v1/targets/carry",
              Kind.NOT_FOR_OFFICERS,
              "carrying an ended unit's targets to its successors is a planner's decision",
              List.of(
                  unit ->
                      HttpRequest.POST(
                          "/api/v1/targets/carry", Map.of("fromUnitCode", unit, "year", 2025)))),
          scoped(
              "POST",
              "/api/v1/kiosks",
              unit ->
                  HttpRequest.POST(
                      "/api/v1/kiosks",
                      Map.of("code", "quay-" + unit.hashCode(), "unitCode", unit))),
          scoped("GET", "/api/v1/accounts", get("/api/v1/accounts?unit=%s")),
          byName("POST", "/api/v1/accounts/{username}/disable"),
          byName("POST", "/api/v1/accounts/{username}/enable"),
          byName("POST", "/api/v1/accounts/{username}/password"),
          scoped("GET", "/api/v1/kiosks", get("/api/v1/kiosks?unit=%s")),
          byName("POST", "/api/v1/kiosks/{code}/revoke"),
          byName("POST", "/api/v1/kiosks/{code}/setup-link"),
          new Endpoint(
              "POST",
              "/api/v1/kiosks/repoint",
              Kind.NOT_FOR_OFFICERS,
              "admins re-point the kiosks of an ended unit: it crosses subtrees",
              List.of(
                  unit ->
                      HttpRequest.POST(
                          "/api/v1/kiosks/repoint",
                          Map.of("fromUnitCode", unit, "toUnitCode", "khanh-hoa")))),
          new Endpoint(
              "POST",
              "/api/v1/reorganisations",
              Kind.NOT_FOR_OFFICERS,
              "only admins change the tree",
              List.of(
                  unit ->
                      HttpRequest.POST(
                              "/api/v1/reorganisations?dryRun=true",
                              "change,code,valid_to\nEND," + unit + ",2027-12-31\n")
                          .contentType("text/csv"))),
          new Endpoint(
              "GET",
              "/api/v1/reorganisations",
              Kind.NOT_FOR_OFFICERS,
              "the audit of reorganisations is the admins'",
              List.of(get("/api/v1/reorganisations?unit=%s"))),
          new Endpoint(
              "GET",
              "/api/v1/reports/{file}",
              Kind.SCOPED,
              "every report format",
              List.of(
                  get("/api/v1/reports/satisfaction.csv?unit=%s"),
                  get("/api/v1/reports/satisfaction.xlsx?unit=%s"),
                  get("/api/v1/reports/satisfaction.pdf?unit=%s"))),
          scoped("GET", "/api/v1/responses/paper", get("/api/v1/responses/paper?unit=%s")),
          new Endpoint(
              "POST",
              "/api/v1/accounts",
              Kind.SCOPED,
              "admins create any account, officers officers of their subtree",
              List.of(
                  unit ->
                      HttpRequest.POST(
                          "/api/v1/accounts",
                          Map.of(
                              "username",
                              "moi-" + Math.abs(unit.hashCode()),
                              "password",
                              "mat-khau-dai-du",
                              "role",
                              "OFFICER",
                              "unitCode",
                              unit)))),
          scoped(
              "POST",
              "/api/v1/responses",
              unit ->
                  HttpRequest.POST(
                      "/api/v1/responses",
                      Ratings.with(
                          Ratings.web(unit, "2026-10-05T09:00:00+07:00"), "channel", "PAPER"))),
          new Endpoint(
              "GET",
              "/api/v1/session",
              Kind.CALLER_ONLY,
              "who is logged in",
              List.of(get("/api/v1/session?unit=%s"))),
          scoped("GET", "/api/v1/stats/planner", get("/api/v1/stats/planner?unit=%s")),
          scoped("GET", "/api/v1/stats/funnel", get("/api/v1/stats/funnel?unit=%s")),
          new Endpoint(
              "GET",
              "/api/v1/stats/charts/{file}",
              Kind.SCOPED,
              "the funnel plot in both formats",
              List.of(
                  get("/api/v1/stats/charts/funnel.png?unit=%s"),
                  get("/api/v1/stats/charts/funnel.svg?unit=%s"))),
          scoped("GET", "/api/v1/stats/channels", get("/api/v1/stats/channels?unit=%s")),
          scoped("GET", "/api/v1/stats/alerts", get("/api/v1/stats/alerts?unit=%s")),
          scoped(
              "POST",
              "/api/v1/stats/alerts/close",
              unit ->
                  HttpRequest.POST(
                      "/api/v1/stats/alerts/close",
                      Map.of("unitCode", unit, "id", 0, "note", "đã xử lý"))),
          publicRoute("POST", "/api/v1/session", "logging in"),
          publicRoute("DELETE", "/api/v1/session", "logging out always succeeds"),
          publicRoute("POST", "/api/v1/login", "logging in (bearer token)"),
          publicRoute("GET", "/api/v1/questionnaire", "the questions, the same for every unit"),
          publicRoute("GET", "/api/v1/units", "the public unit directory of the citizens' form"),
          publicRoute("GET", "/api/v1/kiosks/me", "a kiosk's own token: the unit it serves now"),
          publicRoute("GET", "/api/v1/units/{code}", "one unit of the public directory"),
          publicRoute("GET", "/api/v1/units/{code}/qr.png", "the QR code printed at each office"),
          publicRoute("GET", "/api/v1/units/{code}/qr.svg", "the QR code printed at each office"),
          publicRoute("GET", "/kiosk", "the kiosk's page"),
          publicRoute("GET", "/form", "the citizens' form"),
          publicRoute("GET", "/dashboard", "the login page"),
          publicRoute("GET", "/health", "the operator's health check, without details"),
          publicRoute("GET", "/health/{selector}", "the health check's liveness and readiness"),
          scoped("GET", "/api/v1/plans", get("/api/v1/plans?unit=%s&year=2026")),
          scoped("GET", "/api/v1/plans/milestones", get("/api/v1/plans/milestones?unit=%s")),
          new Endpoint(
              "GET",
              "/api/v1/plans/{file}",
              Kind.SCOPED,
              "both exports of a plan",
              List.of(
                  get("/api/v1/plans/ke-hoach.xlsx?unit=%s&year=2026"),
                  get("/api/v1/plans/ke-hoach.pdf?unit=%s&year=2026"))),
          scoped(
              "POST",
              "/api/v1/plans",
              unit ->
                  HttpRequest.POST(
                      "/api/v1/plans",
                      Map.of(
                          "unitCode",
                          unit,
                          "year",
                          2026,
                          "criterion",
                          "PROCEDURES",
                          "task",
                          "Niêm yết thủ tục hành chính",
                          "leadAgency",
                          "Bộ phận một cửa",
                          "deadline",
                          "ONGOING"))),
          byId("PUT", "/api/v1/plans/{id}", "plan/PlanScopeTest"),
          byId("DELETE", "/api/v1/plans/{id}", "plan/PlanScopeTest"),
          byId("PUT", "/api/v1/plans/{id}/evidence", "plan/PlanScopeTest"),
          byId("GET", "/api/v1/plans/{id}/evidence", "plan/PlanScopeTest"),
          scoped("GET", "/api/v1/dossiers", get("/api/v1/dossiers?unit=%s&period=2017-Q3")),
          new Endpoint(
              "POST",
              "/api/v1/dossiers/imports",
              Kind.NOT_FOR_OFFICERS,
              "planners and admins import the province's figures",
              List.of(
                  unit ->
                      HttpRequest.POST(
                              "/api/v1/dossiers/imports",
                              "ma_don_vi,ky,tiep_nhan,da_giai_quyet,som_han,dung_han,tre_han,"
                                  + "chua_giai_quyet\n"
                                  + unit
                                  + ",2017-Q3,10,10,8,2,0,0\n")
                          .contentType("text/csv"))),
          new Endpoint(
              "GET",
              "/api/v1/dossiers/imports/{id}",
              Kind.NOT_FOR_OFFICERS,
              "an import's progress, for the planner who started it",
              List.of(get("/api/v1/dossiers/imports/%s"))),
          publicRoute(
              "POST", "/api/v1/feedback", "citizens' complaints, rate-limited like web ratings"),
          publicRoute(
              "GET", "/api/v1/public/feedback", "published answers: question and answer only"),
          scoped("GET", "/api/v1/feedback", get("/api/v1/feedback?unit=%s")),
          scoped("GET", "/api/v1/feedback/summary", get("/api/v1/feedback/summary?unit=%s")),
          byName("POST", "/api/v1/feedback/{id}/assign"),
          byName("POST", "/api/v1/feedback/{id}/answer"),
          byName("POST", "/api/v1/feedback/{id}/publish"),
          byName("POST", "/api/v1/feedback/{id}/unpublish"));

  private static Endpoint scoped(
      String method, String route, Function<String, MutableHttpRequest<?>> request) {
    return new Endpoint(method, route, Kind.SCOPED, "", List.of(request));
  }

  private static Endpoint byName(String method, String route) {
    return new Endpoint(method, route, Kind.BY_NAME, "", List.of());
  }

  private static Endpoint byId(String method, String route, String checkedBy) {
    return new Endpoint(method, route, Kind.BY_ID, "checked by " + checkedBy, List.of());
  }

  private static Endpoint publicRoute(String method, String route, String why) {
    return new Endpoint(method, route, Kind.PUBLIC, why, List.of());
  }

  @Inject Api api;
  @Inject Database db;
  @Inject Router router;
  String officer;

  @BeforeEach
  void officerOfBacNhaTrang() {
    db.clearResponses();
    String admin = api.adminToken();
    api.post(
        "/api/v1/accounts",
        Map.of(
            "username",
            "can-bo-pham-vi",
            "password",
            "mat-khau-dai-du",
            "role",
            "OFFICER",
            "unitCode",
            OWN),
        admin);
    officer = api.login("can-bo-pham-vi", "mat-khau-dai-du");
  }

  @Test
  void theTableListsEveryRouteTheServerAnswers() {
    Set<String> routes =
        router
            .uriRoutes()
            .map(r -> r.getHttpMethodName() + " " + r.getUriMatchTemplate().toString())
            .collect(Collectors.toCollection(TreeSet::new));
    // Micronaut answers HEAD wherever it answers GET, with the same checks
    routes.removeIf(r -> r.startsWith("HEAD ") && routes.contains("GET " + r.substring(5)));
    Set<String> table =
        TABLE.stream()
            .map(e -> e.method() + " " + e.route())
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(table, routes, "a route was added or removed: place it in TABLE with its check");
  }

  private Api.Reply send(Function<String, MutableHttpRequest<?>> request, String unit) {
    return api.exchange(request.apply(unit).bearerAuth(officer));
  }

  @Test
  void anOfficerGetsTheSame403ForAnotherCommuneTheParentAndAnUnknownCode() {
    List<String> problems = new ArrayList<>();
    for (Endpoint endpoint : TABLE) {
      if (endpoint.kind() != Kind.SCOPED && endpoint.kind() != Kind.NOT_FOR_OFFICERS) {
        continue;
      }
      for (var request : endpoint.requests()) {
        String name = endpoint.method() + " " + request.apply("UNIT").getUri();
        Api.Reply own = send(request, OWN);
        if (endpoint.kind() == Kind.SCOPED && own.status() == 403) {
          problems.add(name + ": refused for the officer's own unit: " + own);
        }
        Api.Reply unknown = send(request, UNKNOWN);
        for (String outside : List.of(OTHER_COMMUNE, PARENT)) {
          Api.Reply known = send(request, outside);
          if (known.status() != 403
              || !"urn:hailong:problem:forbidden".equals(known.text("type"))) {
            problems.add(name + " for " + outside + ": not a 403 problem: " + known);
            continue;
          }
          OTHER_NAMES.stream()
              .filter(known.body()::contains)
              .forEach(n -> problems.add(name + " for " + outside + ": names " + n));
          if (!known.body().replace(outside, "?").equals(unknown.body().replace(UNKNOWN, "?"))
              || !known.contentType().equals(unknown.contentType())) {
            problems.add(
                name
                    + ": "
                    + outside
                    + " and an unknown code answer differently: "
                    + known
                    + " / "
                    + unknown);
          }
        }
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  /**
   * Accounts and kiosks named in the path: one of another commune or of the province is the same
   * 403 as a name that does not exist, and nothing is changed.
   */
  @Test
  void byNameOutsideTheSubtreeIs403() {
    String admin = api.adminToken();
    for (String unit : List.of(OTHER_COMMUNE, PARENT)) {
      String suffix = unit.equals(PARENT) ? "tinh" : "cam-lam";
      api.post(
          "/api/v1/accounts",
          Map.of(
              "username",
              "can-bo-" + suffix,
              "password",
              "mat-khau-dai-du",
              "role",
              "OFFICER",
              "unitCode",
              unit),
          admin);
      api.post("/api/v1/kiosks", Map.of("code", "quay-" + suffix, "unitCode", unit), admin);
      api.post(
          "/api/v1/feedback",
          Map.of(
              "id",
              unit.equals(PARENT) ? FEEDBACK_TINH : FEEDBACK_CAM_LAM,
              "unitCode",
              unit,
              "text",
              "Phản ánh của một đơn vị khác, để kiểm tra phạm vi."));
    }
    List<String> problems = new ArrayList<>();
    Map<String, List<String>> routes =
        Map.of(
            "/api/v1/accounts/%s/disable", List.of("can-bo-cam-lam", "can-bo-tinh", "khong-co-ai"),
            "/api/v1/accounts/%s/enable", List.of("can-bo-cam-lam", "can-bo-tinh", "khong-co-ai"),
            "/api/v1/accounts/%s/password", List.of("can-bo-cam-lam", "can-bo-tinh", "khong-co-ai"),
            "/api/v1/kiosks/%s/revoke", List.of("quay-cam-lam", "quay-tinh", "khong-co-quay"),
            "/api/v1/kiosks/%s/setup-link", List.of("quay-cam-lam", "quay-tinh", "khong-co-quay"),
            "/api/v1/feedback/%s/assign", List.of(FEEDBACK_CAM_LAM, FEEDBACK_TINH, NO_FEEDBACK),
            "/api/v1/feedback/%s/answer", List.of(FEEDBACK_CAM_LAM, FEEDBACK_TINH, NO_FEEDBACK),
            "/api/v1/feedback/%s/publish", List.of(FEEDBACK_CAM_LAM, FEEDBACK_TINH, NO_FEEDBACK),
            "/api/v1/feedback/%s/unpublish", List.of(FEEDBACK_CAM_LAM, FEEDBACK_TINH, NO_FEEDBACK));
    assertEquals(
        TABLE.stream().filter(e -> e.kind() == Kind.BY_NAME).count(),
        routes.size(),
        "every BY_NAME route is checked here");
    routes.forEach(
        (template, names) -> {
          String unknown = names.get(2);
          Api.Reply none =
              api.exchange(
                  HttpRequest.POST(template.formatted(unknown), Map.of()).bearerAuth(officer));
          for (String name : names.subList(0, 2)) {
            Api.Reply known =
                api.exchange(
                    HttpRequest.POST(template.formatted(name), Map.of()).bearerAuth(officer));
            if (known.status() != 403
                || !known.body().replace(name, "?").equals(none.body().replace(unknown, "?"))) {
              problems.add(template.formatted(name) + ": " + known + " / unknown: " + none);
            }
          }
        });
    assertTrue(problems.isEmpty(), String.join("\n", problems));
    // nothing was changed: the other commune's officer still logs in, its kiosk still rates
    assertEquals(
        200,
        api.post(
                "/api/v1/login",
                Map.of("username", "can-bo-cam-lam", "password", "mat-khau-dai-du"))
            .status());
  }

  @Test
  void managementEndpointsAreClosedAndTheHealthCheckSaysOnlyUp() {
    for (String path :
        List.of("/beans", "/flyway", "/routes", "/threaddump", "/info", "/loggers")) {
      assertEquals(404, api.get(path).status(), path);
      assertEquals(404, api.get(path, officer).status(), path);
    }
    Api.Reply health = api.get("/health");
    assertEquals(200, health.status(), health.toString());
    assertEquals("UP", health.text("status"));
    assertEquals(null, health.json().get("details"), health.body());
    for (String path : List.of("/token_info", "/logout")) {
      assertEquals(404, api.get(path, officer).status(), path);
    }
    // a POST nowhere is refused by the security filter before routing: the same as a nonsense path
    assertEquals(
        api.post("/no-such-path", Map.of(), officer).status(),
        api.post("/oauth/access_token", Map.of(), officer).status());
  }

  @Test
  void theSessionSpeaksOfTheCallerOnly() {
    for (Endpoint endpoint : TABLE) {
      if (endpoint.kind() != Kind.CALLER_ONLY) {
        continue;
      }
      for (var request : endpoint.requests()) {
        Api.Reply other = send(request, OTHER_COMMUNE);
        assertEquals(200, other.status(), other.toString());
        assertEquals(OWN, other.text("unitCode"), "the caller's own unit, whatever is asked");
        OTHER_NAMES.forEach(n -> assertFalse(other.body().contains(n), other.body()));
      }
    }
  }

  @Test
  void targetsListedAreOnlyThoseOfTheSubtree() {
    String admin = api.adminToken();
    var put =
        (Function<String, Api.Reply>)
            unit ->
                api.exchange(
                    HttpRequest.PUT(
                            "/api/v1/targets",
                            Map.of(
                                "unitCode",
                                unit,
                                "year",
                                2026,
                                "criterion",
                                "STAFF",
                                "percent",
                                91))
                        .bearerAuth(admin));
    assertEquals(200, put.apply(OTHER_COMMUNE).status());
    assertEquals(200, put.apply(PARENT).status());
    Api.Reply mine = api.get("/api/v1/targets?year=2026", officer);
    assertEquals(200, mine.status(), mine.toString());
    assertFalse(mine.body().contains(OTHER_COMMUNE), mine.body());
    // the province's target applies to the ward and says so: its ancestry is the officer's own
    assertTrue(mine.body().contains("\"sourceUnitCode\":\"" + PARENT + "\""), mine.body());
    assertNotEquals(0, mine.body().length());
  }
}
