package vn.hailong.api.account;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import vn.hailong.api.problem.FieldProblem;
import vn.hailong.api.problem.FieldProblems;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;

/** Creates accounts with checked names, strong enough passwords and a unit for non-admins. */
@Singleton
public class AccountService {
  static final int MIN_PASSWORD = 10;
  // long passphrases are welcome (they are pre-hashed); a megabyte is not
  static final int MAX_PASSWORD = 1000;
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

  private final AccountRepository accounts;
  private final PasswordHasher hasher;
  private final UnitDirectory units;
  private final Clock clock;

  AccountService(
      AccountRepository accounts, PasswordHasher hasher, UnitDirectory units, Clock clock) {
    this.accounts = accounts;
    this.hasher = hasher;
    this.units = units;
    this.clock = clock;
  }

  public boolean none() {
    return accounts.count() == 0;
  }

  public Account create(
      @Nullable String username,
      @Nullable String password,
      @Nullable Role role,
      @Nullable String unitCode) {
    FieldProblems problems = new FieldProblems();
    if (username == null || !USERNAME.matcher(username).matches()) {
      problems.add(
          FieldProblem.badFormat(
              "username",
              "3-60 chữ thường, số, '.', '_' hoặc '-'",
              "3-60 lower-case letters, digits, '.', '_' or '-'"));
    } else if (accounts.existsByUsername(username)) {
      problems.add(FieldProblem.taken("username", username));
    }
    if (password == null || password.length() < MIN_PASSWORD) {
      problems.add(
          new FieldProblem(
              "password",
              "too-short",
              "ít nhất " + MIN_PASSWORD + " ký tự",
              "at least " + MIN_PASSWORD + " characters"));
    } else if (password.length() > MAX_PASSWORD) {
      problems.add(FieldProblem.tooLong("password", MAX_PASSWORD));
    }
    if (role == null) {
      problems.add(FieldProblem.required("role"));
    }
    Unit unit = null;
    if (unitCode != null || (role != null && role != Role.ADMIN)) {
      // officers and planners see their unit's subtree: they need one
      unit = units.tree().find("unitCode", unitCode, problems);
    }
    problems.throwIfAny();
    return accounts.save(
        new Account(
            null,
            username,
            hasher.hash(password),
            role,
            unit == null ? null : unit.id(),
            LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
  }
}
