package vn.hailong.api.account;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * Guessing and load limits of logins ({@code hailong.login}, defaults in application.yml,
 * docs/decisions.md "Login throttle").
 *
 * @param accountFailures failed logins of one account allowed before it is locked
 * @param addressFailures failed logins from one client address allowed before it is locked
 * @param firstLockout the first lock; each further failure doubles it
 * @param maxLockout the longest lock
 * @param hashConcurrency password checks (BCrypt) at once; 0: one per core
 * @param hashWait how long a login waits for a free check before the answer is 503 busy
 */
@ConfigurationProperties("hailong.login")
public record LoginSettings(
    int accountFailures,
    int addressFailures,
    Duration firstLockout,
    Duration maxLockout,
    int hashConcurrency,
    Duration hashWait) {
  public LoginSettings {
    if (accountFailures < 1
        || addressFailures < 1
        || hashConcurrency < 0
        || firstLockout == null
        || firstLockout.isNegative()
        || firstLockout.isZero()
        || maxLockout == null
        || maxLockout.compareTo(firstLockout) < 0
        || hashWait == null
        || hashWait.isNegative()) {
      throw new IllegalArgumentException(
          "hailong.login: failures at least 1, lockouts positive (max >= first), "
              + "hash concurrency 0 or more");
    }
  }
}
