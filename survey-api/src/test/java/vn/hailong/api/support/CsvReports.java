package vn.hailong.api.support;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a report's CSV as a spreadsheet would: the byte order mark dropped, the first row names.
 */
public final class CsvReports {
  private CsvReports() {}

  public static List<CSVRecord> rows(String text) throws IOException {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    try (var reader = new StringReader(body)) {
      return CSVFormat.EXCEL
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(reader)
          .getRecords();
    }
  }
}
