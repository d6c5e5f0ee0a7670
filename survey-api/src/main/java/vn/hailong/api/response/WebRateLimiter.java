package vn.hailong.api.response;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.problem.ProblemType;

/**
 * Limits web-form ratings per client address: at most {@code hailong.ingest.web-rate-limit} in each
 * one-minute window that starts with an address's first rating (0 = no limit). Windows live in a
 * bounded cache, so a flood of addresses cannot exhaust memory.
 */
@Singleton
public class WebRateLimiter {
  private static final Duration WINDOW = Duration.ofMinutes(1);

  private final int limit;
  private final Clock clock;
  private final Cache<String, Window> windows;

  WebRateLimiter(IngestSettings settings, Clock clock) {
    this.limit = settings.webRateLimit();
    this.clock = clock;
    this.windows = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(WINDOW).build();
  }

  private record Window(long startMillis, AtomicInteger count) {}

  public void acquire(String clientAddress) {
    if (limit <= 0) {
      return;
    }
    long now = clock.millis();
    Window window =
        windows
            .asMap()
            .compute(
                clientAddress,
                (address, current) ->
                    current == null || now - current.startMillis() >= WINDOW.toMillis()
                        ? new Window(now, new AtomicInteger())
                        : current);
    if (window.count().incrementAndGet() > limit) {
      long retryAfterMillis = window.startMillis() + WINDOW.toMillis() - now;
      throw Problem.retryLater(
          ProblemType.RATE_LIMITED,
          "Quá "
              + limit
              + " đánh giá mỗi phút từ một địa chỉ / more than "
              + limit
              + " ratings a minute from one address",
          (int) Math.max(1, (retryAfterMillis + 999) / 1000));
    }
  }
}
