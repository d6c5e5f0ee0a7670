package vn.hailong.api.report;

import io.micronaut.http.MediaType;
import java.util.Locale;
import java.util.Optional;

/** The file formats a report is downloaded as. */
public enum ReportFormat {
  CSV(MediaType.of("text/csv;charset=UTF-8")),
  XLSX(MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
  PDF(MediaType.of("application/pdf"));

  private final MediaType mediaType;

  ReportFormat(MediaType mediaType) {
    this.mediaType = mediaType;
  }

  public MediaType mediaType() {
    return mediaType;
  }

  /** The file name extension, without the dot. */
  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ReportFormat> ofExtension(String extension) {
    for (ReportFormat format : values()) {
      if (format.extension().equals(extension)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
