package vn.hailong.api.support;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** One clock for the application, so that tests can move time. */
@Factory
class ClockFactory {
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }
}
