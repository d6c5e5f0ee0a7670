package vn.hailong.api.response;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * A validated, authorised rating waiting for the {@link ResponseWriter}, and the answer its request
 * waits for: {@link ResponseService.Accepted}, or a {@link vn.hailong.api.problem.Problem} (409).
 */
record PendingResponse(
    Submission submission,
    String contentHash,
    @Nullable Long kioskId,
    @Nullable String enteredBy,
    Instant receivedAt,
    CompletableFuture<ResponseService.Accepted> outcome) {

  /** Hashes the content here, on the request's thread, to spare the single writer the work. */
  PendingResponse(
      Submission submission,
      @Nullable Long kioskId,
      @Nullable String enteredBy,
      Instant receivedAt) {
    this(
        submission,
        submission.contentHash(),
        kioskId,
        enteredBy,
        receivedAt,
        new CompletableFuture<>());
  }

  PendingResponse(Submission submission, @Nullable Long kioskId, Instant receivedAt) {
    this(submission, kioskId, null, receivedAt);
  }

  String id() {
    return submission.id().toString();
  }

  /** With the burst guard's mark, for a KIOSK rating; null for others. */
  ResponseStore.NewResponse toStore(@Nullable BurstGuard.Mark mark) {
    return new ResponseStore.NewResponse(
        submission,
        contentHash,
        kioskId,
        enteredBy,
        receivedAt,
        mark != null && mark.burst(),
        mark == null ? null : mark.runStart());
  }
}
