package vn.hailong.api.response;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;

/**
 * Behind a configured proxy (here the test client itself), X-Forwarded-For names the client: its
 * right-most address that is not a proxy. Citizens behind one proxy are told apart.
 */
@MicronautTest(transactional = false)
@Property(name = "hailong.ingest.web-rate-limit", value = "3")
@Property(name = "hailong.web.trusted-proxies", value = "127.0.0.1, ::1")
class TrustedProxyTest {
  @Inject Api api;
  @Inject Database db;

  @BeforeEach
  void empty() {
    db.clearResponses();
  }

  @Test
  void theForwardedClientIsLimitedAndOthersAreNot() {
    for (int i = 0; i < 3; i++) {
      // the left-most entry is the client's own claim; the proxy appended what it saw
      assertEquals(201, api.exchange(ForgedAddressTest.rating("10.9.9.9, 203.0.113.5")).status());
    }

    Api.Reply refused = api.exchange(ForgedAddressTest.rating("10.9.9.8, 203.0.113.5"));
    Api.Reply another = api.exchange(ForgedAddressTest.rating("203.0.113.6"));

    assertEquals(429, refused.status(), refused.toString());
    assertEquals(201, another.status(), another.toString());
    assertEquals(4, db.responses());
  }
}
