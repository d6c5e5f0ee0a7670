package vn.hailong.api.kiosk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;

/**
 * A registered touch kiosk of one unit. Only the hash of its token is kept; a revoked kiosk's token
 * is refused until a new setup link gives it another.
 */
@MappedEntity("kiosk")
public record Kiosk(
    @Id @GeneratedValue Long id,
    String code,
    long unitId,
    String tokenHash,
    LocalDateTime createdAt,
    String createdBy,
    @Nullable LocalDateTime revokedAt,
    @Nullable String revokedBy) {

  public boolean revoked() {
    return revokedAt != null;
  }
}
