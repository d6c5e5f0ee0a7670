package vn.hailong.api.response;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Flags repeated presses at one kiosk (docs/decisions.md, "Burst guard"). A KIOSK rating submitted
 * less than {@code hailong.ingest.burst-window} (8 s) after the kiosk's previous rating is a burst
 * rating: stored with {@code burst = true} and rolled up apart (the burst rollup), so dashboards
 * leave it out by default. The first rating of a burst is not flagged. Reading and answering the
 * kiosk's six headline questions honestly takes longer than 8 s; tapping through them does not.
 *
 * <p>The rule looks back only: "previous" is the latest rating of the kiosk stored before this one,
 * or earlier in the same group, with a submission time not after this one's.
 */
@Singleton
public class BurstGuard {
  private final ResponseStore store;
  private final long windowMillis;

  BurstGuard(ResponseStore store, IngestSettings settings) {
    this.store = store;
    this.windowMillis = settings.burstWindow().toMillis();
  }

  /** The ids of the burst ratings among {@code ratings}, about to be stored in this order. */
  Set<UUID> bursts(List<PendingResponse> ratings) {
    List<PendingResponse> fromKiosks =
        ratings.stream().filter(rating -> rating.kioskId() != null).toList();
    if (fromKiosks.isEmpty() || windowMillis == 0) {
      return Set.of();
    }
    // one read for the group: per kiosk, the stored ratings that could precede any of its new ones
    Map<Long, ResponseStore.KioskSpan> spans = new HashMap<>();
    for (PendingResponse rating : fromKiosks) {
      Instant at = rating.submission().submittedAt();
      Instant from = at.minusMillis(windowMillis - 1);
      spans.merge(
          rating.kioskId(),
          new ResponseStore.KioskSpan(rating.kioskId(), from, at),
          (a, b) ->
              new ResponseStore.KioskSpan(
                  a.kioskId(), min(a.from(), b.from()), max(a.to(), b.to())));
    }
    Map<Long, List<Instant>> earlier = new HashMap<>();
    store
        .kioskRatingTimes(spans.values())
        .forEach((kiosk, times) -> earlier.put(kiosk, new ArrayList<>(times)));

    Set<UUID> bursts = new HashSet<>();
    for (PendingResponse rating : fromKiosks) {
      long at = rating.submission().submittedAt().toEpochMilli();
      List<Instant> before = earlier.computeIfAbsent(rating.kioskId(), kiosk -> new ArrayList<>());
      if (before.stream()
          .mapToLong(Instant::toEpochMilli)
          .anyMatch(previous -> previous <= at && at - previous < windowMillis)) {
        bursts.add(rating.submission().id());
      }
      before.add(rating.submission().submittedAt());
    }
    return bursts;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
