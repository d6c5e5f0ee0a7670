package vn.hailong.api.feedback;

import io.micronaut.core.annotation.Nullable;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.hailong.api.problem.FieldProblem;
import vn.hailong.api.problem.FieldProblems;

/**
 * A citizen's contact: a Vietnamese phone number (mobile 03/05/07/08/09 + 8 digits, landline 02 + 9
 * digits, also written +84 or with spaces, dots and dashes), kept as 0XXXXXXXXX, or an e-mail
 * address. A problem never repeats the value: it is personal data and problems reach the log.
 */
final class ContactRules {
  static final int MAX_EMAIL = 254;
  private static final Pattern PHONE = Pattern.compile("(?:\\+84|84|0)([35789]\\d{8}|2\\d{9})");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s.()-]");
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

  private ContactRules() {}

  /** The contact as stored, null when none was given, or null with a problem added. */
  @Nullable
  static String normalised(@Nullable String contact, FieldProblems problems) {
    if (contact == null || contact.isBlank()) {
      return null;
    }
    String value = contact.strip();
    if (value.contains("@")) {
      if (value.length() <= MAX_EMAIL && EMAIL.matcher(value).matches()) {
        // the domain's case means nothing; the local part's is kept as written
        int at = value.lastIndexOf('@');
        return value.substring(0, at) + value.substring(at).toLowerCase(Locale.ROOT);
      }
    } else {
      var phone = PHONE.matcher(SEPARATORS.matcher(value).replaceAll(""));
      if (phone.matches()) {
        return "0" + phone.group(1);
      }
    }
    problems.add(
        new FieldProblem(
            "contact",
            "bad-contact",
            "phải là số điện thoại Việt Nam (ví dụ 0905 123 456) hoặc địa chỉ e-mail",
            "must be a Vietnamese phone number (e.g. 0905 123 456) or an e-mail address"));
    return null;
  }
}
