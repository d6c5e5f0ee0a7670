package vn.hailong.api.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;
import vn.hailong.api.support.Ratings;

/** The demo kiosk printed by ./start.sh: made once, a fresh link while unused, kept once in use. */
@MicronautTest(transactional = false)
class DemoKioskTest {
  @Inject DemoKiosk demoKiosk;
  @Inject Api api;
  @Inject Database db;

  private static String token(String setupUrl) {
    return setupUrl.substring(setupUrl.indexOf("#setup=") + 7, setupUrl.indexOf("&unit="));
  }

  private Api.Reply rate(String token) {
    Map<String, Object> rating =
        Ratings.web(DemoKiosk.UNIT, OffsetDateTime.now().minusMinutes(1).toString());
    rating.put("channel", "KIOSK");
    return api.post("/api/v1/responses", rating, token);
  }

  @Test
  void madeOnceRenewedWhileUnusedKeptOnceItRates() {
    db.clearResponses();
    String first = demoKiosk.ensure().orElseThrow();
    assertTrue(first.endsWith("&unit=khanh-hoa.p-bac-nha-trang"), first);
    assertTrue(first.contains("/kiosk/#setup=hk_"), first);

    // a later start before anyone set it up: a fresh link, the old token stops working
    String second = demoKiosk.ensure().orElseThrow();
    assertNotEquals(token(first), token(second));
    assertEquals(401, rate(token(first)).status());
    assertEquals(201, rate(token(second)).status());

    // in use: the token stays, so the kiosk browser keeps working across restarts
    assertEquals(Optional.empty(), demoKiosk.ensure());
    assertEquals(201, rate(token(second)).status());
    assertEquals(1, db.count("SELECT COUNT(*) FROM kiosk WHERE code = ?", DemoKiosk.CODE));
  }
}
