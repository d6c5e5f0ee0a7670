package vn.hailong.api.feedback;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hailong.analysis.VietnamTime;
import vn.hailong.api.account.AccountService;
import vn.hailong.api.account.Scope;
import vn.hailong.api.kiosk.Kiosk;
import vn.hailong.api.kiosk.KioskAuthenticator;
import vn.hailong.api.problem.FieldProblem;
import vn.hailong.api.problem.FieldProblems;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.problem.ProblemType;
import vn.hailong.api.response.WebRateLimiter;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;
import vn.hailong.api.unit.UnitTree;

/**
 * Takes complaints in (validated, once per id) and carries them through their life cycle: assigned
 * to an officer, answered, the answer published. Officers act within their subtree only. Log lines
 * name a complaint by its id, never by its text or contact.
 */
@Singleton
public class FeedbackService {
  static final int MIN_TEXT = 10;
  static final int MAX_TEXT = 4000;
  static final int MAX_RECEIPT = 64;
  static final int LIST_LIMIT = 500;
  private static final Pattern RECEIPT = Pattern.compile("[A-Za-z0-9._/-]+");
  private static final Logger LOG = LoggerFactory.getLogger(FeedbackService.class);

  private final FeedbackStore store;
  private final WorkingDays workingDays;
  private final FeedbackSettings settings;
  private final UnitDirectory units;
  private final KioskAuthenticator kiosks;
  private final WebRateLimiter webRateLimiter;
  private final AccountService accounts;
  private final Clock clock;

  FeedbackService(
      FeedbackStore store,
      WorkingDays workingDays,
      FeedbackSettings settings,
      UnitDirectory units,
      KioskAuthenticator kiosks,
      WebRateLimiter webRateLimiter,
      AccountService accounts,
      Clock clock) {
    this.store = store;
    this.workingDays = workingDays;
    this.settings = settings;
    this.units = units;
    this.kiosks = kiosks;
    this.webRateLimiter = webRateLimiter;
    this.accounts = accounts;
    this.clock = clock;
  }

  /** What a citizen sends; {@code submittedAt} (set by the outbox) is accepted and not used. */
  public record Submission(
      @Nullable String id,
      @Nullable String unitCode,
      @Nullable String text,
      @Nullable String contact,
      @Nullable String receiptCode) {}

  /** The answer to a submission, the same for a retry; {@code created} sets 201 or 200. */
  public record Accepted(FeedbackViews.Receipt receipt, boolean created) {}

