package vn.hailong.api.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.time.Clock;
import vn.hailong.api.account.Scope;
import vn.hailong.api.kiosk.Kiosk;
import vn.hailong.api.kiosk.KioskAuthenticator;
import vn.hailong.api.problem.FieldProblems;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.unit.UnitDirectory;

/**
 * Accepts ratings: validate, check who may send them, then store exactly once. Idempotent by the
 * client's id: the same content again is a harmless retry, other content under the same id a clash.
 * Validation and authorisation run on the request's thread; storing is the {@link ResponseWriter}'s
 * (group commit), and the request waits for its answer.
 */
@Singleton
public class ResponseService {
  private final StrictJson json;
  private final SubmissionParser parser;
  private final ResponseWriter writer;
  private final KioskAuthenticator kiosks;
  private final WebRateLimiter webRateLimiter;
  private final UnitDirectory units;
  private final Clock clock;

  ResponseService(
      StrictJson json,
      SubmissionParser parser,
      ResponseWriter writer,
      KioskAuthenticator kiosks,
      WebRateLimiter webRateLimiter,
      UnitDirectory units,
      Clock clock) {
    this.json = json;
    this.parser = parser;
    this.writer = writer;
    this.kiosks = kiosks;
    this.webRateLimiter = webRateLimiter;
    this.units = units;
    this.clock = clock;
  }

  /** The rating's id and whether this request stored it (false: an identical retry). */
  public record Accepted(String id, boolean created) {}

  /** Who sent the request: a kiosk's bearer token, an officer's login, the client's address. */
  public record Sender(
      @Nullable String authorization,
      @Nullable Authentication authentication,
      String clientAddress) {}

  /**
   * Validates, authorises and stores the rating through the {@link ResponseWriter}.
   *
   * @throws Problem 400, 401, 403, 429 before anything is stored; 409 for a clash or a used receipt
   * @throws ResponseWriter.Busy when the rating could not be stored in time (503, send it again)
   */
  public Accepted submit(@Nullable MediaType contentType, @Nullable byte[] body, Sender sender) {
    JsonNode tree = json.read(contentType, body == null ? new byte[0] : body);
    paperScopeFirst(tree, sender);
    Submission submission = parser.parse(tree);
    Long kioskId = authorize(submission, sender);
    // a paper form is traceable to the account that typed it (docs/decisions.md, "Paper entries")
    String enteredBy =
        submission.channel() == Channel.PAPER ? sender.authentication().getName() : null;
    return writer.write(submission, kioskId, enteredBy, clock.instant());
  }

  /**
   * An officer typing in a paper form for a unit outside their subtree gets the same 403 whether or
   * not the unit exists, before any field is checked (which would say "no unit with code").
   */
  private void paperScopeFirst(@Nullable JsonNode tree, Sender sender) {
    if (sender.authentication() == null || tree == null || !tree.isObject()) {
      return;
    }
    JsonNode channel = tree.get("channel");
    JsonNode unitCode = tree.get("unitCode");
    if (channel != null
        && channel.isString()
        && Channel.PAPER.name().equals(channel.getStringValue().strip())
        && unitCode != null
        && unitCode.isString()) {
      // an admin's unknown code is left to the parser, which says so in the 400
      Scope.of(sender.authentication())
          .find(units.tree(), "unitCode", unitCode.getStringValue(), new FieldProblems());
    }
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
        // a kiosk re-pointed to a successor still delivers what it queued for the ended unit
        // (dated before the end: a later date was refused as not valid already)
        if (kiosk.unitId() != submission.unit().id()
            && units.tree().successors(submission.unit()).stream()
                .noneMatch(link -> link.successorId() == kiosk.unitId())) {
          throw Problem.forbidden(
              "Kiosk "
                  + kiosk.code()
                  + " chỉ gửi đánh giá cho đơn vị của mình / may only rate its own unit");
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
