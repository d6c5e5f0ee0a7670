package vn.hailong.api.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.hailong.analysis.Criterion;
import vn.hailong.analysis.VietnamDates;
import vn.hailong.api.plan.PlanView.Item;
import vn.hailong.api.plan.PlanView.Plan;

/**
 * A plan laid out as the offices' annexes are (seed 000): the six columns, and the tasks grouped
 * under the six criteria numbered I to VI, each task numbered within its criterion. The XLSX and
 * PDF exports both draw this one table.
 */
record PlanTable(String title, String unitName, int year, List<Section> sections) {
  static final List<String> COLUMNS =
      List.of(
          "STT",
          "Nội dung công việc",
          "Cơ quan chủ trì",
          "Cơ quan phối hợp",
          "Thời gian hoàn thành",
          "Kết quả/Sản phẩm");
  static final String ONGOING = "Thường xuyên";
  private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI"};

  /** A criterion's heading ("III", "Tiêu chí thủ tục hành chính") and its rows. */
  record Section(String number, String heading, List<List<String>> rows) {}

  static PlanTable of(Plan plan) {
    Map<Criterion, List<Item>> byCriterion = new EnumMap<>(Criterion.class);
    for (Criterion c : Criterion.values()) {
      byCriterion.put(c, new ArrayList<>());
    }
    plan.items().forEach(i -> byCriterion.get(Criterion.valueOf(i.criterion())).add(i));
    List<Section> sections = new ArrayList<>();
    for (Criterion c : Criterion.values()) {
      List<List<String>> rows = new ArrayList<>();
      int n = 1;
      for (Item i : byCriterion.get(c)) {
        rows.add(
            List.of(
                String.valueOf(n++),
                i.task(),
                i.leadAgency(),
                i.partners() == null ? "" : i.partners(),
                deadline(i),
                result(i)));
      }
      sections.add(new Section(ROMAN[c.ordinal()], heading(c), rows));
    }
    return new PlanTable(
        "Kế hoạch nâng cao Chỉ số hài lòng năm " + plan.year(),
        plan.unitName(),
        plan.year(),
        sections);
  }

  /** "Tiêu chí thủ tục hành chính", as the annexes head each group. */
  static String heading(Criterion c) {
    String name = c.nameVi();
    return "Tiêu chí " + name.substring(0, 1).toLowerCase(new Locale("vi")) + name.substring(1);
  }

  static String deadline(Item i) {
    return PlanInput.ONGOING.equals(i.deadline())
        ? ONGOING
        : VietnamDates.format(java.time.LocalDate.parse(i.deadline()));
  }

  /** The result, the status (with the day it was done) and the evidence, one per line. */
  static String result(Item i) {
    List<String> lines = new ArrayList<>();
    if (i.resultText() != null) {
      lines.add(i.resultText());
    }
    String status = "Tình trạng: " + i.status().nameVi();
    if (i.doneOn() != null) {
      status += " (" + VietnamDates.format(i.doneOn()) + ")";
    }
    lines.add(status);
    List<String> evidence = new ArrayList<>();
    if (i.evidenceNumber() != null) {
      evidence.add(
          "Văn bản số "
              + i.evidenceNumber()
              + (i.evidenceDate() == null ? "" : " ngày " + VietnamDates.format(i.evidenceDate())));
    } else if (i.evidenceDate() != null) {
      evidence.add("Ngày " + VietnamDates.format(i.evidenceDate()));
    }
    if (i.evidenceLink() != null) {
      evidence.add(i.evidenceLink());
    }
    if (i.evidenceFile() != null) {
      evidence.add("Tệp đính kèm: " + i.evidenceFile().name());
    }
    if (!evidence.isEmpty()) {
      lines.add("Minh chứng: " + String.join("; ", evidence));
    }
    return String.join("\n", lines);
  }
}
