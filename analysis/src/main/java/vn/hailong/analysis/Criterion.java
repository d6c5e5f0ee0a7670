package vn.hailong.analysis;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The six fixed criteria of the satisfaction index (<i>Chỉ số hài lòng</i>), always referred to by
 * their codes because source documents number them differently.
 *
 * <p>Each criterion has one headline question whose code is the criterion code ({@code ACCESS},
 * what a kiosk asks) and may have detailed questions {@code ACCESS.1}, {@code ACCESS.2}, ... A
 * criterion's percentage pools the answers to all of its questions (see {@link Tally#plus}).
 */
public enum Criterion {
  ACCESS("Tiếp cận dịch vụ", "Access to services"),
  FACILITIES("Điều kiện tiếp đón và phục vụ", "Reception conditions and facilities"),
  PROCEDURES("Thủ tục hành chính", "Administrative procedures"),
  STAFF("Sự phục vụ của công chức", "Service by civil servants"),
  RESULTS("Kết quả, tiến độ giải quyết công việc", "Results and timeliness"),
  FEEDBACK("Tiếp nhận, xử lý thông tin phản hồi", "Receiving and handling feedback");

  private final String nameVi;
  private final String nameEn;

  Criterion(String nameVi, String nameEn) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /** The Vietnamese name, as shown to users. */
  public String nameVi() {
    return nameVi;
  }

  /** The English name. */
  public String nameEn() {
    return nameEn;
  }

  /**
   * The criterion a question belongs to: {@code "ACCESS"} (headline question) and {@code
   * "ACCESS.2"} (detailed question) both give {@link #ACCESS}.
   *
   * @throws IllegalArgumentException when the code does not start with a criterion code followed by
   *     nothing or by a dot and a non-empty suffix
   */
  public static Criterion ofQuestion(String questionCode) {
    if (questionCode == null) {
      throw new IllegalArgumentException("Question code is missing");
    }
    int dot = questionCode.indexOf('.');
    String prefix = dot < 0 ? questionCode : questionCode.substring(0, dot);
    boolean suffixOk = dot < 0 || dot < questionCode.length() - 1;
    for (Criterion c : values()) {
      if (c.name().equals(prefix) && suffixOk) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "Unknown question code '"
            + questionCode
            + "': expected a criterion code ("
            + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))
            + "), optionally followed by '.' and a number, e.g. ACCESS.2");
  }
}
