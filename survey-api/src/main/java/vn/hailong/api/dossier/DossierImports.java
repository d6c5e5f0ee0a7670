package vn.hailong.api.dossier;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hailong.api.account.Scope;
import vn.hailong.api.dossier.DossierCheck.BadRow;
import vn.hailong.api.problem.FieldProblem;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.unit.UnitDirectory;

/**
 * Imports of dossier statistics. The whole file is read and checked first: a file with a bad row is
 * refused whole (400, every bad row by its line) and stores nothing, unless {@code
 * skipInconsistent} is asked for and the only bad rows are ones whose figures do not add up: those
 * are then left out and reported. The good rows are then stored in the background in one
 * transaction (all or nothing), {@value #BATCH} to a statement batch, and the job says how far it
 * has got, so that the page can show progress on a large file. Jobs live in this instance's memory
 * for an hour (docs/dossiers.md).
 */
@Singleton
public class DossierImports {
  static final int BATCH = 1000;
  private static final Logger LOG = LoggerFactory.getLogger(DossierImports.class);
  private static final int KEPT = 50;

  private final UnitDirectory units;
  private final DossierStore store;
  private final Clock clock;
  private final ExecutorService executor;
  private final Map<String, Job> jobs =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Job> eldest) {
          return size() > KEPT;
        }
      };

  DossierImports(
      UnitDirectory units,
      DossierStore store,
      Clock clock,
      @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
    this.units = units;
    this.store = store;
    this.clock = clock;
    this.executor = executor;
  }

  public enum State {
    RUNNING,
    DONE,
    FAILED
  }

  /** A row left out, with what is wrong with it. */
  @Serdeable
  public record Skipped(long line, String unitCode, List<FieldProblem> problems) {}

  /** An import as its page sees it while it runs and after. */
  @Serdeable
  public record Progress(
      String id, State state, int total, int stored, List<Skipped> skipped, Instant startedAt) {}

  private static final class Job {
    final String id = UUID.randomUUID().toString();
    final String owner;
    final int total;
    final List<Skipped> skipped;
    final Instant startedAt;
    final AtomicInteger stored = new AtomicInteger();
    volatile State state = State.RUNNING;

    Job(String owner, int total, List<Skipped> skipped, Instant startedAt) {
      this.owner = owner;
      this.total = total;
      this.skipped = skipped;
      this.startedAt = startedAt;
    }

    Progress progress() {
      return new Progress(id, state, total, stored.get(), skipped, startedAt);
    }
  }

  /** Checks the file and starts storing it; the answer is the job's first progress. */
  public Progress start(byte[] content, boolean skipInconsistent, Scope scope) {
    DossierCheck.Result result = DossierCheck.check(DossierFile.read(content), units.tree(), scope);
    if (!result.bad().isEmpty() && !(skipInconsistent && result.onlyInconsistent())) {
      throw Problem.invalid(lineProblems(result.bad()));
    }
    List<Skipped> skipped = new ArrayList<>();
    result.bad().forEach(b -> skipped.add(new Skipped(b.line(), b.unitCode(), b.problems())));
    Job job =
        new Job(scope.username(), result.good().size(), List.copyOf(skipped), clock.instant());
    synchronized (jobs) {
      jobs.put(job.id, job);
    }
    List<DossierFigures> rows = result.good();
    executor.execute(() -> write(job, rows));
    return job.progress();
  }

  /** The job's progress, for the one who started it (anyone else: the same 403 as no such job). */
  public Progress progress(String id, Scope scope) {
    Job job;
    synchronized (jobs) {
      job = jobs.get(id);
    }
    if (job == null || !job.owner.equals(scope.username())) {
      // a job id is a random UUID: nothing to learn from the answer either way
      throw Problem.forbidden(
          scope.username() + " không có lượt nhập '" + id + "' / has no import '" + id + "'");
    }
    return job.progress();
  }

  private void write(Job job, List<DossierFigures> rows) {
    LocalDateTime at = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    try {
      store.upsertAll(rows, BATCH, at, job.owner, job.stored::addAndGet);
      job.state = State.DONE;
    } catch (RuntimeException e) {
      LOG.error("Dossier import {} failed after {} rows", job.id, job.stored.get(), e);
      job.state = State.FAILED;
    }
  }

  // one field problem per problem of a bad row, named by its line: "dòng 20 / line 20: ..."
  private static List<FieldProblem> lineProblems(List<BadRow> bad) {
    List<FieldProblem> problems = new ArrayList<>();
    for (BadRow row : bad) {
      for (FieldProblem p : row.problems()) {
        problems.add(
            new FieldProblem(
                "line " + row.line() + " " + p.field(),
                p.code(),
                "dòng " + row.line() + " (" + row.unitCode() + "): " + p.vi(),
                "line " + row.line() + " (" + row.unitCode() + "): " + p.en()));
      }
    }
    return problems;
  }
}
