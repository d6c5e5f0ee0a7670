package vn.hailong.api.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * The kinds of evidence a task may carry, recognised by their content (never by their name): PDF,
 * PNG and JPEG by their first bytes (POI's {@link FileMagic}), Word and Excel documents as OOXML
 * packages holding a {@code [Content_Types].xml} and their main part.
 */
enum EvidenceType {
  PDF("application/pdf", "pdf"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  PNG("image/png", "png"),
  JPEG("image/jpeg", "jpg");

  private final String mediaType;
  private final String extension;

  EvidenceType(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  String mediaType() {
    return mediaType;
  }

  String extension() {
    return extension;
  }

  static Optional<EvidenceType> of(byte[] content) {
    FileMagic magic;
    try {
      magic = FileMagic.valueOf(content);
    } catch (RuntimeException unreadable) {
      return Optional.empty();
    }
    return switch (magic) {
      case PDF -> Optional.of(PDF);
      case PNG -> Optional.of(PNG);
      case JPEG -> Optional.of(JPEG);
      case OOXML -> ooxml(content);
      default -> Optional.empty();
    };
  }

  // a zip is not yet a document: only a package with Word's or Excel's main part is
  private static Optional<EvidenceType> ooxml(byte[] content) {
    Set<String> names = new HashSet<>();
    try (InputStream in = new ByteArrayInputStream(content);
        ZipInputStream zip = new ZipInputStream(in)) {
      ZipEntry entry;
      int entries = 0;
      while ((entry = zip.getNextEntry()) != null && entries++ < 10_000) {
        names.add(entry.getName());
      }
    } catch (IOException | IllegalArgumentException broken) {
      return Optional.empty();
    }
    if (!names.contains("[Content_Types].xml")) {
      return Optional.empty();
    }
    if (names.contains("word/document.xml")) {
      return Optional.of(DOCX);
    }
    if (names.contains("xl/workbook.xml")) {
      return Optional.of(XLSX);
    }
    return Optional.empty();
  }
}
