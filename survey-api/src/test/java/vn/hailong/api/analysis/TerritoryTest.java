package vn.hailong.api.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hailong.api.unit.Share;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitLevel;
import vn.hailong.api.unit.UnitLink;
import vn.hailong.api.unit.UnitTree;

/**
 * A two-step lineage: commune A merged WHOLE into B (2020), B was later split and went PARTIAL into
 * C (2025). C's history through B is partial, and so is A's, which lives on inside B.
 */
class TerritoryTest {
  static final LocalDate MERGED = LocalDate.of(2019, 12, 31);
  static final LocalDate SPLIT = LocalDate.of(2025, 6, 30);

  static final Unit PROVINCE = unit(1, "p", null, "/1/", null, null);
  static final Unit A = unit(2, "p.a", 1L, "/1/2/", null, MERGED);
  static final Unit B = unit(3, "p.b", 1L, "/1/3/", null, SPLIT);
  static final Unit C = unit(4, "p.c", 1L, "/1/4/", SPLIT.plusDays(1), null);
  static final Unit D = unit(5, "p.d", 1L, "/1/5/", SPLIT.plusDays(1), null);

  static final UnitTree TREE =
      new UnitTree(
          List.of(PROVINCE, A, B, C, D),
          List.of(
              new UnitLink(A.id(), B.id(), Share.WHOLE),
              new UnitLink(B.id(), C.id(), Share.PARTIAL),
              new UnitLink(B.id(), D.id(), Share.PARTIAL)));

  private static Unit unit(
      long id, String code, Long parent, String path, LocalDate from, LocalDate to) {
    return new Unit(
        id,
        code,
        null,
        code,
        null,
        parent == null ? UnitLevel.PROVINCE : UnitLevel.COMMUNE,
        parent,
        path,
        from,
        to,
        null);
  }

  private static List<String> codes(List<Unit> units) {
    return units.stream().map(Unit::code).toList();
  }

  @Test
  void withoutPartialNothingBehindTheSplitIsPooled() {
    Territory territory =
        Territory.of(C, Territory.Scope.SUBTREE, Territory.Basis.NOW, false, TREE);

    assertEquals(List.of("p.c"), codes(territory.roots()), "A lives on in B, which is partial");
    assertEquals(List.of("p.b"), codes(territory.partial()), "the split is named");
    assertEquals(List.of(C.id()), territory.unitIds(TREE));
  }

  @Test
  void withPartialIncludedThePartialPredecessorsHistoryComesWithIt() {
    Territory territory = Territory.of(C, Territory.Scope.SUBTREE, Territory.Basis.NOW, true, TREE);

    assertEquals(List.of("p.c", "p.a", "p.b"), codes(territory.roots()));
    assertEquals(List.of("p.b"), codes(territory.partial()));
  }

  @Test
  void aWholeLineageIsStillWalkedToTheEnd() {
    Territory territory = Territory.of(B, Territory.Scope.OWN, Territory.Basis.NOW, false, TREE);

    assertEquals(List.of("p.b", "p.a"), codes(territory.roots()));
    assertEquals(List.of(), territory.partial());
  }
}
