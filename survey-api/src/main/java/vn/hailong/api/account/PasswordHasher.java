package vn.hailong.api.account;

import jakarta.inject.Singleton;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** BCrypt (cost 12) through Spring Security's well-kept implementation. */
@Singleton
class PasswordHasher {
  private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(12);
  // compared against when the user does not exist, so that timing does not reveal usernames
  private final String decoy = bcrypt.encode("decoy-password-never-used");

  String hash(String password) {
    return bcrypt.encode(password);
  }

  boolean matches(String password, String hash) {
    return bcrypt.matches(password, hash);
  }

  void burnTime(String password) {
    bcrypt.matches(password, decoy);
  }
}
