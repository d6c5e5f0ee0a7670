package vn.hailong.api.kiosk;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Recognises a kiosk from its "Authorization: Bearer hk_..." header. Read from the table at every
 * rating, so a revoked token is refused at once.
 */
@Singleton
public class KioskAuthenticator {
  private static final String BEARER = "Bearer ";
  private final KioskRepository kiosks;

  KioskAuthenticator(KioskRepository kiosks) {
    this.kiosks = kiosks;
  }

  public Optional<Kiosk> authenticate(@Nullable String authorization) {
    if (authorization == null || !authorization.startsWith(BEARER)) {
      return Optional.empty();
    }
    String token = authorization.substring(BEARER.length()).strip();
    if (!token.startsWith(KioskTokens.PREFIX)) {
      return Optional.empty();
    }
    return kiosks.findByTokenHash(KioskTokens.hash(token)).filter(kiosk -> !kiosk.revoked());
  }
}
