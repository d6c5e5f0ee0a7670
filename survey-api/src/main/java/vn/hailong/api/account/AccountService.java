package vn.hailong.api.account;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hailong.api.problem.FieldProblem;
import vn.hailong.api.problem.FieldProblems;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;
import vn.hailong.api.unit.UnitTree;

/**
 * Creates, lists, disables and re-enables accounts and resets their passwords, within the caller's
 * scope (docs/dashboard.md, "People"): admins everywhere; officers for officer accounts of their
 * own subtree; planners not at all (the controller refuses them).
 */
@Singleton
public class AccountService {
  static final int MIN_PASSWORD = 10;
  // long passphrases are welcome (they are pre-hashed); a megabyte is not
  static final int MAX_PASSWORD = 1000;
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
  // no 0/O, 1/l/I: a generated password is read off a screen and typed in by someone else
  private static final String GENERATED_LETTERS = "abcdefghijkmnpqrstuvwxyz23456789";
  private static final int GENERATED_LENGTH = 14;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Logger SECURITY = LoggerFactory.getLogger("vn.hailong.security");

  private final AccountRepository accounts;
  private final PasswordHasher hasher;
  private final UnitDirectory units;
  private final Clock clock;
  private final AccountStatus status;

  AccountService(
      AccountRepository accounts,
      PasswordHasher hasher,
      UnitDirectory units,
      Clock clock,
      AccountStatus status) {
    this.accounts = accounts;
    this.hasher = hasher;
    this.units = units;
    this.clock = clock;
    this.status = status;
  }

  public boolean none() {
    return accounts.count() == 0;
  }

  /** The first admin, created at start on an empty database. */
  Account createFirstAdmin(String password) {
    return create("admin", password, Role.ADMIN, null, null);
  }

  /**
   * @param caller null only for the first admin at start
   */
  public Account create(
      @Nullable String username,
      @Nullable String password,
      @Nullable Role role,
      @Nullable String unitCode,
      @Nullable Scope caller) {
    FieldProblems problems = new FieldProblems();
    Unit unit = null;
    if (caller != null) {
      // scope first: an officer learns nothing about units or usernames outside the subtree
      if (!caller.admin() && role != null && role != Role.OFFICER) {
        throw Problem.forbidden(
            "Chỉ quản trị viên tạo được tài khoản "
                + role
                + " / only administrators create "
                + role
                + " accounts");
      }
      if (unitCode != null || (role != null && role != Role.ADMIN)) {
        unit = caller.find(units.tree(), "unitCode", unitCode, problems);
      }
    } else if (unitCode != null) {
      unit = units.tree().find("unitCode", unitCode, problems);
    }
    if (username == null || !USERNAME.matcher(username).matches()) {
      problems.add(
          FieldProblem.badFormat(
              "username",
              "3-60 chữ thường, số, '.', '_' hoặc '-'",
              "3-60 lower-case letters, digits, '.', '_' or '-'"));
    } else if (accounts.existsByUsername(username)) {
      problems.add(FieldProblem.taken("username", username));
    }
    checkPassword(password, problems);
    if (role == null) {
      problems.add(FieldProblem.required("role"));
    }
    problems.throwIfAny();
    Account saved =
        accounts.save(
            new Account(
                null,
                username,
                hasher.hash(password),
                role,
                unit == null ? null : unit.id(),
                now(),
                null,
                null,
                0));
    SECURITY.info(
        "Account '{}' ({}) created by {}",
        username,
        role,
        caller == null ? "the start-up" : caller.username());
    return saved;
  }

