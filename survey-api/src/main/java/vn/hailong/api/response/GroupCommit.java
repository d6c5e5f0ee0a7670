package vn.hailong.api.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.problem.ProblemType;

/**
 * Stores a group of ratings in one transaction with exactly the answers that storing them one by
 * one, in queue order, would give: 201 for the first copy of an id, 200 for an identical copy
 * (counted once), 409 for other content under a stored id or for a receipt already rated.
 *
 * <p>Copies and clashes are settled before writing, within the group and against one read of the
 * stored ids and receipts, so that one duplicate does not fail the others. If the group's
 * transaction still fails (another node stored the same id meanwhile, or one rating breaks a
 * constraint), it is rolled back and each rating is stored in a transaction of its own.
 */
@Singleton
class GroupCommit {
  private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

  private final ResponseStore store;
  private final BurstGuard burstGuard;
  private final TransactionOperations<Connection> transactions;

  GroupCommit(
      ResponseStore store, BurstGuard burstGuard, TransactionOperations<Connection> transactions) {
    this.store = store;
    this.burstGuard = burstGuard;
    this.transactions = transactions;
  }

  /** What was decided for one rating, handed to its request once the group is committed. */
  private record Verdict(PendingResponse rating, boolean created, @Nullable Problem refusal) {
    void deliver() {
      if (refusal != null) {
        rating.outcome().completeExceptionally(refusal);
      } else {
        rating.outcome().complete(new ResponseService.Accepted(rating.id(), created));
      }
    }
  }

  /** Stores the group and completes every rating's outcome, normally or exceptionally. */
  void write(List<PendingResponse> group) {
    List<Verdict> verdicts;
    try {
      // the reads that settle the group and the inserts share one transaction: one commit per group
      verdicts =
          transactions.executeWrite(
              status -> {
                List<Verdict> settled = new ArrayList<>(group.size());
                List<PendingResponse> inserts = settle(group, settled);
                Map<UUID, BurstGuard.Mark> marks = burstGuard.marks(inserts);
                store.insert(
                    inserts.stream().map(r -> r.toStore(marks.get(r.submission().id()))).toList());
                return settled;
              });
    } catch (RuntimeException e) {
      // rolled back: nothing of the group is stored, no outcome was delivered
      LOG.info(
          "A group of {} ratings was rolled back ({}); storing them one by one",
          group.size(),
          e.toString());
      group.forEach(this::writeAlone);
      return;
    }
    verdicts.forEach(Verdict::deliver);
  }

  /**
   * Decides each rating's answer as if they were stored one after the other, and returns those to
   * insert. Identical copies later in the group are 200 once the first copy is committed.
   */
  private List<PendingResponse> settle(List<PendingResponse> group, List<Verdict> verdicts) {
    Map<String, String> claimedIds =
        new HashMap<>(store.contentHashes(group.stream().map(PendingResponse::id).toList()));
    Set<ResponseStore.ReceiptKey> claimedReceipts =
        new HashSet<>(
            store.usedReceipts(
                group.stream()
                    .map(r -> ResponseStore.ReceiptKey.of(r.submission()))
                    .filter(Objects::nonNull)
                    .toList()));
    List<PendingResponse> inserts = new ArrayList<>();
    for (PendingResponse rating : group) {
      String storedHash = claimedIds.get(rating.id());
      ResponseStore.ReceiptKey receipt = ResponseStore.ReceiptKey.of(rating.submission());
      if (storedHash != null) {
        verdicts.add(repeated(rating, storedHash));
      } else if (receipt != null && claimedReceipts.contains(receipt)) {
        verdicts.add(new Verdict(rating, false, receiptUsed(rating.submission())));
      } else {
        claimedIds.put(rating.id(), rating.contentHash());
        if (receipt != null) {
          claimedReceipts.add(receipt);
        }
        inserts.add(rating);
        verdicts.add(new Verdict(rating, true, null));
      }
    }
    return inserts;
  }

  /** The rating in a transaction of its own; a constraint violation is settled from the table. */
  private void writeAlone(PendingResponse rating) {
    try {
      try {
        BurstGuard.Mark mark = burstGuard.marks(List.of(rating)).get(rating.submission().id());
        store.insert(List.of(rating.toStore(mark)));
        new Verdict(rating, true, null).deliver();
      } catch (ResponseStore.DuplicateKey e) {
        // stored before (a retry, or a concurrent copy on another node), or the receipt was used;
        // any other constraint is a fault, reported as one and not as a used receipt
        Optional<String> stored = store.contentHash(rating.id());
        ResponseStore.ReceiptKey receipt = ResponseStore.ReceiptKey.of(rating.submission());
        if (stored.isPresent()) {
          repeated(rating, stored.get()).deliver();
        } else if (receipt != null && !store.usedReceipts(List.of(receipt)).isEmpty()) {
          new Verdict(rating, false, receiptUsed(rating.submission())).deliver();
        } else {
          throw e;
        }
      }
    } catch (RuntimeException e) {
      LOG.error("Rating {} not stored", rating.id(), e);
      rating.outcome().completeExceptionally(e);
    }
  }

  private static Verdict repeated(PendingResponse rating, String storedHash) {
    if (storedHash.equals(rating.contentHash())) {
      return new Verdict(rating, false, null);
    }
    return new Verdict(
        rating,
        false,
        Problem.of(
            ProblemType.ID_CONFLICT,
            "Response "
                + rating.id()
                + " was stored with different content; a new rating needs a new id."));
  }

  private static Problem receiptUsed(Submission submission) {
    return Problem.of(
        ProblemType.RECEIPT_USED,
        "Receipt "
            + submission.receiptCode()
            + " at "
            + submission.unit().code()
            + " has a rating already; one rating per receipt is counted.");
  }
}
