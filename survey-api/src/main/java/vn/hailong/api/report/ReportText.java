package vn.hailong.api.report;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.hailong.analysis.PercentFormat;
import vn.hailong.analysis.Status;

/**
 * The words and number formats every report format shares, in Vietnamese as the dashboard writes
 * them (the same verdicts, 84,06% with a decimal comma).
 */
final class ReportText {
  static final String TITLE = "Báo cáo chỉ số hài lòng";
  static final String APP = "Hài Lòng";
  static final String INDEX = "Chỉ số hài lòng chung";
  static final String UNIT = "Đơn vị";
  static final String UNIT_CODE = "Mã đơn vị";
  static final String CRITERION = "Tiêu chí";
  static final String PERCENT = "Tỷ lệ hài lòng";
  static final String ANSWERS = "Số câu trả lời";
  static final String RESPONDENTS = "Người trả lời";
  static final String CI_LOW = "Cận dưới KTC 95%";
  static final String CI_HIGH = "Cận trên KTC 95%";
  static final String CI = "Khoảng tin cậy 95%";
  static final String TARGET = "Mục tiêu";
  static final String GAP = "Chênh lệch (điểm)";
  static final String STATUS = "Đánh giá";
  static final String RANK = "Hạng";
  static final String PERIOD = "Kỳ báo cáo";
  static final String CRITERIA_TABLE = "Sáu tiêu chí";
  static final String CRITERIA_SHEET = "Tiêu chí";
  static final String COMPARISON_SHEET = "So sánh";
  static final String GAPS_TABLE = "Chưa đạt mục tiêu";
  static final String COMPARISON_TABLE = "So sánh các đơn vị trực thuộc";
  static final String TREND = "Xu hướng 24 tháng";
  static final String METHOD = "Phương pháp";
  static final String NO_GAPS = "Không có tiêu chí nào dưới mục tiêu trong kỳ này.";
  static final String FEEDBACK_TABLE = "Phản ánh, kiến nghị";
  static final String FEEDBACK_COUNT = "Số lượng";

  /** One figure of the complaints received in the period (feedback package), by a stable key. */
  record FeedbackFigure(String key, String vi, String en, long value) {}

  /** The figures in the order a report lists them; figures only, never a text or a contact. */
  static java.util.List<FeedbackFigure> feedback(vn.hailong.api.feedback.FeedbackFigures f) {
    return java.util.List.of(
        new FeedbackFigure("received", "Đã tiếp nhận", "Received", f.received()),
        new FeedbackFigure("answered", "Đã trả lời", "Answered", f.answered()),
        new FeedbackFigure(
            "answered_on_time", "Trả lời đúng hạn", "Answered on time", f.answeredOnTime()),
        new FeedbackFigure("answered_late", "Trả lời trễ hạn", "Answered late", f.answeredLate()),
        new FeedbackFigure(
            "overdue", "Quá hạn, chưa trả lời", "Overdue, not answered", f.overdue()),
        new FeedbackFigure("pending", "Đang xử lý, còn hạn", "Pending, in time", f.pending()),
        new FeedbackFigure(
            "published", "Đã công khai câu trả lời", "Answer published", f.published()));
  }

  /** "Tính đến 16/09/2025" : the day the states were read (an answer may come later). */
  static String feedbackAsOf(vn.hailong.api.feedback.FeedbackFigures f) {
    return "Phản ánh tiếp nhận trong kỳ, tình trạng tính đến ngày " + date(f.asOf()) + ".";
  }

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private ReportText() {}

  /** The verdict in the dashboard's words. */
  static String status(Status status) {
    return switch (status) {
      case MET -> "Đạt mục tiêu";
      case SIGNIFICANTLY_BELOW -> "Dưới mục tiêu, chắc chắn";
      case BELOW -> "Dưới mục tiêu nhưng chưa đủ chắc chắn";
      case INSUFFICIENT_DATA -> "Chưa đủ dữ liệu";
    };
  }

  /** {@code 84.0625 → "84,06%"}; no data: "–". */
  static String percent(@Nullable Double value) {
    return value == null ? PercentFormat.NO_DATA : PercentFormat.vi(value, 2);
  }

  /** A whole-number target: {@code 95 → "95%"}, {@code 87.5 → "87,5%"}. */
  static String target(double value) {
    return PercentFormat.vi(value, value == Math.rint(value) ? 0 : 1);
  }

  static String interval(@Nullable Double low, @Nullable Double high) {
    if (low == null || high == null) {
      return PercentFormat.NO_DATA;
    }
    return PercentFormat.number(low, 1) + "–" + PercentFormat.vi(high, 1);
  }

  /** Percentage points with their sign: {@code -11.19 → "-11,19"}. */
  static String points(@Nullable Double value) {
    return value == null ? PercentFormat.NO_DATA : PercentFormat.number(value, 2);
  }

  static String count(long value) {
    return PercentFormat.number(value, 0);
  }

  static String date(LocalDate day) {
    return DATE.format(day);
  }

  /** The method in two sentences (docs/method.md says it at length). */
  static String method(int minAnswers) {
    return "Tỷ lệ hài lòng của một tiêu chí là phần trăm câu trả lời “Hài lòng” hoặc “Rất hài lòng”"
        + " (4, 5) trong các câu trả lời hợp lệ (không tính “Không áp dụng”), kèm khoảng tin cậy"
        + " 95% theo phương pháp Wilson tính trên số người đánh giá (các câu trả lời của một người"
        + " không được coi là độc lập). Mỗi tiêu chí được so với mục tiêu của đơn vị cho năm đó:"
        + " “Dưới mục tiêu, chắc chắn” khi cả cận trên của khoảng tin cậy vẫn thấp hơn mục tiêu,"
        + " và dưới "
        + minAnswers
        + " người đánh giá là “Chưa đủ dữ liệu”.";
  }
}
