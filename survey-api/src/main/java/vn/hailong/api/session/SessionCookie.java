package vn.hailong.api.session;

import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.security.token.generator.AccessTokenConfiguration;
import jakarta.inject.Singleton;
import java.time.Duration;
import vn.hailong.api.support.PublicUrl;

/**
 * The dashboard's session: the same JWT a bearer client gets, in an HttpOnly, SameSite=Strict
 * cookie that Micronaut Security's cookie token reader reads back (so that images and downloads,
 * which cannot send an Authorization header, are authenticated too). Secure when the public URL is
 * https: behind a TLS proxy the app itself sees plain http, so the request cannot tell.
 */
@Singleton
public class SessionCookie {
  private final AccessTokenCookieConfiguration cookie;
  private final AccessTokenConfiguration token;
  private final PublicUrl publicUrl;

  SessionCookie(
      AccessTokenCookieConfiguration cookie, AccessTokenConfiguration token, PublicUrl publicUrl) {
    this.cookie = cookie;
    this.token = token;
    this.publicUrl = publicUrl;
  }

  public String name() {
    return cookie.getCookieName();
  }

  /** The cookie that logs the browser in, living as long as the token it holds. */
  Cookie issue(String jwt) {
    return build(jwt, Duration.ofSeconds(token.getExpiration()));
  }

  /** The cookie that logs the browser out: empty and already expired. */
  Cookie clear() {
    return build("", Duration.ZERO);
  }

  private Cookie build(String value, Duration maxAge) {
    return Cookie.of(name(), value)
        .path(cookie.getCookiePath().orElse("/"))
        .httpOnly(true)
        .sameSite(SameSite.Strict)
        .secure(cookie.isCookieSecure().orElse(publicUrl.get().startsWith("https://")))
        .maxAge(maxAge);
  }
}
