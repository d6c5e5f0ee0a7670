package vn.hailong.api.kiosk;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import vn.hailong.api.support.PublicUrl;
import vn.hailong.api.unit.Unit;

/**
 * Stores a kiosk with the hash of a new token and makes its setup link. The token is in the link's
 * fragment, which no server logs, and is shown only here: a lost link needs a new token.
 */
@Singleton
public class KioskRegistrations {
  private final KioskRepository kiosks;
  private final Clock clock;
  private final PublicUrl publicUrl;

  KioskRegistrations(KioskRepository kiosks, Clock clock, PublicUrl publicUrl) {
    this.kiosks = kiosks;
    this.clock = clock;
    this.publicUrl = publicUrl;
  }

  /** A kiosk just registered or given a new token: its id, token and setup link. */
  public record Registration(
      long kioskId, String code, String unitCode, String token, String setupUrl) {}

  public boolean exists(String code) {
    return kiosks.existsByCode(code);
  }

  public Optional<Long> idOf(String code) {
    return kiosks.findByCode(code).map(Kiosk::id);
  }

  /** The caller has checked the code and that the unit is valid today and in their scope. */
  public Registration register(String code, Unit unit, String createdBy) {
    String token = KioskTokens.newToken();
    Kiosk saved =
        kiosks.save(
            new Kiosk(
                null,
                code,
                unit.id(),
                KioskTokens.hash(token),
                LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                createdBy));
    return registration(saved, unit, token);
  }

  /** A new token for an existing kiosk: the old one stops working at once. */
  public Registration renew(String code, Unit unit) {
    Kiosk kiosk = kiosks.findByCode(code).orElseThrow();
    String token = KioskTokens.newToken();
    Kiosk renewed =
        kiosks.update(
            new Kiosk(
                kiosk.id(),
                kiosk.code(),
                kiosk.unitId(),
                KioskTokens.hash(token),
                kiosk.createdAt(),
                kiosk.createdBy()));
    return registration(renewed, unit, token);
  }

  private Registration registration(Kiosk kiosk, Unit unit, String token) {
    return new Registration(
        kiosk.id(),
        kiosk.code(),
        unit.code(),
        token,
        publicUrl.get() + "/kiosk/#setup=" + token + "&unit=" + unit.code());
  }
}
