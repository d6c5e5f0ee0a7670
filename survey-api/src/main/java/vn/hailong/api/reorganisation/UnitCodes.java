package vn.hailong.api.reorganisation;

import io.micronaut.core.annotation.Nullable;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The code scheme of units a reorganisation creates (docs/units.md, "Codes"), which other parts of
 * the platform rely on: parent code + "." + slug of the name + "." + yyyy-MM of the first day when
 * it is known. The slug is lowercase ASCII without diacritics (đ becomes d), words joined by '-',
 * the word "và" dropped: Sở Nông nghiệp và Môi trường from 2025-03-01 under khanh-hoa is {@code
 * khanh-hoa.so-nong-nghiep-moi-truong.2025-03}.
 */
public final class UnitCodes {
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

  private UnitCodes() {}

  public static String code(String parentCode, String name, @Nullable LocalDate validFrom) {
    return parentCode + "." + slug(name) + (validFrom == null ? "" : "." + MONTH.format(validFrom));
  }

  public static String slug(String name) {
    List<String> words = new ArrayList<>();
    for (String word : Normalizer.normalize(name, Normalizer.Form.NFC).split("[^\\p{L}\\p{N}]+")) {
      if (word.isEmpty() || word.toLowerCase(Locale.ROOT).equals("và")) {
        continue;
      }
      String ascii =
          Normalizer.normalize(word.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
              .replaceAll("\\p{M}+", "")
              .toLowerCase(Locale.ROOT)
              .replaceAll("[^a-z0-9]", "");
      if (!ascii.isEmpty()) {
        words.add(ascii);
      }
    }
    return String.join("-", words);
  }
}
