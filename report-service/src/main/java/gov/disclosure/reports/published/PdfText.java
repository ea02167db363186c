package gov.disclosure.reports.published;

import gov.disclosure.reports.published.UnreadableDocumentException.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A PDF's text with PDFBox, in reading order (sorted by position, so that a table's cells drawn in any order come out
 * row by row), and a tab wherever the gap between two pieces of text on a line is wide: a table's cells stay apart,
 * where PDFBox alone would join them with a space (or not at all) and the parser would have to guess.
 */
@ApplicationScoped
public class PdfText implements DocumentReader {

    /** A gap of at least this many em (of the text before it) on one line separates cells. */
    static final float CELL_GAP_EM = 1.0f;
    /** A gap of at least this many em, narrower than a cell's, separates words. */
    static final float WORD_GAP_EM = 0.2f;

    private final DocumentLimits limits;

    public PdfText(DocumentLimits limits) {
        this.limits = limits;
    }

    @Override
    public DocumentFormat format() {
        return DocumentFormat.PDF;
    }

    @Override
    public String text(PublishedFile file) {
        byte[] content = file.content();
        requireWhole(content, file.label());
        try (PdfUnpacking.Reading reading = PdfUnpacking.within(unpacking(file.label()));
             PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(content), "", null, null,
                     IOUtils.createTempFileOnlyStreamCache())) {
            if (pdf.getNumberOfPages() > limits.maxPages()) {
                throw new UnreadableDocumentException(Reason.TOO_LARGE, "%s has %d pages; at most %d are read"
                        .formatted(file.label(), pdf.getNumberOfPages(), limits.maxPages()));
            }
            PdfUnpacking.countPageContents(pdf);
            String text = new CellSeparatingStripper(readingSteps(file.label())).getText(pdf);
            if (text.isBlank()) {
                throw noText(pdf, file.label());
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(Reason.ENCRYPTED,
                    file.label() + " is encrypted with a password: send it without the password protection", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException(Reason.DAMAGED,
                    file.label() + " is a damaged PDF: " + e.getMessage(), e);
        }
    }

    private PdfBudget unpacking(String label) {
        long max = limits.maxUnpackedSize().asLongValue();
        return new PdfBudget(max, ("%s unpacks to more than %d bytes (its compressed pages, forms and fonts together, "
                + "a form counted each time it is drawn; a compression bomb?): it is not read").formatted(label, max));
    }

    private PdfBudget readingSteps(String label) {
        return new PdfBudget(limits.maxReadingSteps(), ("%s takes more than %d steps to read (drawing operations and "
                + "characters, a form counted each time it is drawn): it is not read")
                .formatted(label, limits.maxReadingSteps()));
    }

    /** A PDF starts with its header and ends with %%EOF (a few bytes of line ends or padding may follow). */
    private static void requireWhole(byte[] content, String label) {
        String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1);
        if (!head.contains("%PDF-")) {
            throw new UnreadableDocumentException(Reason.NOT_THIS_FORMAT, label + " is not a PDF (no %PDF- header)");
        }
        int tail = Math.max(0, content.length - 1024);
        if (!new String(content, tail, content.length - tail, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
            throw new UnreadableDocumentException(Reason.TRUNCATED,
                    label + " is truncated: the PDF does not end with %%EOF (the upload or download was cut short)");
        }
    }

    private static UnreadableDocumentException noText(PDDocument pdf, String label) {
        int images = 0;
        for (PDPage page : pdf.getPages()) {
            images += imageCount(page);
        }
        if (images > 0) {
            return new UnreadableDocumentException(Reason.SCANNED, ("%s has no text, only %d image(s): it is a scan, "
                    + "its tables are pictures. Send the report's text (the PDF the agency made, or the text typed or "
                    + "recognised from the scan)").formatted(label, images));
        }
        return new UnreadableDocumentException(Reason.SCANNED, label + " has no text on any of its pages");
    }

    private static int imageCount(PDPage page) {
        var resources = page.getResources();
        if (resources == null) {
            return 0;
        }
        int count = 0;
        for (var name : resources.getXObjectNames()) {
            try {
                if (resources.getXObject(name) instanceof PDImageXObject) {
                    count++;
                }
            } catch (IOException unreadable) {
                // an image that cannot be read is still no text
                count++;
            }
        }
        return count;
    }

    /**
     * PDFBox's stripper writing the gaps itself: a tab between cells (a wide gap, or a cell's border however narrow the
     * gap), a space between words, nothing inside one.
     */
    static final class CellSeparatingStripper extends PDFTextStripper {

        private final PdfBudget steps;
        private PageRules rules;
        private TextPosition previous;

        CellSeparatingStripper(PdfBudget steps) throws IOException {
            this.steps = steps;
            setSortByPosition(true);
            setWordSeparator("");
            setLineSeparator("\n");
            setParagraphStart("");
            setParagraphEnd("");
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            rules = PageRules.of(page, steps);
            super.processPage(page);
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            steps.spend(1);
            super.processOperator(operator, operands);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            steps.spend(1);
            super.processTextPosition(text);
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            previous = null;
            super.writeLineSeparator();
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (positions.isEmpty()) {
                super.writeString(text, positions);
                return;
            }
            TextPosition first = positions.get(0);
            if (previous != null) {
                float gap = first.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
                float em = Math.max(previous.getFontSizeInPt(), 1f);
                if (gap >= CELL_GAP_EM * em || ruledBetween(previous, first)) {
                    output.write('\t');
                } else if (gap >= WORD_GAP_EM * em && !text.startsWith(" ")) {
                    output.write(' ');
                }
            }
            writeCells(text, positions);
            previous = positions.get(positions.size() - 1);
        }

        /** The text, with a tab wherever a cell's border stands between two of its characters. */
        private void writeCells(String text, List<TextPosition> positions) throws IOException {
            if (text.length() != positions.size()) {
                super.writeString(text, positions);
                return;
            }
            int start = 0;
            for (int i = 1; i < positions.size(); i++) {
                if (ruledBetween(positions.get(i - 1), positions.get(i))) {
                    super.writeString(text.substring(start, i), positions.subList(start, i));
                    output.write('\t');
                    start = i;
                }
            }
            super.writeString(text.substring(start), positions.subList(start, positions.size()));
        }

        /**
         * Whether a vertical rule stands between the middles of two digits of a line, across their middle height
         * (upright text only): two numbers in neighbouring cells. Only digits: a page's running header may cross the
         * borders of a table cut by the page break, and between words a cell's border changes nothing the parser reads.
         */
        private boolean ruledBetween(TextPosition left, TextPosition right) {
            if (rules == null || left.getDir() != 0 || right.getDir() != 0 || !isDigit(left) || !isDigit(right)) {
                return false;
            }
            float middle = (left.getYDirAdj() - left.getHeightDir() / 2
                    + right.getYDirAdj() - right.getHeightDir() / 2) / 2;
            return rules.between(left.getXDirAdj() + left.getWidthDirAdj() / 2,
                    right.getXDirAdj() + right.getWidthDirAdj() / 2, middle);
        }

        private static boolean isDigit(TextPosition position) {
            String unicode = position.getUnicode();
            return unicode != null && unicode.length() == 1 && Character.isDigit(unicode.charAt(0));
        }
    }
}
