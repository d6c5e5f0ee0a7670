package vn.hailong.api.kiosk;

import java.security.SecureRandom;
import java.util.Base64;
import vn.hailong.api.support.Hashes;

/**
 * Kiosk tokens: 256 random bits, prefixed "hk_" so they are recognisable in a leak scan. Stored as
 * SHA-256: with that much entropy a slow password hash adds nothing, and every kiosk rating can be
 * checked with one indexed lookup.
 */
final class KioskTokens {
  static final String PREFIX = "hk_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private KioskTokens() {}

  static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String token) {
    return Hashes.sha256(token);
  }
}
