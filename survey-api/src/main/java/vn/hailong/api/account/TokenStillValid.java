package vn.hailong.api.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * Refuses a signed, unexpired token whose account was disabled or whose password was reset since it
 * was issued: bearer tokens and session cookies alike, at their next request. A token from before
 * token versions existed carries none and counts as version 0.
 */
@Singleton
class TokenStillValid<T> implements GenericJwtClaimsValidator<T> {
  static final String TOKEN_VERSION = "tokenVersion";

  private final AccountStatus status;

  TokenStillValid(AccountStatus status) {
    this.status = status;
  }

  @Override
  public boolean validate(Claims claims, @Nullable T request) {
    Object subject = claims.get(Claims.SUBJECT);
    Object version = claims.get(TOKEN_VERSION);
    if (subject == null) {
      return false;
    }
    int tokenVersion = version instanceof Number number ? number.intValue() : 0;
    return status.accepts(subject.toString(), tokenVersion);
  }
}
