package vn.hailong.api.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;

/** The dashboard's cookie session beside bearer tokens, and its guard against cross-site writes. */
// not one transaction per test: MariaDB's repeatable read would hide the server's own commits
@MicronautTest(transactional = false)
class SessionTest {
  static final String BAC_NHA_TRANG = "khanh-hoa.p-bac-nha-trang";
  static final String OFFICER = "can-bo.bac-nha-trang";
  static final String PASSWORD = "mat-khau-phuong-2026";

  @Inject Api api;
  @Inject Database db;
  @Inject SessionLogins sessions;
  @Inject EmbeddedServer server;

  @BeforeEach
  void anOfficerOfBacNhaTrang() {
    if (db.count("SELECT COUNT(*) FROM account WHERE username = ?", OFFICER) == 0) {
      Api.Reply created =
          api.post(
              "/api/v1/accounts",
              Map.of(
                  "username",
                  OFFICER,
                  "password",
                  PASSWORD,
                  "role",
                  "OFFICER",
                  "unitCode",
                  BAC_NHA_TRANG),
              api.adminToken());
      assertEquals(201, created.status(), created.toString());
    }
  }

  @Test
  void loggingInSetsAnHttpOnlyStrictCookieThatAloneAuthenticates() {
    SessionLogins.Login login = sessions.logIn(OFFICER, PASSWORD);

    assertEquals(200, login.status(), login.body());
    String header = login.setCookie();
    assertTrue(header.startsWith("HAILONG_SESSION="), header);
    assertTrue(header.contains("HTTPOnly") || header.contains("HttpOnly"), header);
    assertTrue(header.contains("SameSite=Strict"), header);
    assertTrue(header.contains("Path=/"), header);
    assertFalse(header.contains("Secure"), "the test server's public URL is http: " + header);
    assertTrue(login.body().contains("\"unitName\":\"Phường Bắc Nha Trang\""), login.body());

    Api.Reply who = api.exchange(withCookie(HttpRequest.GET("/api/v1/session"), login.cookie()));
    assertEquals(200, who.status(), who.toString());
    assertEquals(OFFICER, who.text("username"));
    assertEquals("OFFICER", who.text("role"));
    assertEquals(BAC_NHA_TRANG, who.text("unitCode"));
    assertEquals("Phường Bắc Nha Trang", who.text("unitName"));

    Api.Reply analysis =
        api.exchange(withCookie(HttpRequest.GET("/api/v1/analysis/satisfaction"), login.cookie()));
    assertEquals(200, analysis.status(), analysis.toString());
    assertEquals(BAC_NHA_TRANG, analysis.text("unit"), "an officer's own unit by default");

    Api.Reply chart =
        api.exchange(
            withCookie(
                HttpRequest.GET("/api/v1/charts/criteria.png?width=400&height=300"),
                login.cookie()));
    assertEquals(200, chart.status(), chart.toString());
    assertEquals("image/png", chart.contentType());

    Api.Reply otherCommune =
        api.exchange(
            withCookie(
                HttpRequest.GET("/api/v1/analysis/satisfaction?unit=khanh-hoa.p-nam-nha-trang"),
                login.cookie()));
    assertEquals(403, otherCommune.status(), "the cookie carries the same scope as the token");
  }

  @Test
  void withoutCookieOrWithAForgedOneTheSessionIsUnauthorized() {
    Api.Reply none = api.get("/api/v1/session");
    Api.Reply forged =
        api.exchange(withCookie(HttpRequest.GET("/api/v1/session"), "eyJhbGciOiJIUzI1NiJ9.e30.x"));
    Api.Reply chart = api.get("/api/v1/charts/criteria.png?unit=" + BAC_NHA_TRANG);

    assertEquals(401, none.status(), none.toString());
    assertEquals(401, forged.status(), forged.toString());
    assertEquals(401, chart.status(), chart.toString());
  }

  @Test
  void bearerTokensStillWorkBesideTheCookie() {
    String token = api.login(OFFICER, PASSWORD);

    Api.Reply who = api.get("/api/v1/session", token);
    Api.Reply analysis = api.get("/api/v1/analysis/satisfaction", token);

    assertEquals(200, who.status(), who.toString());
    assertEquals(BAC_NHA_TRANG, who.text("unitCode"));
    assertEquals(200, analysis.status(), analysis.toString());
  }

