package vn.hailong.api.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.problem.ProblemType;

/**
 * Limits password guessing: after {@link LoginSettings#accountFailures()} failed logins of one
 * account, or {@link LoginSettings#addressFailures()} from one client address, each further failure
 * locks that account or address for twice as long as the one before (from {@code firstLockout} up
 * to {@code maxLockout}); while locked, every login is 429 with Retry-After, a right password too.
 * A success clears the account's failures. Counters live in memory (one node), and are forgotten
 * after a quiet day or a restart.
 */
@Singleton
class LoginThrottle {
  // security events have their own logger, so that operators can route them; never a password
  private static final Logger SECURITY = LoggerFactory.getLogger("vn.hailong.security");

  private record Failures(int count, Instant lockedUntil) {}

  private final Cache<String, Failures> failures =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(Duration.ofDays(1)).build();
  private final LoginSettings settings;
  private final Clock clock;

  LoginThrottle(LoginSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * @throws Problem 429 rate-limited with Retry-After while the account or address is locked
   */
  void check(String username, String address) {
    Instant now = clock.instant();
    long seconds =
        Math.max(remaining(accountKey(username), now), remaining(addressKey(address), now));
    if (seconds > 0) {
      throw Problem.retryLater(
          ProblemType.RATE_LIMITED,
          "Quá nhiều lần đăng nhập sai, xin thử lại sau "
              + seconds
              + " giây"
              + " / too many failed logins, try again in "
              + seconds
              + " s",
          (int) Math.min(Integer.MAX_VALUE, seconds));
    }
  }

  void failed(String username, String address) {
    SECURITY.warn("Failed login for account '{}' from {}", printable(username), address);
    count(
        accountKey(username), settings.accountFailures(), "account '" + printable(username) + "'");
    count(addressKey(address), settings.addressFailures(), "address " + address);
  }

  void succeeded(String username) {
    failures.invalidate(accountKey(username));
  }

  private void count(String key, int allowed, String who) {
    Instant now = clock.instant();
    Failures after =
        failures
            .asMap()
            .compute(
                key,
                (k, before) -> {
                  int count = before == null ? 1 : before.count() + 1;
                  Instant until = before == null ? Instant.MIN : before.lockedUntil();
                  if (count > allowed) {
                    until = now.plus(lockout(count - allowed));
                  }
                  return new Failures(count, until);
                });
    if (after.count() > allowed) {
      SECURITY.warn(
          "Login locked for {} after {} failures, until {}",
          who,
          after.count(),
          after.lockedUntil());
    }
  }

  /** The lock after the n-th failure beyond those allowed: first, 2 x first, 4 x first, ... max. */
  private Duration lockout(int beyond) {
    Duration lock = settings.firstLockout();
    for (int i = 1; i < beyond && lock.compareTo(settings.maxLockout()) < 0; i++) {
      lock = lock.multipliedBy(2);
    }
    return lock.compareTo(settings.maxLockout()) > 0 ? settings.maxLockout() : lock;
  }

  private long remaining(String key, Instant now) {
    Failures current = failures.getIfPresent(key);
    if (current == null || !current.lockedUntil().isAfter(now)) {
      return 0;
    }
    // rounded up: a client that waits Retry-After seconds finds the lock gone
    return (Duration.between(now, current.lockedUntil()).toMillis() + 999) / 1000;
  }

  private static String accountKey(String username) {
    return "account:" + username;
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }

  // a username is whatever the client sent: no line breaks or control characters in the log
  private static String printable(String username) {
    String clean = username.replaceAll("\\p{Cntrl}", "?");
    return clean.length() > 60 ? clean.substring(0, 60) + "..." : clean;
  }
}
