package vn.hailong.api.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jfree.chart.JFreeChart;
import vn.hailong.analysis.chart.ChartImages;
import vn.hailong.analysis.chart.CriteriaChart;
import vn.hailong.api.analysis.GapReport;
import vn.hailong.api.analysis.SatisfactionReport;
import vn.hailong.api.analysis.SatisfactionReport.CriterionResult;
import vn.hailong.api.chart.AnalysisCharts;

/**
 * The report as an A4 document to print or send: title, unit, period, the index, the criteria table
 * and chart, the gaps, the 24-month trend, the method in two sentences and page numbers. Text is
 * set in the DejaVu Sans the charts use, embedded (Identity-H), so Vietnamese shows the same on
 * every reader; numbers read the Vietnamese way (84,06%).
 */
final class PdfReport {
  /** More gap rows than this are left to the workbook, which holds them all. */
  static final int GAP_ROWS = 100;

  private static final String FONTS = "/vn/hailong/analysis/chart/fonts/";
  // parsed once: a BaseFont holds no per-document state (each writer subsets its own glyphs)
  private static final BaseFont REGULAR = font("DejaVuSans.ttf");
  private static final BaseFont BOLD = font("DejaVuSans-Bold.ttf");
  private static final Color HEADER_FILL = new Color(0xE8, 0xEE, 0xF4);
  private static final int CHART_WIDTH = 900;
  private static final int CHART_HEIGHT = 500;

  private final Font body = new Font(REGULAR, 10);
  private final Font small = new Font(REGULAR, 8.5f);
  private final Font strong = new Font(BOLD, 10);
  private final Font heading = new Font(BOLD, 13);

  private PdfReport() {}

  static void write(ReportContents contents, OutputStream out) {
    new PdfReport().document(contents, out);
  }

