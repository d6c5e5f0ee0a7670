package vn.hailong.api.reorganisation;

import java.util.List;
import java.util.stream.Collectors;

/** How the reorganisation's messages and stored texts stay short. */
final class Texts {
  private Texts() {}

  /** The first five codes, and how many more there are: a message names a few, not hundreds. */
  static String first(List<String> codes) {
    return codes.stream().limit(5).collect(Collectors.joining(", "))
        + (codes.size() > 5 ? " (+" + (codes.size() - 5) + ")" : "");
  }

  static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
