package vn.hailong.api.support;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in tests: the system's until a test sets it, so that a test can say when
 * the server received a rating. A test that sets it calls {@link #reset()} when done.
 */
@Singleton
@Replaces(bean = Clock.class, factory = ClockFactory.class)
public class TestClock extends Clock {
  private volatile Instant now; // null: the system's time

  /** From now on the server's time is {@code instant}, until set again or reset. */
  public void set(Instant instant) {
    now = instant;
  }

  /** Back to the system's time. */
  public void reset() {
    now = null;
  }

  @Override
  public Instant instant() {
    Instant fixed = now;
    return fixed == null ? Instant.now() : fixed;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("The application's clock is UTC");
  }
}