  @Test
  void aWrongPasswordSetsNoCookie() {
    SessionLogins.Login login = sessions.logIn(OFFICER, "khong-dung-mat-khau");

    assertEquals(401, login.status(), login.body());
    assertEquals(null, login.setCookie());
    assertTrue(login.body().contains("Sai tên đăng nhập hoặc mật khẩu"), login.body());
  }

  @Test
  void loggingOutClearsTheCookie() {
    SessionLogins.Login login = sessions.logIn(OFFICER, PASSWORD);

    SessionLogins.Login logout =
        sessions.send(
            withCookie(HttpRequest.DELETE("/api/v1/session"), login.cookie())
                .header(CsrfGuard.HEADER, "1"));

    assertEquals(204, logout.status(), logout.body());
    String header = logout.setCookie();
    assertTrue(header.startsWith("HAILONG_SESSION=;"), header);
    assertTrue(header.contains("Max-Age=0"), header);
  }

  @Test
  void aCookieBorneWriteWithoutTheHeaderOrFromAnotherSiteIsRefusedAndStoresNothing() {
    String cookie = sessions.logIn(OFFICER, PASSWORD).cookie();
    Map<String, Object> kiosk = Map.of("code", "bnt-quay-2", "unitCode", BAC_NHA_TRANG);

    // what a form on another site could make the browser send (were the cookie not Strict)
    Api.Reply noHeader =
        api.exchange(withCookie(HttpRequest.POST("/api/v1/kiosks", kiosk), cookie));
    Api.Reply foreign =
        api.exchange(
            withCookie(HttpRequest.POST("/api/v1/kiosks", kiosk), cookie)
                .header(CsrfGuard.HEADER, "1")
                .header("Origin", "https://evil.example"));
    Api.Reply loginFromAForm =
        api.exchange(
            HttpRequest.POST("/api/v1/session", Map.of("username", OFFICER, "password", PASSWORD)));

    for (Api.Reply refused : List.of(noHeader, loginFromAForm)) {
      assertEquals(403, refused.status(), refused.toString());
      assertTrue(refused.isProblem(), refused.toString());
      assertTrue(refused.text("detail").contains(CsrfGuard.HEADER), refused.toString());
    }
    // Micronaut's CORS filter refuses a foreign origin to a localhost server before CsrfGuard does
    assertEquals(403, foreign.status(), foreign.toString());
    assertEquals(0, db.count("SELECT COUNT(*) FROM kiosk WHERE code = 'bnt-quay-2'"));

    Api.Reply fromThePage =
        api.exchange(
            withCookie(HttpRequest.POST("/api/v1/kiosks", kiosk), cookie)
                .header(CsrfGuard.HEADER, "1")
                .header("Origin", server.getURL().toString().replaceAll("/$", "")));
    assertEquals(201, fromThePage.status(), fromThePage.toString());
    assertEquals(1, db.count("SELECT COUNT(*) FROM kiosk WHERE code = 'bnt-quay-2'"));
  }

  @Test
  void behindAProxyAWriteFromAnotherOriginIsRefusedByTheGuard() {
    String cookie = sessions.logIn(OFFICER, PASSWORD).cookie();
    Map<String, Object> kiosk = Map.of("code", "bnt-quay-3", "unitCode", BAC_NHA_TRANG);

    // as through a proxy: a public host name, so Micronaut's localhost protection stays out
    Api.Reply foreign =
        api.exchange(
            withCookie(HttpRequest.POST("/api/v1/kiosks", kiosk), cookie)
                .header("Host", "hailong.khanhhoa.gov.vn")
                .header(CsrfGuard.HEADER, "1")
                .header("Origin", "https://evil.example"));
    Api.Reply ownHost =
        api.exchange(
            withCookie(HttpRequest.POST("/api/v1/kiosks", kiosk), cookie)
                .header("Host", "hailong.khanhhoa.gov.vn")
                .header(CsrfGuard.HEADER, "1")
                .header("Origin", "http://hailong.khanhhoa.gov.vn"));

    assertEquals(403, foreign.status(), foreign.toString());
    assertTrue(foreign.isProblem(), foreign.toString());
    assertTrue(foreign.text("detail").contains("https://evil.example"), foreign.toString());
    assertEquals(201, ownHost.status(), ownHost.toString());
    assertEquals(1, db.count("SELECT COUNT(*) FROM kiosk WHERE code = 'bnt-quay-3'"));
  }

  static MutableHttpRequest<?> withCookie(MutableHttpRequest<?> request, String value) {
    return request.cookie(Cookie.of("HAILONG_SESSION", value));
  }
}
