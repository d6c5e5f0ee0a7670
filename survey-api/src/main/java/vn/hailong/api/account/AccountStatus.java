package vn.hailong.api.account;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * Whether an account's tokens still hold: it exists, is not disabled, and the token carries its
 * current token version. Asked on every authenticated request ({@link TokenStillValid}), so the
 * answers are cached; this node forgets an account's answer the moment it changes it, and other
 * nodes within {@link #STALE} (docs/decisions.md, "Disabling accounts and revoking kiosks").
 */
@Singleton
public class AccountStatus {
  static final Duration STALE = Duration.ofSeconds(30);

  /**
   * An answer this old is read again in the background while it is still served: the check runs on
   * the event loop, which should not wait for the database for an account in use. Only an answer
   * older than {@link #STALE} is read while the request waits, so none older is ever used.
   */
  static final Duration REFRESH = Duration.ofSeconds(20);

  private record Status(boolean disabled, int tokenVersion) {}

  private final LoadingCache<String, Optional<Status>> cache;

  AccountStatus(
      AccountRepository accounts, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
    this.cache =
        Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(STALE)
            .refreshAfterWrite(REFRESH)
            .executor(blocking)
            .build(
                name ->
                    accounts
                        .findByUsername(name)
                        .map(a -> new Status(a.disabled(), a.tokenVersion())));
  }

  public boolean accepts(String username, int tokenVersion) {
    Optional<Status> status = cache.get(username);
    return status.isPresent()
        && !status.get().disabled()
        && status.get().tokenVersion() == tokenVersion;
  }

  void changed(String username) {
    cache.invalidate(username);
  }
}
