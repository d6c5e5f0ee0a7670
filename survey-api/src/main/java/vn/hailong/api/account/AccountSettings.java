package vn.hailong.api.account;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Logins ({@code hailong.accounts}, defaults in application.yml).
 *
 * @param adminPassword the first admin's password, on an empty database; empty: a random one,
 *     printed once
 * @param jwtSecret signs officers' tokens, at least 32 characters; empty: random per start
 */
@ConfigurationProperties("hailong.accounts")
public record AccountSettings(@Nullable String adminPassword, @Nullable String jwtSecret) {
  static final int MIN_SECRET = 32;

  public AccountSettings {
    adminPassword = adminPassword == null ? "" : adminPassword;
    jwtSecret = jwtSecret == null ? "" : jwtSecret;
    if (!jwtSecret.isEmpty() && jwtSecret.length() < MIN_SECRET) {
      throw new IllegalArgumentException(
          "HAILONG_JWT_SECRET must be at least " + MIN_SECRET + " characters");
    }
  }
}
