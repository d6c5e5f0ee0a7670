package vn.hailong.api.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hailong.api.support.Api;

/** HAILONG_ADMIN_PASSWORD may be a long Vietnamese passphrase: the start-up creates the admin. */
@MicronautTest
@Property(name = "hailong.accounts.admin-password", value = LongPasswordTest.PASSPHRASE)
class LongAdminPasswordTest {
  @Inject Api api;

  @Test
  void theAdminLogsInWithTheLongPassphrase() {
    Api.Reply reply =
        api.post(
            "/api/v1/login", Map.of("username", "admin", "password", LongPasswordTest.PASSPHRASE));

    assertEquals(200, reply.status(), reply.toString());
  }
}
