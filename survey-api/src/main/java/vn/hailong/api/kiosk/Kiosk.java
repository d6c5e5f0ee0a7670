package vn.hailong.api.kiosk;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;

/** A registered touch kiosk of one unit. Only the hash of its token is kept. */
@MappedEntity("kiosk")
public record Kiosk(
    @Id @GeneratedValue Long id,
    String code,
    long unitId,
    String tokenHash,
    LocalDateTime createdAt,
    String createdBy) {}
