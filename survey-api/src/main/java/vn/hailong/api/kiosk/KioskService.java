package vn.hailong.api.kiosk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import vn.hailong.analysis.VietnamTime;
import vn.hailong.api.account.Scope;
import vn.hailong.api.problem.FieldProblem;
import vn.hailong.api.problem.FieldProblems;
import vn.hailong.api.support.PublicUrl;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;

/** Registers kiosks: a checked code, a unit valid today within the officer's scope, a token. */
@Singleton
public class KioskService {
  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9.-]{1,59}");

  private final KioskRepository kiosks;
  private final UnitDirectory units;
  private final Clock clock;
  private final PublicUrl publicUrl;

  KioskService(KioskRepository kiosks, UnitDirectory units, Clock clock, PublicUrl publicUrl) {
    this.kiosks = kiosks;
    this.units = units;
    this.clock = clock;
    this.publicUrl = publicUrl;
  }

  /** The token appears here once; the setup URL carries it in the fragment, which no server logs. */
  @Serdeable
  public record Registered(String code, String unitCode, String token, String setupUrl) {}

  public Registered register(@Nullable String code, @Nullable String unitCode, Scope officer) {
    FieldProblems problems = new FieldProblems();
    if (code == null || !CODE.matcher(code).matches()) {
      problems.add(
          FieldProblem.badFormat(
              "code",
              "2-60 chữ thường, số, '.' hoặc '-'",
              "2-60 lower-case letters, digits, '.' or '-'"));
    } else if (kiosks.existsByCode(code)) {
      problems.add(FieldProblem.taken("code", code));
    }
    Unit unit =
        units.tree()
            .findValid("unitCode", unitCode, VietnamTime.localDate(clock.instant()), problems);
    problems.throwIfAny();
    officer.require(unit);
    String token = KioskTokens.newToken();
    kiosks.save(
        new Kiosk(
            null,
            code,
            unit.id(),
            KioskTokens.hash(token),
            LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
            officer.username()));
    return new Registered(
        code, unit.code(), token, publicUrl.get() + "/kiosk/#setup=" + token + "&unit=" + unit.code());
  }
}
