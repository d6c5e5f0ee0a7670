package vn.hailong.api.kiosk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;
import vn.hailong.analysis.VietnamTime;
import vn.hailong.api.account.Scope;
import vn.hailong.api.problem.FieldProblem;
import vn.hailong.api.problem.FieldProblems;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;
import vn.hailong.api.unit.UnitTree;

/** Registers kiosks: a checked code, a unit valid today within the officer's scope, a token. */
@Singleton
public class KioskService {
  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9.-]{1,59}");

  private final KioskRegistrations registrations;
  private final UnitDirectory units;
  private final Clock clock;

  KioskService(KioskRegistrations registrations, UnitDirectory units, Clock clock) {
    this.registrations = registrations;
    this.units = units;
    this.clock = clock;
  }

  /**
   * The token appears here once; the setup URL carries it in the fragment, which no server logs.
   */
  @Serdeable
  public record Registered(String code, String unitCode, String token, String setupUrl) {}

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
    KioskRegistrations.Registration registered =
        registrations.register(code, unit, officer.username());
    return new Registered(
        registered.code(), registered.unitCode(), registered.token(), registered.setupUrl());
  }
}
