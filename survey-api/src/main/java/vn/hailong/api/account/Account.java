package vn.hailong.api.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;

/**
 * An officer's, planner's or admin's login. {@code unitId} bounds what they see (null: all). A
 * disabled account cannot log in; {@code tokenVersion} is carried in its tokens, which stop working
 * when it is raised (docs/decisions.md, "Disabling accounts and revoking kiosks").
 */
@MappedEntity("account")
public record Account(
    @Id @GeneratedValue Long id,
    String username,
    String passwordHash,
    Role role,
    @Nullable Long unitId,
    LocalDateTime createdAt,
    @Nullable LocalDateTime disabledAt,
    @Nullable String disabledBy,
    int tokenVersion) {

  public boolean disabled() {
    return disabledAt != null;
  }

  Account withPassword(String hash) {
    return new Account(
        id, username, hash, role, unitId, createdAt, disabledAt, disabledBy, tokenVersion + 1);
  }

  Account withDisabled(@Nullable LocalDateTime at, @Nullable String by) {
    return new Account(id, username, passwordHash, role, unitId, createdAt, at, by, tokenVersion);
  }
}