  private void document(ReportContents contents, OutputStream out) {
    Document document = new Document(PageSize.A4, 40, 40, 40, 50);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setPageEvent(new PageNumbers());
      // a chart that does not fit stays where it is in the text, on the next page
      writer.setStrictImageSequence(true);
      SatisfactionReport s = contents.satisfaction();
      document.addTitle(ReportText.TITLE + ": " + s.unitName() + ", " + contents.periodLabel());
      document.addCreator(ReportText.APP);
      document.open();

      document.add(new Paragraph(ReportText.TITLE, new Font(BOLD, 18)));
      document.add(new Paragraph(s.unitName(), new Font(BOLD, 14)));
      document.add(line(ReportText.PERIOD + ": " + contents.periodText(), body));
      document.add(line(scope(s), small));
      document.add(
          line(
              ReportText.INDEX
                  + ": "
                  + ReportText.percent(s.index())
                  + " · "
                  + ReportText.TARGET.toLowerCase(java.util.Locale.ROOT)
                  + " "
                  + ReportText.target(s.indexTarget())
                  + " · "
                  + ReportText.count(s.respondents())
                  + " "
                  + ReportText.RESPONDENTS.toLowerCase(java.util.Locale.ROOT),
              strong));

      section(document, ReportText.CRITERIA_TABLE);
      document.add(criteriaTable(s));
      document.add(
          figure(
              null,
              CriteriaChart.create(
                  s.unitName() + " · " + contents.periodText(), contents.assessments())));

      // next to the FEEDBACK criterion: what the office did with the complaints it received
      section(document, ReportText.FEEDBACK_TABLE);
      document.add(line(ReportText.feedbackAsOf(contents.feedback()), small));
      document.add(feedbackTable(contents));

      section(document, ReportText.GAPS_TABLE);
      List<GapReport.Gap> gaps = contents.gaps().gaps();
      if (gaps.isEmpty()) {
        document.add(line(ReportText.NO_GAPS, body));
      } else {
        document.add(gapTable(gaps.subList(0, Math.min(GAP_ROWS, gaps.size()))));
        if (gaps.size() > GAP_ROWS) {
          document.add(
              line(
                  "… và "
                      + ReportText.count(gaps.size() - GAP_ROWS)
                      + " dòng nữa, ít thiếu hụt hơn: xem đủ trong tệp Excel cùng kỳ.",
                  small));
        }
      }

      document.add(
          figure(ReportText.TREND, AnalysisCharts.trend(contents.trend(), contents.tasksDone())));

      section(document, ReportText.METHOD);
      document.add(line(ReportText.method(contents.minAnswers()), body));
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Cannot write the PDF report", e);
    }
  }

  private static String scope(SatisfactionReport s) {
    String pooling =
        "own".equals(s.scope())
            ? "Chỉ các đánh giá tại chính đơn vị"
            : "Gộp đơn vị và mọi đơn vị trực thuộc";
    String basis =
        "now".equals(s.basis())
            ? "theo địa giới hiện nay (gồm cả các đơn vị cũ trước sắp xếp)"
            : "theo địa giới từng thời kỳ";
    return pooling + ", " + basis + ".";
  }

  private PdfPTable criteriaTable(SatisfactionReport s) throws DocumentException {
    PdfPTable table =
        table(
            new float[] {34, 13, 11, 15, 9, 20},
            ReportText.CRITERION,
            ReportText.PERCENT,
            ReportText.ANSWERS,
            ReportText.CI,
            ReportText.TARGET,
            ReportText.STATUS);
    for (CriterionResult c : s.criteria()) {
      table.addCell(cell(c.nameVi(), false));
      table.addCell(cell(ReportText.percent(c.percent()), true));
      table.addCell(cell(ReportText.count(c.answers()), true));
      table.addCell(cell(ReportText.interval(c.ciLow(), c.ciHigh()), true));
      table.addCell(cell(ReportText.target(c.target()), true));
      table.addCell(cell(ReportText.status(c.status()), false));
    }
    return table;
  }

  private PdfPTable feedbackTable(ReportContents contents) throws DocumentException {
    PdfPTable table =
        table(new float[] {70, 30}, ReportText.FEEDBACK_TABLE, ReportText.FEEDBACK_COUNT);
    for (ReportText.FeedbackFigure f : ReportText.feedback(contents.feedback())) {
      table.addCell(cell(f.vi(), false));
      table.addCell(cell(ReportText.count(f.value()), true));
    }
    return table;
  }

  private PdfPTable gapTable(List<GapReport.Gap> gaps) throws DocumentException {
    PdfPTable table =
        table(
            new float[] {24, 27, 11, 11, 9, 18},
            ReportText.UNIT,
            ReportText.CRITERION,
            ReportText.PERCENT,
            ReportText.GAP,
            ReportText.ANSWERS,
            ReportText.STATUS);
    for (GapReport.Gap g : gaps) {
      table.addCell(cell(g.unitName(), false));
      table.addCell(cell(g.nameVi(), false));
      table.addCell(cell(ReportText.percent(g.percent()), true));
      table.addCell(cell(ReportText.points(g.gap()), true));
      table.addCell(cell(ReportText.count(g.answers()), true));
      table.addCell(cell(ReportText.status(g.status()), false));
    }
    return table;
  }

  private PdfPTable table(float[] widths, String... headers) throws DocumentException {
    PdfPTable table = new PdfPTable(widths.length);
    table.setWidthPercentage(100);
    table.setWidths(widths);
    table.setHeaderRows(1);
    table.setSpacingBefore(4);
    table.setSpacingAfter(8);
    for (String header : headers) {
      PdfPCell cell = new PdfPCell(new Phrase(header, new Font(BOLD, 8.5f)));
      cell.setBackgroundColor(HEADER_FILL);
      cell.setPadding(4);
      table.addCell(cell);
    }
    return table;
  }

  private PdfPCell cell(String text, boolean number) {
    PdfPCell cell = new PdfPCell(new Phrase(text, small));
    cell.setPadding(4);
    if (number) {
      cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
    }
    return cell;
  }

  private static Paragraph line(String text, Font font) {
    Paragraph paragraph = new Paragraph(text, font);
    paragraph.setSpacingAfter(3);
    return paragraph;
  }

  private void section(Document document, String title) throws DocumentException {
    Paragraph paragraph = new Paragraph(title, heading);
    paragraph.setSpacingBefore(10);
    paragraph.setSpacingAfter(2);
    document.add(paragraph);
  }

  /**
   * A chart with its heading, kept together on one page. Drawn at 900 pixels across the 515 points
   * of the text (about 125 dpi): the theme's type sizes then print at 6 to 8 points.
   */
  private PdfPTable figure(String title, JFreeChart chart) {
    PdfPTable figure = new PdfPTable(1);
    figure.setWidthPercentage(100);
    figure.setKeepTogether(true);
    figure.setSpacingBefore(title == null ? 4 : 10);
    if (title != null) {
      PdfPCell heading = new PdfPCell(new Phrase(title, this.heading));
      heading.setBorder(PdfPCell.NO_BORDER);
      heading.setPaddingBottom(6);
      figure.addCell(heading);
    }
    try {
      PdfPCell picture =
          new PdfPCell(Image.getInstance(ChartImages.png(chart, CHART_WIDTH, CHART_HEIGHT)), true);
      picture.setBorder(PdfPCell.NO_BORDER);
      figure.addCell(picture);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot place a chart in the PDF report", e);
    }
    return figure;
  }

  private static BaseFont font(String file) {
    try (InputStream in = PdfReport.class.getResourceAsStream(FONTS + file)) {
      if (in == null) {
        throw new IllegalStateException("The font " + file + " is missing from the analysis jar");
      }
      return BaseFont.createFont(
          file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the font " + file, e);
    }
  }

  /** "Trang 2/3" at the foot of every page; the total is written when the document closes. */
  private static final class PageNumbers extends PdfPageEventHelper {
    private static final float SIZE = 8;
    private PdfTemplate total;

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
      total = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      PdfContentByte content = writer.getDirectContent();
      String text = ReportText.APP + " · Trang " + writer.getPageNumber() + "/";
      float width = REGULAR.getWidthPoint(text, SIZE);
      float x = (document.left() + document.right()) / 2 - width / 2;
      float y = document.bottom() - 24;
      content.beginText();
      content.setFontAndSize(REGULAR, SIZE);
      content.setTextMatrix(x, y);
      content.showText(text);
      content.endText();
      content.addTemplate(total, x + width, y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
      total.beginText();
      total.setFontAndSize(REGULAR, SIZE);
      total.setTextMatrix(0, 0);
      total.showText(String.valueOf(writer.getPageNumber() - 1));
      total.endText();
    }
  }
}
