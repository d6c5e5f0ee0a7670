package vn.hailong.api.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;

/**
 * Accounts through the API: admins everywhere, officers for officers of their subtree, planners not
 * at all; a disabled account's tokens and cookies die at their next request.
 */
@MicronautTest(transactional = false)
class PeopleTest {
  static final String BAC_NHA_TRANG = "khanh-hoa.p-bac-nha-trang";
  static final String CAM_LAM = "khanh-hoa.x-cam-lam";
  static final String PASSWORD = "mat-khau-dai-du-2026";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @Inject Api api;
  @Inject Database db;

  @Inject
  @Client("/")
  HttpClient client;

  /** A fresh username per test, so that tests on a shared MariaDB do not collide. */
  private static String name(String stem) {
    return stem + "-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
  }

  private String create(String role, String unitCode) {
    String username = name(role.toLowerCase());
    Api.Reply created =
        api.post(
            "/api/v1/accounts",
            Map.of("username", username, "password", PASSWORD, "role", role, "unitCode", unitCode),
            api.adminToken());
    assertEquals(201, created.status(), created.toString());
    return username;
  }

  private Api.Reply post(String uri, String bearer) {
    return api.post(uri, Map.of(), bearer);
  }

  @SuppressWarnings("unchecked")
  private static List<String> usernames(Api.Reply list) {
    return ((List<Map<String, Object>>) list.json().get("accounts"))
        .stream().map(a -> (String) a.get("username")).toList();
  }

  @Test
  void anOfficerListsTheAccountsOfTheirSubtreeOnly() {
    String officer = create("OFFICER", BAC_NHA_TRANG);
    String elsewhere = create("OFFICER", CAM_LAM);
    String token = api.login(officer, PASSWORD);

    Api.Reply own = api.get("/api/v1/accounts", token);
    Api.Reply province = api.get("/api/v1/accounts?unit=khanh-hoa", api.adminToken());

    assertEquals(200, own.status(), own.toString());
    assertEquals(BAC_NHA_TRANG, own.text("unitCode"));
    assertTrue(usernames(own).contains(officer), own.toString());
    assertFalse(usernames(own).contains(elsewhere), own.toString());
    assertFalse(usernames(own).contains("admin"), own.toString());
    assertFalse(own.body().contains("passwordHash") || own.body().contains("$2a$"), own.body());
    // the admin of everything sees both, and the admin bound to no unit
    assertTrue(usernames(province).containsAll(List.of(officer, elsewhere, "admin")));
  }

  @Test
  void anOfficerLearnsNothingAboutAnotherCommune() {
    String token = api.login(create("OFFICER", BAC_NHA_TRANG), PASSWORD);
    String elsewhere = create("OFFICER", CAM_LAM);

    Api.Reply otherUnit = api.get("/api/v1/accounts?unit=" + CAM_LAM, token);
    Api.Reply noUnit = api.get("/api/v1/accounts?unit=khanh-hoa.x-khong-co", token);
    Api.Reply parent = api.get("/api/v1/accounts?unit=khanh-hoa", token);
    Api.Reply disableOther = post("/api/v1/accounts/" + elsewhere + "/disable", token);
    Api.Reply disableNobody = post("/api/v1/accounts/khong-ai-ca/disable", token);
    Api.Reply resetOther = post("/api/v1/accounts/" + elsewhere + "/password", token);
    Api.Reply resetAdmin = post("/api/v1/accounts/admin/password", token);

    for (Api.Reply reply :
        List.of(otherUnit, noUnit, parent, disableOther, disableNobody, resetOther, resetAdmin)) {
      assertEquals(403, reply.status(), reply.toString());
      assertTrue(reply.isProblem(), reply.toString());
      assertEquals("urn:hailong:problem:forbidden", reply.text("type"));
    }
    // a name that exists and one that does not read alike
    assertEquals(
        disableOther.text("detail").replace(elsewhere, "X"),
        disableNobody.text("detail").replace("khong-ai-ca", "X"));
    assertEquals(
        0,
        db.count(
            "SELECT COUNT(*) FROM account WHERE disabled_at IS NOT NULL AND username = ?",
            elsewhere));
    // an admin is told plainly
    assertEquals(404, post("/api/v1/accounts/khong-ai-ca/disable", api.adminToken()).status());
  }

  @Test
  void onlyAdminsCreateAdminsAndPlanners() {
    String token = api.login(create("OFFICER", BAC_NHA_TRANG), PASSWORD);
    String admin = name("quan-tri");
    String planner = name("ke-hoach");
    String outside = name("can-bo");
    String colleague = name("can-bo");

    Api.Reply asAdmin =
        api.post(
            "/api/v1/accounts",
            Map.of("username", admin, "password", PASSWORD, "role", "ADMIN"),
            token);
    Api.Reply asPlanner =
        api.post(
            "/api/v1/accounts",
            Map.of(
                "username",
                planner,
                "password",
                PASSWORD,
                "role",
                "PLANNER",
                "unitCode",
                BAC_NHA_TRANG),
            token);
    Api.Reply inCamLam =
        api.post(
            "/api/v1/accounts",
            Map.of(
                "username", outside, "password", PASSWORD, "role", "OFFICER", "unitCode", CAM_LAM),
            token);
    Api.Reply own =
        api.post(
            "/api/v1/accounts",
            Map.of(
                "username",
                colleague,
                "password",
                PASSWORD,
                "role",
                "OFFICER",
                "unitCode",
                BAC_NHA_TRANG),
            token);

    assertEquals(403, asAdmin.status(), asAdmin.toString());
    assertEquals(403, asPlanner.status(), asPlanner.toString());
    assertEquals(403, inCamLam.status(), inCamLam.toString());
    assertEquals(201, own.status(), own.toString());
    assertEquals(
        1,
        db.count(
            "SELECT COUNT(*) FROM account WHERE username IN (?, ?, ?, ?)",
            admin,
            planner,
            outside,
            colleague));
  }

