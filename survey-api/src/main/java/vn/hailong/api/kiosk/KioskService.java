package vn.hailong.api.kiosk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hailong.analysis.VietnamTime;
import vn.hailong.api.account.Scope;
import vn.hailong.api.problem.FieldProblem;
import vn.hailong.api.problem.FieldProblems;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.response.KioskActivity;
import vn.hailong.api.support.QrCodes;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;
import vn.hailong.api.unit.UnitTree;

/**
 * Registers, lists and revokes kiosks and gives them new setup links, within the caller's scope: a
 * checked code, a unit valid today, a token shown once.
 */
@Singleton
public class KioskService {
  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9.-]{1,59}");
  // big enough to scan off a laptop screen with a tablet's camera
  private static final int QR_PIXELS = 320;
  private static final Logger SECURITY = LoggerFactory.getLogger("vn.hailong.security");

  private final KioskRegistrations registrations;
  private final UnitDirectory units;
  private final Clock clock;
  private final KioskActivity activity;

  KioskService(
      KioskRegistrations registrations, UnitDirectory units, Clock clock, KioskActivity activity) {
    this.registrations = registrations;
    this.units = units;
    this.clock = clock;
    this.activity = activity;
  }

  /**
   * The token appears here once; the setup URL carries it in the fragment, which no server logs,
   * and the QR code of that URL comes as a data: address in this answer, never in a URL of its own.
   */
  @Serdeable
  public record Registered(
      String code, String unitCode, String token, String setupUrl, String setupQr) {}

  /** A kiosk as listed: never its token or hash. */
  @Serdeable
  public record KioskView(
      String code,
      String unitCode,
      String unitName,
      Instant createdAt,
      String createdBy,
      boolean revoked,
      @Nullable Instant revokedAt,
      @Nullable String revokedBy,
      @Nullable Instant lastRating,
      long bursts7Days,
      long bursts30Days) {}

  public Registered register(@Nullable String code, @Nullable String unitCode, Scope officer) {
    FieldProblems problems = new FieldProblems();
    // scope first: nothing about kiosk codes or units is said to an officer of another subtree
    UnitTree tree = units.tree();
    Unit unit = officer.find(tree, "unitCode", unitCode, problems);
    LocalDate today = VietnamTime.localDate(clock.instant());
    if (unit != null && !unit.validOn(today)) {
      problems.add(tree.notValid("unitCode", unit, today));
    }
    if (code == null || !CODE.matcher(code).matches()) {
      problems.add(
          FieldProblem.badFormat(
              "code",
              "2-60 chữ thường, số, '.' hoặc '-'",
              "2-60 lower-case letters, digits, '.' or '-'"));
    } else if (problems.isEmpty() && registrations.exists(code)) {
      problems.add(FieldProblem.taken("code", code));
    }
    problems.throwIfAny();
    SECURITY.info("Kiosk '{}' registered for {} by {}", code, unit.code(), officer.username());
    return registered(registrations.register(code, unit, officer.username()));
  }

  /** The kiosks of {@code top}'s subtree with what they sent; active ones first. */
  public List<KioskView> list(Unit top, Scope caller) {
    caller.require(top);
    UnitTree tree = units.tree();
    List<Kiosk> kiosks =
        registrations.all().stream().filter(k -> top.contains(tree.byId(k.unitId()))).toList();
    Map<Long, KioskActivity.Activity> sent =
        activity.of(kiosks.stream().map(Kiosk::id).toList(), clock.instant());
    return kiosks.stream()
        .sorted(Comparator.comparing(Kiosk::revoked).thenComparing(Kiosk::code))
        .map(k -> view(k, tree.byId(k.unitId()), sent.get(k.id())))
        .toList();
  }

  public KioskView revoke(String code, Scope caller) {
    Kiosk kiosk = manageable(code, caller);
    Kiosk revoked = registrations.revoke(kiosk, caller.username());
    SECURITY.warn("Kiosk '{}' revoked by {}", code, caller.username());
    Unit unit = units.tree().byId(kiosk.unitId());
    return view(revoked, unit, activity.of(List.of(kiosk.id()), clock.instant()).get(kiosk.id()));
  }

  /** A new token and setup link; the old token stops working, a revoked kiosk works again. */
  public Registered renew(String code, Scope caller) {
    Kiosk kiosk = manageable(code, caller);
    UnitTree tree = units.tree();
    Unit unit = tree.byId(kiosk.unitId());
    LocalDate today = VietnamTime.localDate(clock.instant());
    if (!unit.validOn(today)) {
      // its unit has ended: the kiosk belongs to a successor now, registered anew
      throw Problem.invalid(tree.notValid("unitCode", unit, today));
    }
    SECURITY.warn("Kiosk '{}' given a new setup link by {}", code, caller.username());
    return registered(registrations.renew(code, unit));
  }

  /** How many kiosks moved from an ended unit to one of its successors. */
  @Serdeable
  public record Repointed(String fromUnitCode, String toUnitCode, List<String> kiosks) {}

  /**
   * Re-points every kiosk of an ended unit to one of its successors, valid today (admins only: it
   * crosses subtrees). The kiosks keep their tokens; what they queued for the ended unit, dated
   * before its end, is still accepted (docs/kiosk.md).
   */
  public Repointed repoint(@Nullable String fromCode, @Nullable String toCode, Scope caller) {
    if (!caller.admin()) {
      throw Problem.forbidden("Chỉ quản trị viên / admins only");
    }
    FieldProblems problems = new FieldProblems();
    UnitTree tree = units.tree();
    Unit from = tree.find("fromUnitCode", fromCode, problems);
    Unit to = tree.find("toUnitCode", toCode, problems);
    LocalDate today = VietnamTime.localDate(clock.instant());
    if (from != null && from.validOn(today)) {
      problems.add(
          new FieldProblem(
              "fromUnitCode",
              "still-valid",
              from.name() + " vẫn đang hoạt động",
              from.name() + " has not ended"));
    }
    if (from != null && to != null) {
      boolean successor =
          tree.successors(from).stream().anyMatch(link -> link.successorId() == to.id());
      if (!successor) {
        problems.add(
            new FieldProblem(
                "toUnitCode",
                "not-a-successor",
                to.name() + " không phải đơn vị kế tiếp của " + from.name(),
                to.name() + " is not a successor of " + from.name()));
      } else if (!to.validOn(today)) {
        problems.add(tree.notValid("toUnitCode", to, today));
      }
    }
    problems.throwIfAny();
    List<String> codes =
        registrations.all().stream()
            .filter(k -> k.unitId() == from.id())
            .map(Kiosk::code)
            .sorted()
            .toList();
    registrations.repoint(from, to);
    SECURITY.warn(
        "Kiosks {} re-pointed from {} to {} by {}",
        codes,
        from.code(),
        to.code(),
        caller.username());
    return new Repointed(from.code(), to.code(), codes);
  }

  /**
   * The kiosk, if the caller may manage it. For anyone but an admin a code outside the subtree and
   * a code no kiosk has are the same 403.
   */
  private Kiosk manageable(String code, Scope caller) {
    Kiosk kiosk = registrations.find(code).orElse(null);
    if (kiosk == null && caller.admin()) {
      throw Problem.notFound("Không có kiosk '" + code + "' / no kiosk '" + code + "'");
    }
    if (kiosk == null || !caller.covers(units.tree().byId(kiosk.unitId()))) {
      throw Problem.forbidden(
          caller.username()
              + " không quản lý kiosk '"
              + code
              + "' / does not manage kiosk '"
              + code
              + "'");
    }
    return kiosk;
  }

  private static Registered registered(KioskRegistrations.Registration registration) {
    return new Registered(
        registration.code(),
        registration.unitCode(),
        registration.token(),
        registration.setupUrl(),
        QrCodes.pngDataUri(registration.setupUrl(), QR_PIXELS));
  }

  private static KioskView view(Kiosk kiosk, Unit unit, KioskActivity.Activity sent) {
    return new KioskView(
        kiosk.code(),
        unit.code(),
        unit.name(),
        kiosk.createdAt().toInstant(ZoneOffset.UTC),
        kiosk.createdBy(),
        kiosk.revoked(),
        kiosk.revokedAt() == null ? null : kiosk.revokedAt().toInstant(ZoneOffset.UTC),
        kiosk.revokedBy(),
        sent.lastRating(),
        sent.bursts7Days(),
        sent.bursts30Days());
  }
}
