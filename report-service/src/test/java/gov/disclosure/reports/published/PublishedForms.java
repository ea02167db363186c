package gov.disclosure.reports.published;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report's published text (a fixture's) made into the documents agencies publish: a PDF with its tables drawn as
 * tables (ruled cells, each cell's text at its place), a Word file with real tables, a saved web page with
 * {@code <table>}s. Lines with tabs are table rows, their tab-separated parts the cells; a run of them is one table.
 */
public final class PublishedForms {

    private static final float FONT_SIZE = 9f;
    private static final float LEADING = 16f;
    private static final float MARGIN = 40f;
    private static final float CELL_PADDING = 6f;
    private static final int WRAP = 40;

    private PublishedForms() {
    }

    /** The text's blocks: a paragraph (one line) or a table (its rows of cells). */
    sealed interface Block permits Paragraph, Table {
    }

    record Paragraph(String text) implements Block {
    }

    record Table(List<List<String>> rows) implements Block {
        int columns() {
            return rows.stream().mapToInt(List::size).max().orElse(0);
        }
    }

    static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        List<List<String>> rows = null;
        for (String line : text.split("\n", -1)) {
            if (line.contains("\t")) {
                if (rows == null) {
                    rows = new ArrayList<>();
                    blocks.add(new Table(rows));
                }
                rows.add(List.of(line.split("\t", -1)));
            } else {
                rows = null;
                blocks.add(new Paragraph(line.strip()));
            }
        }
        return blocks;
    }

    // ---- PDF

    /** A PDF of the text, its tables ruled, every cell's text drawn at its own place. */
    public static byte[] pdf(String text) {
        return pdf(text, false);
    }

    /**
     * @param cellsRightToLeft draw each row's cells from the last to the first (generators emit content in any
     *                         order; what a reader sees is where it is drawn)
     */
    public static byte[] pdf(String text, boolean cellsRightToLeft) {
        try (PDDocument pdf = new PDDocument()) {
            new PdfWriter(pdf, text, cellsRightToLeft).write();
            return bytes(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scan: one page holding a picture of a table, and no text at all. */
    public static byte[] scannedPdf() {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            BufferedImage picture = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = picture.createGraphics();
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, 600, 400);
            graphics.setColor(Color.BLACK);
            for (int y = 20; y <= 380; y += 30) {
                graphics.drawLine(20, y, 580, y);
            }
            for (int x = 20; x <= 580; x += 70) {
                graphics.drawLine(x, 20, x, 380);
            }
            graphics.dispose();
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawImage(LosslessFactory.createFromImage(pdf, picture), 40, 300, 500, 333);
            }
            return bytes(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(PDDocument pdf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }

    /**
     * Writes the content streams itself: the only font at hand (PDFBox's Liberation Sans) has no Chinese glyphs, so
     * each character is given a glyph of its own by number and a ToUnicode map says which character it is, as the
     * subset fonts of published PDFs do. Every glyph is 1 em wide, like CJK text.
     */
    private static final class PdfWriter {
        private final PDDocument pdf;
        private final String text;
        private final boolean cellsRightToLeft;
        private final Map<Integer, Integer> glyphs = new LinkedHashMap<>();
        private PDType0Font font;
        private PDPage page;
        private StringBuilder content;
        private float y;
        private float pageWidth;

        PdfWriter(PDDocument pdf, String text, boolean cellsRightToLeft) {
            this.pdf = pdf;
            this.text = text;
            this.cellsRightToLeft = cellsRightToLeft;
        }

        void write() throws IOException {
            text.codePoints().filter(c -> c != '\n' && c != '\t')
                    .forEach(c -> glyphs.computeIfAbsent(c, unused -> glyphs.size() + 1));
            try (InputStream liberation = PDDocument.class.getResourceAsStream(
                    "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
                font = PDType0Font.load(pdf, liberation, false);
            }
            List<Block> blocks = blocks(text);
            pageWidth = 2 * MARGIN + blocks.stream().mapToDouble(this::width).map(Math::ceil)
                    .mapToObj(w -> (float) w).reduce(400f, Math::max);
            newPage();
            for (Block block : blocks) {
                if (block instanceof Paragraph paragraph) {
                    paragraph(paragraph.text());
                } else {
                    table((Table) block);
                }
            }
            endPage();
            mapToUnicode();
        }

        private double width(Block block) {
            return block instanceof Table table ? sum(columnWidths(table)) : WRAP * FONT_SIZE;
        }

        private static float sum(float[] widths) {
            float sum = 0;
            for (float width : widths) {
                sum += width;
            }
            return sum;
        }

        private float[] columnWidths(Table table) {
            float[] widths = new float[table.columns()];
            for (List<String> row : table.rows()) {
                for (int i = 0; i < row.size(); i++) {
                    float width = row.get(i).strip().codePointCount(0, row.get(i).strip().length()) * FONT_SIZE;
                    widths[i] = Math.max(widths[i], width + 2 * CELL_PADDING);
                }
            }
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], 2 * CELL_PADDING + FONT_SIZE);
            }
            return widths;
        }

        private void paragraph(String line) throws IOException {
            if (line.isEmpty()) {
                advance();
                return;
            }
            int[] codePoints = line.codePoints().toArray();
            for (int start = 0; start < codePoints.length; start += WRAP) {
                advance();
                show(MARGIN, y, new String(codePoints, start, Math.min(WRAP, codePoints.length - start)));
            }
        }

        private void table(Table table) throws IOException {
            float[] widths = columnWidths(table);
            for (List<String> row : table.rows()) {
                advance();
                float top = y + LEADING - 4;
                content.append("%.2f %.2f m %.2f %.2f l S\n".formatted(MARGIN, top, MARGIN + sum(widths), top));
                float[] lefts = new float[widths.length];
                float x = MARGIN;
                for (int i = 0; i < widths.length; i++) {
                    lefts[i] = x;
                    content.append("%.2f %.2f m %.2f %.2f l S\n".formatted(x, top, x, top - LEADING));
                    x += widths[i];
                }
                for (int n = 0; n < widths.length; n++) {
                    int i = cellsRightToLeft ? widths.length - 1 - n : n;
                    if (i < row.size() && !row.get(i).isBlank()) {
                        show(lefts[i] + CELL_PADDING, y, row.get(i).strip());
                    }
                }
                content.append("%.2f %.2f m %.2f %.2f l S\n".formatted(x, top, x, top - LEADING));
                content.append("%.2f %.2f m %.2f %.2f l S\n".formatted(MARGIN, top - LEADING, x, top - LEADING));
            }
        }

        private void advance() throws IOException {
            y -= LEADING;
            if (y < MARGIN) {
                endPage();
                newPage();
                y -= LEADING;
            }
        }

        private void show(float x, float y, String text) {
            StringBuilder hex = new StringBuilder();
            text.codePoints().forEach(c -> hex.append("%04X".formatted(glyphs.get(c))));
            content.append("BT /F1 %.1f Tf 1 0 0 1 %.2f %.2f Tm <%s> Tj ET\n".formatted(FONT_SIZE, x, y, hex));
        }

        private void newPage() {
            page = new PDPage(new PDRectangle(pageWidth, 842));
            pdf.addPage(page);
            content = new StringBuilder("0.5 w\n");
            y = 842 - MARGIN;
        }

        private void endPage() throws IOException {
            var resources = new org.apache.pdfbox.pdmodel.PDResources();
            resources.put(COSName.getPDFName("F1"), font);
            page.setResources(resources);
            PDStream stream = new PDStream(pdf);
            try (OutputStream out = stream.createOutputStream()) {
                out.write(content.toString().getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(stream);
        }

        private void mapToUnicode() throws IOException {
            StringBuilder cmap = new StringBuilder("""
                    /CIDInit /ProcSet findresource begin
                    12 dict begin
                    begincmap
                    /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                    /CMapName /Adobe-Identity-UCS def
                    /CMapType 2 def
                    1 begincodespacerange
                    <0000> <FFFF>
                    endcodespacerange
                    """);
            List<Map.Entry<Integer, Integer>> entries = new ArrayList<>(glyphs.entrySet());
            for (int start = 0; start < entries.size(); start += 100) {
                List<Map.Entry<Integer, Integer>> chunk = entries.subList(start, Math.min(start + 100, entries.size()));
                cmap.append(chunk.size()).append(" beginbfchar\n");
                for (Map.Entry<Integer, Integer> entry : chunk) {
                    StringBuilder utf16 = new StringBuilder();
                    for (char c : Character.toChars(entry.getKey())) {
                        utf16.append("%04X".formatted((int) c));
                    }
                    cmap.append("<%04X> <%s>\n".formatted(entry.getValue(), utf16));
                }
                cmap.append("endbfchar\n");
            }
            cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
            PDStream toUnicode = new PDStream(pdf);
            try (OutputStream out = toUnicode.createOutputStream()) {
                out.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
            }
            font.getCOSObject().setItem(COSName.TO_UNICODE, toUnicode);
            var descendant = font.getDescendantFont().getCOSObject();
            descendant.removeItem(COSName.W);
            descendant.setInt(COSName.DW, 1000);
        }
    }

    // ---- Word

    /** A .docx of the text: paragraphs, and tables of as many columns as their widest row. */
    public static byte[] docx(String text) {
        try (XWPFDocument document = new XWPFDocument()) {
            for (Block block : blocks(text)) {
                if (block instanceof Paragraph paragraph) {
                    document.createParagraph().createRun().setText(paragraph.text());
                } else {
                    table(document, (Table) block);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument document, Table block) {
        XWPFTable table = document.createTable(block.rows().size(), block.columns());
        for (int r = 0; r < block.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r);
            List<String> cells = block.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                row.getCell(c).setText(cells.get(c).strip());
            }
        }
    }

    // ---- HTML

    /** A saved page: the site's head, scripts and navigation around the report, its tables as {@code <table>}s. */
    public static byte[] html(String text, Charset charset) {
        StringBuilder page = new StringBuilder("""
                <!DOCTYPE html>
                <html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">
                <title>政府信息公开年度报告</title><style>td { border: 1px solid #000 }</style>
                <script>var nav = "<table><tr><td>1</td></tr></table>";</script></head>
                <body><div class="nav"><a href="/">首页</a> &gt; <a href="/xxgk">信息公开</a></div>
                <div class="article">
                """.formatted(charset.name()));
        for (Block block : blocks(text)) {
            if (block instanceof Paragraph paragraph) {
                page.append("<p>").append(escape(paragraph.text())).append("</p>\n");
            } else {
                page.append("<table border=\"1\" cellspacing=\"0\">\n<tbody>\n");
                for (List<String> row : ((Table) block).rows()) {
                    page.append("<tr>");
                    row.forEach(cell -> page.append("\n  <td><span>").append(escape(cell.strip()))
                            .append("</span></td>"));
                    page.append("\n</tr>\n");
                }
                page.append("</tbody></table>\n");
            }
        }
        page.append("</div><div class=\"footer\">版权所有</div></body></html>\n");
        return page.toString().getBytes(charset);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
