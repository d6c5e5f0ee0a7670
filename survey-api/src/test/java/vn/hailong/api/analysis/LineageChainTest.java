package vn.hailong.api.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.hailong.analysis.Criterion;
import vn.hailong.analysis.Tally;
import vn.hailong.api.unit.Share;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitLevel;
import vn.hailong.api.unit.UnitLink;
import vn.hailong.api.unit.UnitTree;

/**
 * Lineage through two reorganisations, on a synthetic tree (no database): wards of 2017 merged on
 * 2020-01-01 and again on 2025-07-01.
 *
 * <pre>
 * a-2017 ─WHOLE─┐
 * b-2017 ─WHOLE─┴─> a-2020 ─WHOLE──> a-2025
 * v-2017 ─PARTIAL─> v-2020 ─WHOLE──> a-2025
 * x-2017 ─WHOLE───> x-2020 ─PARTIAL─> a-2025, y-2025
 * </pre>
 */
class LineageChainTest {
  static final LocalDate END_2019 = LocalDate.of(2019, 12, 31);
  static final LocalDate FROM_2020 = LocalDate.of(2020, 1, 1);
  static final LocalDate END_2025 = LocalDate.of(2025, 6, 30);
  static final LocalDate FROM_2025 = LocalDate.of(2025, 7, 1);
  static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  static final Unit PROVINCE = unit(1, "p", null, null);
  static final Unit A17 = unit(2, "p.a-2017", null, END_2019);
  static final Unit B17 = unit(3, "p.b-2017", null, END_2019);
  static final Unit A20 = unit(4, "p.a-2020", FROM_2020, END_2025);
  static final Unit A25 = unit(5, "p.a-2025", FROM_2025, null);
  static final Unit V17 = unit(6, "p.v-2017", null, END_2019);
  static final Unit V20 = unit(7, "p.v-2020", FROM_2020, END_2025);
  static final Unit X17 = unit(8, "p.x-2017", null, END_2019);
  static final Unit X20 = unit(9, "p.x-2020", FROM_2020, END_2025);
  static final Unit Y25 = unit(10, "p.y-2025", FROM_2025, null);

  static final UnitTree TREE =
      new UnitTree(
          List.of(PROVINCE, A17, B17, A20, A25, V17, V20, X17, X20, Y25),
          List.of(
              link(A17, A20, Share.WHOLE),
              link(B17, A20, Share.WHOLE),
              link(A20, A25, Share.WHOLE),
              link(V17, V20, Share.PARTIAL),
              link(V20, A25, Share.WHOLE),
              link(X17, X20, Share.WHOLE),
              link(X20, A25, Share.PARTIAL),
              link(X20, Y25, Share.PARTIAL)));

  private static Unit unit(long id, String code, LocalDate from, LocalDate to) {
    boolean province = id == 1;
    return new Unit(
        id,
        code,
        null,
        code,
        null,
        province ? UnitLevel.PROVINCE : UnitLevel.COMMUNE,
        province ? null : 1L,
        province ? "/1/" : "/1/" + id + "/",
        from,
        to,
        null);
  }

  private static UnitLink link(Unit from, Unit to, Share share) {
    return new UnitLink(from.id(), to.id(), share);
  }

  private static Set<String> codes(List<Unit> units) {
    return new TreeSet<>(units.stream().map(Unit::code).toList());
  }

  private static Territory now(Unit unit, boolean includePartial) {
    return Territory.of(unit, Territory.Scope.SUBTREE, Territory.Basis.NOW, includePartial, TREE);
  }

  @Test
  void todaysWardPoolsBothEarlierErasThroughWholeLinks() {
    Territory territory = now(A25, false);

    assertEquals(
        Set.of("p.a-2025", "p.a-2020", "p.a-2017", "p.b-2017", "p.v-2020"),
        codes(territory.roots()));
    assertEquals(Set.of("p.x-2020", "p.v-2017"), codes(territory.partial()));
    assertEquals(Set.of(5L, 4L, 2L, 3L, 7L), Set.copyOf(territory.unitIds(TREE)));
  }

  @Test
  void aPartialLinkStopsTheWalkUnlessIncluded() {
    Territory apart = now(A25, false);
    Territory included = now(A25, true);

    // x-2017 went whole into x-2020, which was split: behind the split nothing is pooled
    assertEquals(false, codes(apart.roots()).contains("p.x-2017"));
    assertEquals(
        Set.of(
            "p.a-2025",
            "p.a-2020",
            "p.a-2017",
            "p.b-2017",
            "p.v-2020",
            "p.v-2017",
            "p.x-2020",
            "p.x-2017"),
        codes(included.roots()));
    assertEquals(
        Set.of("p.x-2020", "p.v-2017"), codes(included.partial()), "still named when included");
  }

