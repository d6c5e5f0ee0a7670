package vn.hailong.api.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;

/**
 * Whether an account's tokens still hold: it exists, is not disabled, and the token carries its
 * current token version. Asked on every authenticated request ({@link TokenStillValid}), so the
 * answers are cached; this node forgets an account's answer the moment it changes it, and other
 * nodes within {@link #STALE} (docs/decisions.md, "Disabling accounts and revoking kiosks").
 */
@Singleton
public class AccountStatus {
  static final Duration STALE = Duration.ofSeconds(30);

  private record Status(boolean disabled, int tokenVersion) {}

  private final Cache<String, Optional<Status>> cache =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(STALE).build();
  private final AccountRepository accounts;

  AccountStatus(AccountRepository accounts) {
    this.accounts = accounts;
  }

  public boolean accepts(String username, int tokenVersion) {
    Optional<Status> status =
        cache.get(
            username,
            name ->
                accounts.findByUsername(name).map(a -> new Status(a.disabled(), a.tokenVersion())));
    return status.isPresent()
        && !status.get().disabled()
        && status.get().tokenVersion() == tokenVersion;
  }

  void changed(String username) {
    cache.invalidate(username);
  }
}
