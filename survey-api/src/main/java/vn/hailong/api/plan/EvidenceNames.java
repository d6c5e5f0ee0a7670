package vn.hailong.api.plan;

import io.micronaut.core.annotation.Nullable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** File names of evidence: kept as the clerk gave them, minus what could break a header. */
final class EvidenceNames {
  private EvidenceNames() {}

  /** The last path segment, without control characters or quotes, with the type's extension. */
  static String clean(@Nullable String given, EvidenceType type) {
    String name = given == null ? "" : given;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (name.isEmpty()) {
      name = "minh-chung";
    }
    String extension = "." + type.extension();
    if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(extension)
        && !(type == EvidenceType.JPEG
            && name.toLowerCase(java.util.Locale.ROOT).endsWith(".jpeg"))) {
      name = name + extension;
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }

  /** A Content-Disposition value: an ASCII name for old readers, the UTF-8 one for the rest. */
  static String disposition(String name) {
    String ascii =
        Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^A-Za-z0-9._-]", "_");
    return "attachment; filename=\""
        + ascii
        + "\"; filename*=UTF-8''"
        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
