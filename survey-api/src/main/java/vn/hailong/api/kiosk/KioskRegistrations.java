package vn.hailong.api.kiosk;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
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

  Optional<Kiosk> find(String code) {
    return kiosks.findByCode(code);
  }

  List<Kiosk> all() {
    return kiosks.findAll();
  }

  /** Every kiosk of {@code from} to {@code to}; the caller has checked both. */
  @io.micronaut.transaction.annotation.Transactional
  int repoint(Unit from, Unit to) {
    return kiosks.repoint(from.id(), to.id());
  }

  /** The caller has checked the code and that the unit is valid today and in their scope. */
  public Registration register(String code, Unit unit, String createdBy) {
    String token = KioskTokens.newToken();
    Kiosk saved =
        kiosks.save(
            new Kiosk(
                null, code, unit.id(), KioskTokens.hash(token), now(), createdBy, null, null));
    return registration(saved, unit, token);
  }

  /**
   * A new token for an existing kiosk: the old one stops working at once, and a revoked kiosk works
   * again with the new one (a replaced tablet keeps its code and its history).
   */
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
                kiosk.createdBy(),
                null,
                null));
    return registration(renewed, unit, token);
  }

  /** The kiosk's token is refused from now on; its ratings stay. */
  Kiosk revoke(Kiosk kiosk, String revokedBy) {
    if (kiosk.revoked()) {
      return kiosk;
    }
    return kiosks.update(
        new Kiosk(
            kiosk.id(),
            kiosk.code(),
            kiosk.unitId(),
            kiosk.tokenHash(),
            kiosk.createdAt(),
            kiosk.createdBy(),
            now(),
            revokedBy));
  }

  private LocalDateTime now() {
    return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
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
