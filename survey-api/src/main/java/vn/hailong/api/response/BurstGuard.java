package vn.hailong.api.response;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Flags repeated presses at one kiosk (docs/decisions.md, "Burst guard"), on the server's clock. A
 * KIOSK rating received less than {@code hailong.ingest.burst-window} (8 s) after the kiosk's
 * previous one is a burst rating, stored with {@code burst = true} and rolled up apart, unless it
 * is a queued delivery: a kiosk back online sends its outbox in a row, and those ratings were made
 * minutes apart. The kiosk's claimed time is the second signal that tells them apart; it counts
 * only where the kiosk could have been queueing, so a replayed fake queue gains at most what an
 * honest kiosk could produce in the same silence.
 *
 * <p>"Previous" is the kiosk's rating stored, or queued earlier in the same group, just before this
 * one. A run of fast arrivals is a chain of the kiosk's ratings each received less than a window
 * after the one before; each stored KIOSK rating keeps the receipt time of its run's first rating
 * ({@code run_start}), so a run is found with one lookup however long it is.
 */
@Singleton
public class BurstGuard {
  private final ResponseStore store;
  private final long windowMillis;

  BurstGuard(ResponseStore store, IngestSettings settings) {
    this.store = store;
    this.windowMillis = settings.burstWindow().toMillis();
  }

  /** What the guard decided for one KIOSK rating, stored with it. */
  record Mark(boolean burst, Instant runStart) {}

  /** Where a kiosk's ratings stand while a group is judged in order. */
  private static final class KioskState {
    @Nullable Instant previousReceipt;
    Instant runStart;
    // the receipt of the kiosk's last rating before the current run began; null: none
    @Nullable Instant beforeRun;
    final List<Instant> submitted = new ArrayList<>();
  }

  /**
   * The marks of the KIOSK ratings among {@code ratings}, about to be stored in this order (WEB and
   * PAPER ratings have none). Runs inside the group's transaction: three reads for the whole group.
   */
  Map<UUID, Mark> marks(List<PendingResponse> ratings) {
    List<PendingResponse> fromKiosks =
        ratings.stream().filter(rating -> rating.kioskId() != null).toList();
    if (fromKiosks.isEmpty()) {
      return Map.of();
    }
    Map<Long, KioskState> states = states(fromKiosks);
    Map<UUID, Mark> marks = new HashMap<>();
    for (PendingResponse rating : fromKiosks) {
      KioskState state = states.get(rating.kioskId());
      Instant received = rating.receivedAt();
      boolean fast =
          windowMillis > 0
              && state.previousReceipt != null
              && millis(received) - millis(state.previousReceipt) < windowMillis;
      if (!fast) {
        state.beforeRun = state.previousReceipt;
        state.runStart = received;
      }
      boolean burst = fast && !queued(rating, state);
      state.submitted.add(rating.submission().submittedAt());
      state.previousReceipt = received;
      marks.put(rating.submission().id(), new Mark(burst, state.runStart));
    }
    return marks;
  }

  /**
   * A queued delivery: made at least a window before it arrived, no other rating of the kiosk made
   * less than a window from it, and made after the kiosk was last heard from before this run of
   * fast arrivals (a kiosk the server is hearing from live is not queueing).
   */
  private boolean queued(PendingResponse rating, KioskState state) {
    long made = millis(rating.submission().submittedAt());
    if (millis(rating.receivedAt()) - made < windowMillis) {
      return false;
    }
    if (state.beforeRun != null && made <= millis(state.beforeRun)) {
      return false;
    }
    return state.submitted.stream()
        .mapToLong(BurstGuard::millis)
        .noneMatch(other -> Math.abs(other - made) < windowMillis);
  }

  /** Each kiosk's state before the group, from the stored ratings. */
  private Map<Long, KioskState> states(List<PendingResponse> fromKiosks) {
    Map<Long, PendingResponse> firstOfKiosk = new LinkedHashMap<>();
    Map<Long, ResponseStore.KioskSpan> spans = new HashMap<>();
    for (PendingResponse rating : fromKiosks) {
      firstOfKiosk.putIfAbsent(rating.kioskId(), rating);
      Instant at = rating.submission().submittedAt();
      // the stored ratings made less than a window from it, before or after
      var span =
          new ResponseStore.KioskSpan(
              rating.kioskId(), at.minusMillis(windowMillis - 1), at.plusMillis(windowMillis - 1));
      spans.merge(
          rating.kioskId(),
          span,
          (a, b) ->
              new ResponseStore.KioskSpan(
                  a.kioskId(), min(a.from(), b.from()), max(a.to(), b.to())));
    }
    Map<Long, ResponseStore.KioskReceipt> latest = store.latestKioskReceipts(firstOfKiosk.keySet());
    Map<Long, List<Instant>> submitted =
        windowMillis == 0 ? Map.of() : store.kioskRatingTimes(spans.values());
    // where the group's first rating continues a stored run, the receipt before that run began
    Map<Long, Instant> runStarts = new HashMap<>();
    latest.forEach(
        (kiosk, receipt) -> {
          long gap = millis(firstOfKiosk.get(kiosk).receivedAt()) - millis(receipt.receivedAt());
          if (gap < windowMillis) {
            runStarts.put(kiosk, receipt.runStart());
          }
        });
    Map<Long, Instant> beforeRuns = store.lastKioskReceiptsBefore(runStarts);

    Map<Long, KioskState> states = new HashMap<>();
    for (Long kiosk : firstOfKiosk.keySet()) {
      KioskState state = new KioskState();
      ResponseStore.KioskReceipt receipt = latest.get(kiosk);
      if (receipt != null) {
        state.previousReceipt = receipt.receivedAt();
        state.runStart = receipt.runStart();
        state.beforeRun = beforeRuns.get(kiosk);
      }
      state.submitted.addAll(submitted.getOrDefault(kiosk, List.of()));
      states.put(kiosk, state);
    }
    return states;
  }

  private static long millis(Instant instant) {
    return instant.toEpochMilli();
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
