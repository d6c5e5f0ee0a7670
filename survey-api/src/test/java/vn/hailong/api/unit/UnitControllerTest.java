package vn.hailong.api.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.hailong.api.support.Api;

/**
 * The two trees: Khánh Hòa and Ninh Thuận until 2025-06-30, the merged Khánh Hòa from 2025-07-01.
 */
@MicronautTest
class UnitControllerTest {
  @Inject
  @Client("/")
  HttpClient client;

  @Inject Api api;

  private List<UnitView> units(String query) {
    return client
        .toBlocking()
        .retrieve(HttpRequest.GET("/api/v1/units" + query), Argument.listOf(UnitView.class));
  }

  private static long count(List<UnitView> units, String parentCode, UnitLevel level) {
    return units.stream()
        .filter(u -> parentCode.equals(u.parentCode()) && u.level() == level)
        .count();
  }

  private static long communesUnderDistrictsOf(List<UnitView> units, String provinceCode) {
    Set<String> districts =
        units.stream()
            .filter(u -> provinceCode.equals(u.parentCode()) && u.level() == UnitLevel.DISTRICT)
            .map(UnitView::code)
            .collect(Collectors.toSet());
    return units.stream()
        .filter(u -> u.level() == UnitLevel.COMMUNE && districts.contains(u.parentCode()))
        .count();
  }

  @Test
  void theDayBeforeTheReformHasTwoProvincesWithDistricts() {
    List<UnitView> units = units("?on=2025-06-30");

    assertEquals(9, count(units, "khanh-hoa", UnitLevel.DISTRICT));
    assertEquals(132, communesUnderDistrictsOf(units, "khanh-hoa"));
    assertEquals(7, count(units, "ninh-thuan", UnitLevel.DISTRICT));
    assertEquals(62, communesUnderDistrictsOf(units, "ninh-thuan"));
    assertEquals(
        0,
        count(units, "khanh-hoa", UnitLevel.COMMUNE),
        "no commune directly under the province yet");
  }

  @Test
  void fromTheReformDay65CommunesSitDirectlyUnderTheProvince() {
    List<UnitView> units = units("?on=2025-07-01");

    assertEquals(65, count(units, "khanh-hoa", UnitLevel.COMMUNE));
    assertTrue(units.stream().noneMatch(u -> u.level() == UnitLevel.DISTRICT));
    assertTrue(units.stream().noneMatch(u -> u.code().equals("ninh-thuan")));
    // V14: the merged province's 13 departments and its economic-zone board, and the 6 central
    // agencies (level OTHER), which our data does not reorganise
    assertEquals(65 + 1 + 14 + 6, units.size(), "the communes, the province and its 20 agencies");
  }

  @Test
  void theWholeListKeepsPastUnits() {
    List<UnitView> units = units("");

    // V3's 304 and the 38 departments of V14 that V3 did not have
    assertEquals(304 + 38, units.size());
    assertTrue(units.stream().anyMatch(u -> u.code().equals("khanh-hoa.h-cam-lam")));
    assertTrue(units.stream().anyMatch(u -> u.code().equals("khanh-hoa.x-cam-lam")));
    assertEquals(units.size(), units.stream().map(UnitView::code).distinct().count());
  }

  @Test
  void bacNhaTrangListsItsSixPredecessors() {
    UnitView bacNhaTrang =
        client.toBlocking().retrieve("/api/v1/units/khanh-hoa.p-bac-nha-trang", UnitView.class);

    assertEquals("Phường Bắc Nha Trang", bacNhaTrang.name());
    assertEquals("22333", bacNhaTrang.officialCode());
    assertEquals("khanh-hoa", bacNhaTrang.parentCode());
    assertEquals("2025-07-01", bacNhaTrang.validFrom().toString());
    assertNull(bacNhaTrang.validTo());
    assertEquals(
        Set.of(
            "khanh-hoa.tp-nha-trang.p-vinh-hoa",
            "khanh-hoa.tp-nha-trang.p-vinh-hai",
            "khanh-hoa.tp-nha-trang.p-vinh-phuoc",
            "khanh-hoa.tp-nha-trang.p-vinh-tho",
            "khanh-hoa.tp-nha-trang.x-vinh-luong",
            "khanh-hoa.tp-nha-trang.x-vinh-phuong"),
        bacNhaTrang.predecessors().stream().map(UnitView.Link::code).collect(Collectors.toSet()));
    assertTrue(bacNhaTrang.predecessors().stream().allMatch(l -> l.share() == Share.WHOLE));
  }

  @Test
  void anOldCommuneNamesItsSuccessorAndTheOfficialCodeItShares() {
    UnitView vinhPhuoc =
        client
            .toBlocking()
            .retrieve("/api/v1/units/khanh-hoa.tp-nha-trang.p-vinh-phuoc", UnitView.class);

    assertEquals("2025-06-30", vinhPhuoc.validTo().toString());
    assertEquals("22333", vinhPhuoc.officialCode(), "official codes are reused across eras");
    assertEquals(
        List.of(new UnitView.Link("khanh-hoa.p-bac-nha-trang", Share.WHOLE)),
        vinhPhuoc.successors());
  }

  @Test
  void aSplitCommuneHasPartialLinksToEverySuccessor() {
    // xã Cam Hòa (22438) of huyện Cam Lâm was divided between three new communes
    UnitView camHoa =
        client.toBlocking().retrieve("/api/v1/units/khanh-hoa.h-cam-lam.x-cam-hoa", UnitView.class);

    assertEquals(3, camHoa.successors().size());
    assertTrue(camHoa.successors().stream().allMatch(l -> l.share() == Share.PARTIAL));
  }

  @Test
  void ninhThuanWentWholeIntoKhanhHoa() {
    UnitView ninhThuan = client.toBlocking().retrieve("/api/v1/units/ninh-thuan", UnitView.class);
    UnitView khanhHoa = client.toBlocking().retrieve("/api/v1/units/khanh-hoa", UnitView.class);

    assertEquals(List.of(new UnitView.Link("khanh-hoa", Share.WHOLE)), ninhThuan.successors());
    assertNull(khanhHoa.validFrom());
    assertNull(khanhHoa.validTo());
    assertEquals("Tỉnh Khánh Hòa", khanhHoa.name());
  }

  @Test
  void unknownUnitIsAProblem() {
    Api.Reply reply = api.get("/api/v1/units/khanh-hoa.x-khong-co");

    assertEquals(404, reply.status());
    assertTrue(reply.isProblem(), reply.toString());
    assertTrue(reply.text("detail").contains("khanh-hoa.x-khong-co"));
  }

  @Test
  void aBadDateIsAProblem() {
    Api.Reply reply = api.get("/api/v1/units?on=30-06-2025");

    assertEquals(400, reply.status());
    assertTrue(reply.isProblem(), reply.toString());
    assertFalse(reply.text("detail").isBlank());
  }

  @Test
  void vietnameseNamesRoundTripThroughTheDatabase() {
    Map<String, UnitView> byCode =
        units("").stream().collect(Collectors.toMap(UnitView::code, u -> u));

    assertEquals("Đặc khu Trường Sa", byCode.get("khanh-hoa.dk-truong-sa").name());
    assertEquals("Xã Phước Hà", byCode.get("ninh-thuan.h-thuan-nam.x-phuoc-ha").name());
    assertEquals(
        "Sở Lao động - Thương binh và Xã hội", byCode.get("khanh-hoa.so-lao-dong-tbxh").name());
  }
}
