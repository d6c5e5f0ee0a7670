package vn.hailong.api.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import vn.hailong.api.account.Scope;
import vn.hailong.api.kiosk.Kiosk;
import vn.hailong.api.kiosk.KioskAuthenticator;
import vn.hailong.api.problem.Problem;

/**
 * Accepts ratings: validate, check who may send them, then store exactly once. Idempotent by the
 * client's id: the same content again is a harmless retry, other content under the same id a clash.
 */
@Singleton
public class ResponseService {
  private final SubmissionParser parser;
  private final ResponseStore store;
  private final KioskAuthenticator kiosks;
  private final WebRateLimiter webRateLimiter;
  private final Clock clock;

  ResponseService(
      SubmissionParser parser,
      ResponseStore store,
      KioskAuthenticator kiosks,
      WebRateLimiter webRateLimiter,
      Clock clock) {
    this.parser = parser;
    this.store = store;
    this.kiosks = kiosks;
    this.webRateLimiter = webRateLimiter;
    this.clock = clock;
  }

  /** The rating's id and whether this request stored it (false: an identical retry). */
  public record Accepted(String id, boolean created) {}

  /** Who sent the request: a kiosk's bearer token, an officer's login, the client's address. */
  public record Sender(
      @Nullable String authorization,
      @Nullable Authentication authentication,
      String clientAddress) {}

  public Accepted submit(@Nullable JsonNode body, Sender sender) {
    Submission submission = parser.parse(body);
    Long kioskId = authorize(submission, sender);
    String id = submission.id().toString();
    String hash = submission.contentHash();
    try {
      // insert first: a retry is the rare case, and the primary key decides races
      store.insert(submission, kioskId, clock.instant());
      return new Accepted(id, true);
    } catch (ResponseStore.DuplicateKey e) {
      // the same rating was stored before (a retry, or a concurrent copy), or the receipt was used
      Optional<String> stored = store.contentHash(id);
      if (stored.isPresent()) {
        return repeated(stored.get(), hash, id);
      }
      if (submission.receiptCode() != null) {
        throw Problem.conflict(
            "Phiếu này đã được đánh giá. Xin cảm ơn! / This receipt has already been rated. Thank you!",
            "Receipt " + submission.receiptCode() + " at " + submission.unit().code()
                + " has a rating already; one rating per receipt is counted.");
      }
      throw e;
    }
  }

  private static Accepted repeated(String storedHash, String hash, String id) {
    if (storedHash.equals(hash)) {
      return new Accepted(id, false);
    }
    throw Problem.conflict(
        "Mã đánh giá đã được dùng cho nội dung khác / Id already used for other content",
        "Response " + id + " was stored with different content; a new rating needs a new id.");
  }

  /** Returns the kiosk's id for KIOSK ratings; refuses senders that may not rate this unit. */
  @Nullable
  private Long authorize(Submission submission, Sender sender) {
    switch (submission.channel()) {
      case KIOSK -> {
        Kiosk kiosk =
            kiosks
                .authenticate(sender.authorization())
                .orElseThrow(
                    () ->
                        Problem.unauthorized(
                            "Đánh giá từ kiosk cần mã kiosk hợp lệ / KIOSK ratings need a valid kiosk token"));
        if (kiosk.unitId() != submission.unit().id()) {
          throw Problem.forbidden(
              "Kiosk " + kiosk.code() + " chỉ gửi đánh giá cho đơn vị của mình / may only rate its own unit");
        }
        return kiosk.id();
      }
      case WEB -> {
        webRateLimiter.acquire(sender.clientAddress());
        return null;
      }
      case PAPER -> {
        // paper forms are typed in by an officer of the unit's subtree
        if (sender.authentication() == null) {
          throw Problem.unauthorized(
              "Phiếu giấy do cán bộ nhập, cần đăng nhập / PAPER ratings are entered by a logged-in officer");
        }
        Scope.of(sender.authentication()).require(submission.unit());
        return null;
      }
      default -> throw new IllegalStateException("Unknown channel " + submission.channel());
    }
  }
}
