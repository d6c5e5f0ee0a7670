package vn.hailong.api.demo;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hailong.api.kiosk.KioskRegistrations;
import vn.hailong.api.response.ResponseStore;
import vn.hailong.api.unit.UnitDirectory;

/**
 * A kiosk of phường Bắc Nha Trang on the demo database, so that a newcomer opens a link instead of
 * registering one with curl. Its token is shown only when it is made; on a later start the kiosk
 * gets a fresh link as long as it has sent no rating (nobody set it up), and keeps its token
 * otherwise, so that a kiosk browser already set up keeps working across restarts.
 */
@Singleton
class DemoKiosk {
  static final String CODE = "demo-bac-nha-trang";
  static final String UNIT = "khanh-hoa.p-bac-nha-trang";
  private static final Logger LOG = LoggerFactory.getLogger(DemoKiosk.class);

  private final DemoData demo;
  private final KioskRegistrations kiosks;
  private final ResponseStore responses;
  private final UnitDirectory units;
  private final Clock clock;

  DemoKiosk(
      DemoData demo,
      KioskRegistrations kiosks,
      ResponseStore responses,
      UnitDirectory units,
      Clock clock) {
    this.demo = demo;
    this.kiosks = kiosks;
    this.responses = responses;
    this.units = units;
    this.clock = clock;
  }

  @EventListener
  void onStarted(ServerStartupEvent event) {
    if (demo.wanted()) {
      ensure()
          .ifPresentOrElse(
              url ->
                  LOG.info(
                      "Demo kiosk of Phường Bắc Nha Trang, open in a browser to set it up: {}",
                      url),
              () ->
                  LOG.info(
                      "Demo kiosk '{}' is in use; its setup link was shown when it was made."
                          + " Register another from the API for a new browser (README, \"Try it\").",
                      CODE));
    }
  }

  /** The setup link of a new or unused demo kiosk; empty when the kiosk has sent ratings. */
  Optional<String> ensure() {
    var unit = units.tree().byCode(UNIT).orElseThrow();
    var existing = kiosks.idOf(CODE);
    if (existing.isEmpty()) {
      return Optional.of(kiosks.register(CODE, unit, "demo").setupUrl());
    }
    if (hasRated(existing.get())) {
      return Optional.empty();
    }
    return Optional.of(kiosks.renew(CODE, unit).setupUrl());
  }

  private boolean hasRated(long kioskId) {
    // ratings may be dated a little ahead of the server's clock (hailong.ingest.clock-skew)
    var span =
        new ResponseStore.KioskSpan(
            kioskId, Instant.EPOCH, clock.instant().plus(Duration.ofDays(1)));
    return !responses.kioskRatingTimes(List.of(span)).getOrDefault(kioskId, List.of()).isEmpty();
  }
}