  /**
   * The accounts bound to {@code top}'s subtree; for an admin looking at a root unit also the
   * accounts bound to no unit (admins of everything). Active ones first, then by name.
   */
  public List<Account> list(Unit top, Scope caller) {
    caller.require(top);
    UnitTree tree = units.tree();
    boolean withUnbound = caller.admin() && top.parentId() == null;
    return accounts.findAll().stream()
        .filter(
            a ->
                a.unitId() == null
                    ? withUnbound
                    : top.contains(tree.byId(a.unitId())) && caller.covers(tree.byId(a.unitId())))
        .sorted(
            Comparator.comparing(Account::disabled)
                .thenComparing(Account::username, Comparator.naturalOrder()))
        .toList();
  }

  public Account disable(String username, Scope caller) {
    Account account = manageable(username, caller);
    if (account.username().equals(caller.username())) {
      throw Problem.invalid(
          new FieldProblem(
              "username",
              "self",
              "không thể tự khóa tài khoản của mình",
              "you cannot disable your own account"));
    }
    if (account.disabled()) {
      return account;
    }
    Account disabled = accounts.update(account.withDisabled(now(), caller.username()));
    status.changed(username);
    SECURITY.warn("Account '{}' disabled by {}", username, caller.username());
    return disabled;
  }

  public Account enable(String username, Scope caller) {
    Account account = manageable(username, caller);
    if (!account.disabled()) {
      return account;
    }
    Account enabled = accounts.update(account.withDisabled(null, null));
    status.changed(username);
    SECURITY.warn("Account '{}' enabled again by {}", username, caller.username());
    return enabled;
  }

  /**
   * A new password, chosen by the caller or (when null) generated: the tokens issued before die.
   */
  public String resetPassword(String username, @Nullable String password, Scope caller) {
    Account account = manageable(username, caller);
    String chosen = password == null ? generatedPassword() : password;
    FieldProblems problems = new FieldProblems();
    checkPassword(chosen, problems);
    problems.throwIfAny();
    accounts.update(account.withPassword(hasher.hash(chosen)));
    status.changed(username);
    SECURITY.warn("Password of account '{}' reset by {}", username, caller.username());
    return chosen;
  }

  /**
   * Whether {@code username} may handle the complaints of {@code unit} (feedback package): an
   * enabled admin, or an enabled officer whose subtree holds the unit.
   */
  public boolean handles(String username, Unit unit) {
    return accounts
        .findByUsername(username)
        .filter(a -> !a.disabled())
        .filter(
            a ->
                a.role() == Role.ADMIN
                    || (a.role() == Role.OFFICER
                        && a.unitId() != null
                        && units.tree().byId(a.unitId()).contains(unit)))
        .isPresent();
  }

  /** The unit an account is bound to, or null for an admin of everything. */
  @Nullable
  public Unit unitOf(Account account) {
    return account.unitId() == null ? null : units.tree().byId(account.unitId());
  }

  /**
   * The account, if the caller may manage it: admins any, officers the officer accounts of their
   * subtree. Any other name, one that exists elsewhere or none, is the same 403.
   */
  private Account manageable(String username, Scope caller) {
    Account account = accounts.findByUsername(username).orElse(null);
    if (caller.admin()) {
      if (account == null) {
        throw Problem.notFound(
            "Không có tài khoản '" + username + "' / no account '" + username + "'");
      }
      return account;
    }
    if (account == null
        || account.role() != Role.OFFICER
        || account.unitId() == null
        || !caller.covers(units.tree().byId(account.unitId()))) {
      throw Problem.forbidden(
          caller.username()
              + " không quản lý tài khoản '"
              + username
              + "' / does not manage account '"
              + username
              + "'");
    }
    return account;
  }

  private static void checkPassword(@Nullable String password, FieldProblems problems) {
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
  }

  private static String generatedPassword() {
    var password = new StringBuilder();
    for (int i = 0; i < GENERATED_LENGTH; i++) {
      if (i > 0 && i % 5 == 4) {
        password.append('-');
      } else {
        password.append(GENERATED_LETTERS.charAt(RANDOM.nextInt(GENERATED_LETTERS.length())));
      }
    }
    return password.toString();
  }

  private LocalDateTime now() {
    return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
