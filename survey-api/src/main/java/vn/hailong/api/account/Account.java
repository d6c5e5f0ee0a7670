package vn.hailong.api.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;

/** An officer's, planner's or admin's login. {@code unitId} bounds what they see (null: all). */
@MappedEntity("account")
public record Account(
    @Id @GeneratedValue Long id,
    String username,
    String passwordHash,
    Role role,
    @Nullable Long unitId,
    LocalDateTime createdAt) {}
