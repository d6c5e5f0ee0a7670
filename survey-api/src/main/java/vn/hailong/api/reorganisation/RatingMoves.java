package vn.hailong.api.reorganisation;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.hailong.api.problem.FieldProblem;
import vn.hailong.api.response.StoredRatings;
import vn.hailong.api.rollup.RollupMove;

/**
 * The stored ratings a plan leaves on a unit after its end: where they move (the single successor)
 * or, with no single successor, whether they stay ({@link ReorganisationEngine.Stranded#KEEP}) or
 * refuse the plan.
 */
final class RatingMoves {
  private record Move(String from, String to, LocalDate after, int count) {}

  private final List<Move> moves = new ArrayList<>();
  final List<Report.Ratings> report = new ArrayList<>();

  private RatingMoves() {}

  /**
   * Follows the stored ratings after each end date, earliest end first, to the single successor
   * (which may end in the same plan and pass them on).
   */
  static RatingMoves follow(
      Connection connection,
      Plan plan,
      Map<String, List<String>> successors,
      ReorganisationEngine.Stranded stranded)
      throws SQLException {
    RatingMoves follow = new RatingMoves();
    Map<String, TreeMap<LocalDate, Integer>> incoming = new LinkedHashMap<>();
    List<Era> ending = new ArrayList<>();
    for (Plan.End end : plan.ends) {
      ending.add(plan.eras.get(end.code()));
    }
    for (Era era : plan.created) {
      if (era.to != null && !ending.contains(era)) {
        ending.add(era);
      }
    }
    ending.sort(Comparator.comparing(e -> e.to));
    for (Era era : ending) {
      TreeMap<LocalDate, Integer> days =
          era.existing == null
              ? new TreeMap<>()
              : StoredRatings.perDayAfter(connection, era.existing.id(), era.to);
      StoredRatings.addInto(
          days, incoming.getOrDefault(era.code, new TreeMap<>()).tailMap(era.to, false));
      int count = days.values().stream().mapToInt(Integer::intValue).sum();
      if (count == 0) {
        continue;
      }
      List<String> next = successors.getOrDefault(era.code, List.of());
      if (next.size() == 1) {
        follow.moves.add(new Move(era.code, next.get(0), era.to, count));
        follow.report.add(new Report.Ratings(era.code, era.to, count, next.get(0)));
        StoredRatings.addInto(incoming.computeIfAbsent(next.get(0), k -> new TreeMap<>()), days);
      } else if (stranded == ReorganisationEngine.Stranded.KEEP) {
        follow.report.add(new Report.Ratings(era.code, era.to, count, null));
      } else {
        plan.problems.add(
            new FieldProblem(
                Change.field(era.line),
                "ratings-stranded",
                count
                    + " đánh giá của "
                    + era.label()
                    + " có ngày sau "
                    + era.to
                    + " mà không có một đơn vị kế tiếp duy nhất để chuyển sang"
                    + (next.isEmpty() ? "" : " (" + String.join(", ", next) + ")"),
                count
                    + " ratings of "
                    + era.label()
                    + " are dated after "
                    + era.to
                    + " and there is no single successor to move them to"
                    + (next.isEmpty() ? "" : " (" + String.join(", ", next) + ")")));
      }
    }
    return follow;
  }

  /**
   * Moves the ratings and their rollups, in the order they were followed, once every unit has its
   * id; each move is an audit line.
   */
  void apply(Connection connection, Plan plan) throws SQLException {
    for (Move move : moves) {
      long from = plan.eras.get(move.from()).id;
      long to = plan.eras.get(move.to()).id;
      int moved = StoredRatings.moveAfter(connection, from, to, move.after());
      RollupMove.after(connection, from, to, move.after());
      plan.lines.add(
          new Report.Line(
              plan.eras.get(move.from()).line,
              "MOVE_RATINGS",
              move.from(),
              moved + " ratings dated after " + move.after() + " moved to " + move.to()));
    }
  }
}
