package cl.clusterminero.gestion.shared.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.HeaderFooter;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * One PDF document in the app's style: A4, Helvetica (its Windows-1252 encoding covers Spanish), a title block,
 * headings, paragraphs, tables and progress bars drawn as cells. Callers pass texts already translated and
 * formatted for Chile; user texts are written as text, never interpreted.
 */
public final class PdfReport {

    private static final Color INK = new Color(0x1f, 0x2a, 0x37);
    private static final Color MUTED = new Color(0x5b, 0x66, 0x75);
    private static final Color ACCENT = new Color(0x00, 0x6a, 0xf5);
    private static final Color TRACK = new Color(0xe3, 0xe8, 0xef);
    private static final Color HEADER_FILL = new Color(0xf1, 0xf4, 0xf8);
    private static final Font TITLE = new Font(Font.HELVETICA, 17, Font.BOLD, INK);
    private static final Font SUBTITLE = new Font(Font.HELVETICA, 10, Font.NORMAL, MUTED);
    private static final Font HEADING = new Font(Font.HELVETICA, 12.5f, Font.BOLD, INK);
    private static final Font BODY = new Font(Font.HELVETICA, 9.5f, Font.NORMAL, INK);
    private static final Font BODY_BOLD = new Font(Font.HELVETICA, 9.5f, Font.BOLD, INK);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, MUTED);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, 48, 48, 48, 56);

    /** Starts a document: {@code title} on top and in the metadata, {@code subtitle} and footer below it. */
    public PdfReport(String title, String subtitle, String footer) {
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addCreator("Gestión Clúster");
        HeaderFooter pageFooter = new HeaderFooter(new Phrase(footer + " · ", SMALL), true);
        pageFooter.setAlignment(Element.ALIGN_CENTER);
        pageFooter.setBorder(Rectangle.NO_BORDER);
        document.setFooter(pageFooter);
        document.open();
        Paragraph heading = new Paragraph(title, TITLE);
        heading.setSpacingAfter(2);
        document.add(heading);
        Paragraph sub = new Paragraph(subtitle, SUBTITLE);
        sub.setSpacingAfter(10);
        document.add(sub);
    }

    public PdfReport heading(String text) {
        Paragraph paragraph = new Paragraph(text, HEADING);
        paragraph.setSpacingBefore(10);
        paragraph.setSpacingAfter(4);
        document.add(paragraph);
        return this;
    }

    public PdfReport paragraph(String text) {
        Paragraph paragraph = new Paragraph(text, BODY);
        paragraph.setSpacingAfter(4);
        document.add(paragraph);
        return this;
    }

    /** A "label: value" line with the label in bold. */
    public PdfReport fact(String label, String value) {
        Paragraph paragraph = new Paragraph();
        paragraph.add(new Chunk(label + ": ", BODY_BOLD));
        paragraph.add(new Chunk(value, BODY));
        document.add(paragraph);
        return this;
    }

    public PdfReport note(String text) {
        Paragraph paragraph = new Paragraph(text, SMALL);
        paragraph.setSpacingAfter(4);
        document.add(paragraph);
        return this;
    }

    /** A full-width table with a shaded header row that repeats on each page. */
    public PdfReport table(float[] widths, List<String> headers, List<List<String>> rows) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, BODY_BOLD));
            cell.setBackgroundColor(HEADER_FILL);
            cell.setBorderColor(TRACK);
            cell.setPadding(4);
            table.addCell(cell);
        }
        for (List<String> row : rows) {
            for (String value : row) {
                PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, BODY));
                cell.setBorderColor(TRACK);
                cell.setPadding(4);
                table.addCell(cell);
            }
        }
        document.add(table);
        return this;
    }

    /** A labelled horizontal bar filled to {@code percent} (0–100), with a text after it. */
    public PdfReport bar(String label, int percent, String after) {
        int filled = Math.max(0, Math.min(100, percent));
        PdfPTable row = new PdfPTable(new float[] {34, 46, 20});
        row.setWidthPercentage(100);
        row.addCell(borderless(new PdfPCell(new Phrase(label, BODY))));
        PdfPTable track = new PdfPTable(new float[] {Math.max(filled, 0.01f), Math.max(100 - filled, 0.01f)});
        track.setWidthPercentage(100);
        PdfPCell done = borderless(new PdfPCell());
        done.setBackgroundColor(filled == 0 ? TRACK : ACCENT);
        done.setFixedHeight(9);
        PdfPCell rest = borderless(new PdfPCell());
        rest.setBackgroundColor(TRACK);
        rest.setFixedHeight(9);
        track.addCell(done);
        track.addCell(rest);
        PdfPCell trackCell = borderless(new PdfPCell(track));
        trackCell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        trackCell.setPaddingTop(4);
        row.addCell(trackCell);
        row.addCell(borderless(new PdfPCell(new Phrase(after, BODY_BOLD))));
        document.add(row);
        return this;
    }

    /** Closes the document and returns its bytes. */
    public byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    private static PdfPCell borderless(PdfPCell cell) {
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(3);
        return cell;
    }
}