  @Test
  void eachPartialPredecessorComesWithItsOwnWholeHistory() {
    Map<String, Set<String>> brought =
        Map.of(
            "p.x-2020", Set.of("p.x-2020", "p.x-2017"),
            "p.v-2017", Set.of("p.v-2017"));

    for (Territory p : now(A25, false).partialTerritories(TREE)) {
      assertEquals(brought.get(p.unit().code()), codes(p.roots()), p.unit().code());
    }
  }

  @Test
  void eachPeriodNamesThePredecessorsValidInIt() {
    Territory territory = now(A25, false);

    assertEquals(
        List.of("p.a-2017", "p.b-2017"),
        territory.derivedFrom(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31)).stream()
            .sorted()
            .toList());
    assertEquals(
        List.of("p.a-2020", "p.v-2020"),
        territory.derivedFrom(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)).stream()
            .sorted()
            .toList());
    assertEquals(
        List.of(), territory.derivedFrom(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
    assertEquals(
        List.of(FROM_2020, FROM_2025),
        territory.reorganisations(LocalDate.of(2017, 1, 1), LocalDate.of(2026, 12, 31)));
  }

  @Test
  void basisThenAndAnEndedWardInTheMiddleOfTheChain() {
    assertEquals(
        Set.of("p.a-2025"),
        codes(Territory.of(A25, Territory.Scope.OWN, Territory.Basis.THEN, true, TREE).roots()));
    assertEquals(Set.of("p.a-2020", "p.a-2017", "p.b-2017"), codes(now(A20, false).roots()));
    assertEquals(Set.of(), codes(now(A20, false).partial()));
  }

  @Test
  void aYearAcrossTheChangeListsBothHalvesThenAndTodaysUnitsNow() {
    LocalDate from = LocalDate.of(2025, 1, 1);
    LocalDate to = LocalDate.of(2025, 12, 31);

    List<ListedUnit> then =
        ListedUnit.of(
            PROVINCE,
            Territory.Basis.THEN,
            Territory.Scope.OWN,
            false,
            from,
            to,
            TODAY,
            TREE,
            u -> u != PROVINCE);
    List<ListedUnit> now =
        ListedUnit.of(
            PROVINCE,
            Territory.Basis.NOW,
            Territory.Scope.OWN,
            false,
            from,
            to,
            TODAY,
            TREE,
            u -> u != PROVINCE);

    // every unit valid on a day of 2025: the wards of 2020 until June, those of 2025 from July
    assertEquals(
        Set.of("p.a-2020", "p.v-2020", "p.x-2020", "p.a-2025", "p.y-2025"),
        codes(then.stream().map(ListedUnit::unit).toList()));
    assertEquals(
        Set.of("p.a-2025", "p.y-2025"), codes(now.stream().map(ListedUnit::unit).toList()));
  }

  @Test
  void todaysWardsFiguresPoolItsLineageAndShowTheSplitApart() {
    // own ACCESS tallies: 4 of 5 satisfied in a-2020 (first half), 3 of 3 in a-2025 (second half),
    // 2 of 2 in v-2020, and 0 of 4 in x-2020, which was split
    Map<Long, Map<String, Tally>> own =
        Map.of(
            A20.id(), Map.of("ACCESS", new Tally(0, 1, 0, 2, 2, 0)),
            A25.id(), Map.of("ACCESS", new Tally(0, 0, 0, 3, 0, 0)),
            V20.id(), Map.of("ACCESS", new Tally(0, 0, 0, 0, 2, 0)),
            X20.id(), Map.of("ACCESS", new Tally(4, 0, 0, 0, 0, 0)));
    LocalDate from = LocalDate.of(2025, 1, 1);
    LocalDate to = LocalDate.of(2025, 12, 31);
    ListedUnit a25 =
        ListedUnit.of(
                PROVINCE,
                Territory.Basis.NOW,
                Territory.Scope.OWN,
                false,
                from,
                to,
                TODAY,
                TREE,
                u -> u == A25)
            .get(0);

    Tally access = a25.pooled(own, TREE).get("ACCESS");
    // (4 + 3 + 2) of (5 + 3 + 2) = 9 of 10
    assertEquals(10, access.valid());
    assertEquals(9, access.satisfied());
    List<PartialPredecessor> apart = a25.partialFigures(own, TREE, Criterion.ACCESS, from, to);
    assertEquals(List.of(new PartialPredecessor("p.x-2020", "p.x-2020", 4, 0.0)), apart);
    assertEquals(
        List.of(),
        a25.partialFigures(
            own, TREE, Criterion.ACCESS, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)),
        "x-2020 was not valid in 2026: nothing to show apart");
  }
}
