package vn.hailong.api.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** A secure public URL makes the cookie Secure: browsers then send it over https only. */
@MicronautTest
@Property(name = "hailong.web.public-url", value = "https://hailong.khanhhoa.gov.vn")
class SessionBehindHttpsTest {
  @Inject SessionLogins sessions;

  @Test
  void theCookieIsSecure() {
    SessionLogins.Login login = sessions.logIn("admin", "test-admin-password");

    assertEquals(200, login.status(), login.body());
    assertTrue(login.setCookie().contains("Secure"), login.setCookie());
  }
}