  @Test
  void plannersManageNoAccountsNorKiosks() {
    String token = api.login(create("PLANNER", "khanh-hoa"), PASSWORD);

    for (Api.Reply reply :
        List.of(
            api.get("/api/v1/accounts", token),
            api.get("/api/v1/kiosks", token),
            api.post(
                "/api/v1/accounts",
                Map.of(
                    "username",
                    name("x"),
                    "password",
                    PASSWORD,
                    "role",
                    "OFFICER",
                    "unitCode",
                    BAC_NHA_TRANG),
                token),
            post("/api/v1/accounts/admin/disable", token))) {
      assertEquals(403, reply.status(), reply.toString());
      assertTrue(reply.isProblem(), reply.toString());
    }
  }

  @Test
  void aDisabledAccountsTokenStopsAtOnceAndItCannotLogIn() {
    String officer = create("OFFICER", BAC_NHA_TRANG);
    String token = api.login(officer, PASSWORD);
    String cookie = sessionCookie(officer);
    assertEquals(200, api.get("/api/v1/accounts", token).status());
    assertEquals(200, withCookie(cookie));

    Api.Reply disabled = post("/api/v1/accounts/" + officer + "/disable", api.adminToken());

    assertEquals(200, disabled.status(), disabled.toString());
    assertEquals(Boolean.TRUE, disabled.json().get("disabled"));
    assertEquals("admin", disabled.text("disabledBy"));
    Api.Reply afterwards = api.get("/api/v1/accounts", token);
    assertEquals(401, afterwards.status(), afterwards.toString());
    assertTrue(afterwards.isProblem(), afterwards.toString());
    assertEquals(401, withCookie(cookie));
    Api.Reply login = api.post("/api/v1/login", Map.of("username", officer, "password", PASSWORD));
    assertEquals(401, login.status(), login.toString());
    assertTrue(login.text("detail").contains("khóa"), login.toString());
    assertNotNull(db.text("SELECT disabled_at FROM account WHERE username = ?", officer));

    Api.Reply enabled = post("/api/v1/accounts/" + officer + "/enable", api.adminToken());
    assertEquals(200, enabled.status(), enabled.toString());
    assertEquals(200, api.get("/api/v1/accounts", api.login(officer, PASSWORD)).status());
  }

  @Test
  void nobodyDisablesTheirOwnAccount() {
    String officer = create("OFFICER", BAC_NHA_TRANG);
    String token = api.login(officer, PASSWORD);

    Api.Reply self = post("/api/v1/accounts/" + officer + "/disable", token);

    assertEquals(400, self.status(), self.toString());
    assertTrue(self.isProblem());
    assertNull(db.text("SELECT disabled_at FROM account WHERE username = ?", officer));
  }

  @Test
  void aResetPasswordIsShownOnceAndEndsTheOldTokens() {
    String officer = create("OFFICER", BAC_NHA_TRANG);
    String token = api.login(officer, PASSWORD);
    String manager = api.login(create("OFFICER", BAC_NHA_TRANG), PASSWORD);

    Api.Reply generated = post("/api/v1/accounts/" + officer + "/password", manager);

    assertEquals(200, generated.status(), generated.toString());
    String password = generated.text("generatedPassword");
    assertTrue(password.matches("[a-z2-9]{4}(-[a-z2-9]{4}){2}"), password);
    assertEquals(401, api.get("/api/v1/accounts", token).status());
    assertEquals(
        401, api.post("/api/v1/login", Map.of("username", officer, "password", PASSWORD)).status());
    String fresh = api.login(officer, password);
    assertEquals(200, api.get("/api/v1/accounts", fresh).status());

    Api.Reply chosen =
        api.post(
            "/api/v1/accounts/" + officer + "/password",
            Map.of("password", "mot-mat-khau-moi"),
            api.adminToken());
    Api.Reply tooShort =
        api.post(
            "/api/v1/accounts/" + officer + "/password",
            Map.of("password", "ngan"),
            api.adminToken());
    assertEquals(200, chosen.status(), chosen.toString());
    assertNull(chosen.json().get("generatedPassword"), chosen.toString());
    assertEquals(400, tooShort.status(), tooShort.toString());
    assertEquals(
        "password", ((Map<?, ?>) ((List<?>) tooShort.json().get("errors")).get(0)).get("field"));
    assertEquals(200, api.get("/api/v1/accounts", api.login(officer, "mot-mat-khau-moi")).status());
  }

  private String sessionCookie(String username) {
    HttpResponse<String> response =
        client
            .toBlocking()
            .exchange(
                HttpRequest.POST(
                        "/api/v1/session", Map.of("username", username, "password", PASSWORD))
                    .header("X-Hailong-Request", "1"),
                Argument.STRING);
    String setCookie = response.getHeaders().get("Set-Cookie");
    return setCookie.substring(0, setCookie.indexOf(';'));
  }

  private int withCookie(String cookie) {
    try {
      return client
          .toBlocking()
          .exchange(HttpRequest.GET("/api/v1/session").header("Cookie", cookie), Argument.STRING)
          .getStatus()
          .getCode();
    } catch (HttpClientResponseException e) {
      return e.getStatus().getCode();
    }
  }
}