  /**
   * Validates (every problem at once), checks the sender (a kiosk's token, or the web rate limit)
   * and stores the complaint once.
   *
   * @throws Problem 400, 401, 403, 429 before anything is stored; 409 for other content under an id
   */
  public Accepted submit(Submission body, @Nullable String authorization, String clientAddress) {
    FieldProblems problems = new FieldProblems();
    Instant now = clock.instant();
    LocalDate today = VietnamTime.localDate(now);
    String id = uuid(body.id(), problems);
    UnitTree tree = units.tree();
    Unit unit = tree.find("unitCode", body.unitCode(), problems);
    if (unit != null && !unit.validOn(today)) {
      problems.add(tree.notValid("unitCode", unit, today));
    }
    String text = text("text", body.text(), problems);
    String contact = ContactRules.normalised(body.contact(), problems);
    String receipt = receipt(body.receiptCode(), problems);
    problems.throwIfAny();

    FeedbackChannel channel = sender(unit, authorization, clientAddress);
    Feedback candidate =
        new Feedback(
            id,
            unit.id(),
            channel,
            text,
            contact,
            receipt,
            now,
            today,
            workingDays.plusWorkingDays(today, settings.dueWorkingDays()),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    if (store.insert(candidate)) {
      LOG.info("Feedback {} received for {} ({})", id, unit.code(), channel);
      return new Accepted(FeedbackViews.receipt(candidate, unit), true);
    }
    Feedback stored = store.find(id).orElseThrow();
    boolean same =
        stored.unitId() == candidate.unitId()
            && stored.question().equals(text)
            && Objects.equals(stored.contact(), contact)
            && Objects.equals(stored.receiptCode(), receipt);
    if (!same) {
      throw Problem.of(
          ProblemType.ID_CONFLICT,
          "Mã phản ánh " + id + " đã được dùng cho nội dung khác / id used for other content");
    }
    return new Accepted(FeedbackViews.receipt(stored, tree.byId(stored.unitId())), false);
  }

  /** A kiosk's token: KIOSK, for its own unit only; no token: WEB, under the web rate limit. */
  private FeedbackChannel sender(Unit unit, @Nullable String authorization, String address) {
    if (authorization == null || authorization.isBlank()) {
      webRateLimiter.acquire(address);
      return FeedbackChannel.WEB;
    }
    Kiosk kiosk =
        kiosks
            .authenticate(authorization)
            .orElseThrow(
                () ->
                    Problem.unauthorized(
                        "Phản ánh từ kiosk cần mã kiosk hợp lệ / a kiosk needs a valid token"));
    if (kiosk.unitId() != unit.id()) {
      throw Problem.forbidden(
          "Kiosk "
              + kiosk.code()
              + " chỉ gửi phản ánh cho đơn vị của mình / may only send its own unit's feedback");
    }
    return FeedbackChannel.KIOSK;
  }

  /** The complaints of {@code top}'s subtree received from..to (null: any day), newest first. */
  public FeedbackViews.FeedbackList list(
      Unit top,
      @Nullable FeedbackStatus status,
      boolean overdueOnly,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      Scope caller) {
    caller.require(top);
    UnitTree tree = units.tree();
    LocalDate today = today();
    List<Long> ids = tree.subtree(top).stream().map(Unit::id).toList();
    // filters on derived states run here; the limit applies after them
    List<Feedback> rows = store.list(ids, from, to, Integer.MAX_VALUE);
    List<FeedbackViews.Item> items =
        rows.stream()
            .filter(f -> status == null || f.status() == status)
            .filter(f -> !overdueOnly || f.overdue(today))
            .map(f -> FeedbackViews.item(f, tree.byId(f.unitId()), today))
            .toList();
    boolean truncated = items.size() > LIST_LIMIT;
    return new FeedbackViews.FeedbackList(
        top.code(), top.name(), today, truncated ? items.subList(0, LIST_LIMIT) : items, truncated);
  }

  public FeedbackViews.Item assign(String id, @Nullable String assignee, Scope caller) {
    Feedback feedback = handled(id, caller);
    Unit unit = units.tree().byId(feedback.unitId());
    String name = assignee == null ? "" : assignee.strip();
    FieldProblems problems = new FieldProblems();
    if (name.isEmpty()) {
      problems.add(FieldProblem.required("assignee"));
    } else if (!accounts.handles(name, unit)) {
      // one answer for a name that does not exist and one that may not handle this unit
      problems.add(
          new FieldProblem(
              "assignee",
              "not-a-handler",
              "không có cán bộ '" + name + "' phụ trách đơn vị này",
              "no officer '" + name + "' is responsible for this unit"));
    }
    problems.throwIfAny();
    notPublished(feedback);
    store.assign(feedback.id(), name, clock.instant(), caller.username());
    LOG.info("Feedback {} assigned to {} by {}", feedback.id(), name, caller.username());
    return reread(feedback.id());
  }

  public FeedbackViews.Item answer(String id, @Nullable String answer, Scope caller) {
    Feedback feedback = handled(id, caller);
    FieldProblems problems = new FieldProblems();
    String text = text("answer", answer, problems);
    problems.throwIfAny();
    notPublished(feedback);
    Instant now = clock.instant();
    store.answer(feedback.id(), text, now, VietnamTime.localDate(now), caller.username());
    LOG.info("Feedback {} answered by {}", feedback.id(), caller.username());
    return reread(feedback.id());
  }

  /** Makes the answer public; publishing again changes nothing. */
  public FeedbackViews.Item publish(String id, Scope caller) {
    Feedback feedback = handled(id, caller);
    if (feedback.answer() == null) {
      throw Problem.of(
          ProblemType.FEEDBACK_NOT_ANSWERED,
          "Phản ánh " + feedback.id() + " chưa có câu trả lời / has no answer to publish yet");
    }
    store.publish(feedback.id(), clock.instant(), caller.username());
    LOG.info("Feedback {} published by {}", feedback.id(), caller.username());
    return reread(feedback.id());
  }

  /**
   * Takes a published answer off the unit's public page (a wrong or careless answer must not stay
   * up): it is answered again, and may be changed and published anew. Withdrawing an answer that is
   * not public changes nothing. Logged with who did it, as a public record's change should be.
   */
  public FeedbackViews.Item unpublish(String id, Scope caller) {
    Feedback feedback = handled(id, caller);
    if (store.unpublish(feedback.id())) {
      LOG.warn(
          "Feedback {} answer withdrawn from the public page by {} (published {} by {})",
          feedback.id(),
          caller.username(),
          feedback.publishedAt(),
          feedback.publishedBy());
    }
    return reread(feedback.id());
  }

  /** The published answers of a unit, question and answer only. */
  public FeedbackViews.PublicAnswers published(@Nullable String unitCode) {
    FieldProblems problems = new FieldProblems();
    Unit unit = units.tree().find("unit", unitCode, problems);
    problems.throwIfAny();
    return new FeedbackViews.PublicAnswers(
        unit.code(),
        unit.name(),
        store.published(unit.id(), LIST_LIMIT).stream()
            .map(f -> new FeedbackViews.PublicAnswer(f.question(), f.answer()))
            .toList());
  }

  private void notPublished(Feedback feedback) {
    if (feedback.publishedAt() != null) {
      throw Problem.of(
          ProblemType.FEEDBACK_PUBLISHED,
          "Câu trả lời của phản ánh "
              + feedback.id()
              + " đã công khai / the answer is published already");
    }
  }

  private FeedbackViews.Item reread(String id) {
    Feedback f = store.find(id).orElseThrow();
    return FeedbackViews.item(f, units.tree().byId(f.unitId()), today());
  }

  /**
   * The complaint, if the caller handles its unit. For anyone but an admin an id of another subtree
   * and an id no complaint has are the same 403.
   */
  private Feedback handled(String id, Scope caller) {
    String key = id.strip().toLowerCase(Locale.ROOT);
    Feedback feedback = store.find(key).orElse(null);
    if (feedback == null && caller.admin()) {
      throw Problem.notFound("Không có phản ánh '" + id + "' / no feedback '" + id + "'");
    }
    if (feedback == null || !caller.covers(units.tree().byId(feedback.unitId()))) {
      throw Problem.forbidden(
          caller.username()
              + " không phụ trách phản ánh '"
              + id
              + "' / is not responsible for feedback '"
              + id
              + "'");
    }
    return feedback;
  }

  private LocalDate today() {
    return VietnamTime.localDate(clock.instant());
  }

  @Nullable
  private static String uuid(@Nullable String id, FieldProblems problems) {
    if (id == null || id.isBlank()) {
      problems.add(FieldProblem.required("id"));
      return null;
    }
    try {
      String text = id.strip().toLowerCase(Locale.ROOT);
      // UUID.fromString accepts "1-2-3-4-5": only the canonical 36-character form is an id
      if (text.length() == 36 && UUID.fromString(text).toString().equals(text)) {
        return text;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    problems.add(FieldProblem.badFormat("id", "phải là UUID", "must be a UUID"));
    return null;
  }

  @Nullable
  private static String text(String field, @Nullable String value, FieldProblems problems) {
    if (value == null || value.isBlank()) {
      problems.add(FieldProblem.required(field));
      return null;
    }
    String text = value.strip();
    int length = text.codePointCount(0, text.length());
    if (length < MIN_TEXT) {
      problems.add(
          new FieldProblem(
              field,
              "too-short",
              "ít nhất " + MIN_TEXT + " ký tự",
              "at least " + MIN_TEXT + " characters"));
    } else if (length > MAX_TEXT) {
      problems.add(FieldProblem.tooLong(field, MAX_TEXT));
    }
    return text;
  }

  @Nullable
  private static String receipt(@Nullable String value, FieldProblems problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String receipt = value.strip().toUpperCase(Locale.ROOT);
    if (receipt.length() > MAX_RECEIPT) {
      problems.add(FieldProblem.tooLong("receiptCode", MAX_RECEIPT));
    } else if (!RECEIPT.matcher(receipt).matches()) {
      problems.add(
          FieldProblem.badFormat(
              "receiptCode", "chỉ gồm chữ, số và . _ / -", "only letters, digits and . _ / -"));
    }
    return receipt;
  }
}
