package vn.hailong.api.account;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import vn.hailong.api.support.WorkGate;

/**
 * BCrypt (cost 12) through Spring Security's well-kept implementation, over a SHA-256 pre-hash.
 *
 * <p>BCrypt reads at most 72 bytes, and a Vietnamese passphrase passes 72 bytes quickly (most
 * letters with diacritics take 2 or 3 bytes in UTF-8). So a new hash is BCrypt of the password's
 * SHA-256 in Base64 (44 ASCII characters, no NUL), stored with the {@value #PREHASHED} marker.
 * Hashes without the marker (plain BCrypt, from before the marker) still verify.
 *
 * <p>Each BCrypt run takes a core for about a quarter of a second, so runs go through a {@link
 * WorkGate}: 50 parallel logins wait their turn (or get 503 busy) and leave cores to ingestion.
 */
@Singleton
class PasswordHasher {
  static final String PREHASHED = "{sha256+bcrypt}";
  private static final int BCRYPT_MAX_BYTES = 72;

  private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(12);
  private final WorkGate gate;
  // compared against when the user does not exist, so that timing does not reveal usernames
  private final String decoy;

  PasswordHasher(LoginSettings settings) {
    this.gate =
        new WorkGate(
            "kiểm tra mật khẩu / checking passwords",
            settings.hashConcurrency(),
            settings.hashWait());
    this.decoy = hash("decoy-password-never-used");
  }

  String hash(String password) {
    return gate.run(() -> PREHASHED + bcrypt.encode(prehash(password)));
  }

  boolean matches(String password, String hash) {
    return gate.run(() -> check(password, hash));
  }

  private boolean check(String password, String hash) {
    if (hash.startsWith(PREHASHED)) {
      return bcrypt.matches(prehash(password), hash.substring(PREHASHED.length()));
    }
    // a plain BCrypt hash can only stand for a password BCrypt accepted
    if (password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
      return false;
    }
    return bcrypt.matches(password, hash);
  }

  void burnTime(String password) {
    matches(password, decoy);
  }

  private static String prehash(String password) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
