package vn.hailong.api.plan;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The plan as an A4 landscape document in the annexes' layout ({@link PlanTable}), in the DejaVu
 * Sans the reports embed, so that Vietnamese reads the same everywhere.
 */
final class PlanPdf {
  private static final String FONTS = "/vn/hailong/analysis/chart/fonts/";
  private static final BaseFont REGULAR = font("DejaVuSans.ttf");
  private static final BaseFont BOLD = font("DejaVuSans-Bold.ttf");
  private static final Color HEADER_FILL = new Color(0xE8, 0xEE, 0xF4);
  private static final float[] WIDTHS = {4, 30, 14, 14, 10, 28};

  private PlanPdf() {}

  static void write(PlanTable table, OutputStream out) {
    Font body = new Font(REGULAR, 8.5f);
    Font strong = new Font(BOLD, 8.5f);
    Document document = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(table.title() + ": " + table.unitName());
      document.addCreator("Hài Lòng");
      document.open();
      document.add(new Paragraph(table.title(), new Font(BOLD, 14)));
      document.add(new Paragraph(table.unitName(), new Font(BOLD, 11)));
      document.add(new Paragraph(" ", body));
      PdfPTable grid = new PdfPTable(WIDTHS);
      grid.setWidthPercentage(100);
      grid.setHeaderRows(1);
      for (String column : PlanTable.COLUMNS) {
        PdfPCell cell = new PdfPCell(new Phrase(column, strong));
        cell.setBackgroundColor(HEADER_FILL);
        grid.addCell(cell);
      }
      for (PlanTable.Section s : table.sections()) {
        grid.addCell(new PdfPCell(new Phrase(s.number(), strong)));
        PdfPCell heading = new PdfPCell(new Phrase(s.heading(), strong));
        heading.setColspan(WIDTHS.length - 1);
        grid.addCell(heading);
        for (List<String> row : s.rows()) {
          row.forEach(value -> grid.addCell(new PdfPCell(new Phrase(value, body))));
        }
      }
      document.add(grid);
    } catch (DocumentException e) {
      throw new IllegalStateException("Cannot write the plan's PDF", e);
    } finally {
      document.close();
    }
  }

  private static BaseFont font(String file) {
    try (InputStream in = PlanPdf.class.getResourceAsStream(FONTS + file)) {
      if (in == null) {
        throw new IllegalStateException("Font missing: " + file);
      }
      return BaseFont.createFont(
          file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the font " + file, e);
    }
  }
}
