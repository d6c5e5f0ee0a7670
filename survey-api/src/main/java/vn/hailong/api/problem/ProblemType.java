package vn.hailong.api.problem;

import io.micronaut.http.HttpStatus;

/**
 * Every kind of problem the API answers with. Clients branch on {@link #uri()}, never on a title or
 * a sentence: the kiosk's outbox drops a rating only for {@link #INVALID_REQUEST}, the web form
 * thanks a citizen whose receipt was rated already on {@link #RECEIPT_USED}. Each type is
 * documented in docs/problems.md (a test checks that every one is).
 */
public enum ProblemType {
  INVALID_REQUEST(
      "invalid-request", HttpStatus.BAD_REQUEST, "Yêu cầu không hợp lệ", "Invalid request"),
  UNREADABLE_BODY(
      "unreadable-body", HttpStatus.BAD_REQUEST, "Nội dung không đọc được", "Unreadable body"),
  UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Chưa xác thực", "Unauthorized"),
  WRONG_CREDENTIALS(
      "wrong-credentials",
      HttpStatus.UNAUTHORIZED,
      "Sai tên đăng nhập hoặc mật khẩu",
      "Wrong username or password"),
  FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Không có quyền", "Forbidden"),
  NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Không tìm thấy", "Not found"),
  METHOD_NOT_ALLOWED(
      "method-not-allowed",
      HttpStatus.METHOD_NOT_ALLOWED,
      "Phương thức không được hỗ trợ",
      "Method not allowed"),
  NOT_ACCEPTABLE(
      "not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Không có định dạng phù hợp", "Not acceptable"),
  ID_CONFLICT(
      "id-conflict",
      HttpStatus.CONFLICT,
      "Mã đánh giá đã được dùng cho nội dung khác",
      "Id already used for other content"),
  RECEIPT_USED(
      "receipt-used",
      HttpStatus.CONFLICT,
      "Phiếu này đã được đánh giá. Xin cảm ơn!",
      "This receipt has already been rated. Thank you!"),
  TOO_LARGE(
      "too-large", HttpStatus.REQUEST_ENTITY_TOO_LARGE, "Nội dung quá lớn", "Request too large"),
  UNSUPPORTED_MEDIA_TYPE(
      "unsupported-media-type",
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      "Định dạng không được hỗ trợ",
      "Unsupported media type"),
  RATE_LIMITED(
      "rate-limited", HttpStatus.TOO_MANY_REQUESTS, "Quá nhiều yêu cầu", "Too many requests"),
  SERVER_ERROR("server-error", HttpStatus.INTERNAL_SERVER_ERROR, "Lỗi máy chủ", "Server error"),
  BUSY(
      "busy",
      HttpStatus.SERVICE_UNAVAILABLE,
      "Máy chủ đang bận, xin thử lại",
      "Busy, please try again"),
  ALERT_CLOSED(
      "alert-closed", HttpStatus.CONFLICT, "Cảnh báo đã được đóng", "Alert already closed"),
  REORGANISATION_REFUSED(
      "reorganisation-refused",
      HttpStatus.BAD_REQUEST,
      "Phương án sắp xếp bị từ chối, không có thay đổi nào",
      "Reorganisation refused, nothing was changed"),
  FEEDBACK_NOT_ANSWERED(
      "feedback-not-answered",
      HttpStatus.CONFLICT,
      "Phản ánh chưa có câu trả lời để công khai",
      "The feedback has no answer to publish yet"),
  FEEDBACK_PUBLISHED(
      "feedback-published",
      HttpStatus.CONFLICT,
      "Câu trả lời đã công khai, không thay đổi được nữa",
      "The answer is published and can no longer change");

  /** The stable prefix of every type URI; a URN, so that no client tries to fetch it. */
  public static final String PREFIX = "urn:hailong:problem:";

  private final String slug;
  private final HttpStatus status;
  private final String titleVi;
  private final String titleEn;

  ProblemType(String slug, HttpStatus status, String titleVi, String titleEn) {
    this.slug = slug;
    this.status = status;
    this.titleVi = titleVi;
    this.titleEn = titleEn;
  }

  public String uri() {
    return PREFIX + slug;
  }

  public HttpStatus status() {
    return status;
  }

  /** Vietnamese first, English second, as every text the API shows to people. */
  public String title() {
    return titleVi + " / " + titleEn;
  }

  /** The type of an error the framework raises with only a status (no route, wrong method...). */
  static ProblemType forStatus(HttpStatus status) {
    return switch (status) {
      case BAD_REQUEST -> UNREADABLE_BODY;
      case UNAUTHORIZED -> UNAUTHORIZED;
      case FORBIDDEN -> FORBIDDEN;
      case NOT_FOUND -> NOT_FOUND;
      case METHOD_NOT_ALLOWED -> METHOD_NOT_ALLOWED;
      case NOT_ACCEPTABLE -> NOT_ACCEPTABLE;
      case REQUEST_ENTITY_TOO_LARGE -> TOO_LARGE;
      case UNSUPPORTED_MEDIA_TYPE -> UNSUPPORTED_MEDIA_TYPE;
      case TOO_MANY_REQUESTS -> RATE_LIMITED;
      case SERVICE_UNAVAILABLE -> BUSY;
      default -> status.getCode() >= 500 ? SERVER_ERROR : INVALID_REQUEST;
    };
  }
}
