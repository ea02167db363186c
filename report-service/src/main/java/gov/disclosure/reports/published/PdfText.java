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

    /** PDFBox's stripper writing the gaps itself: a tab between cells, a space between words, nothing inside one. */
    static final class CellSeparatingStripper extends PDFTextStripper {

        private final PdfBudget steps;
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
                if (gap >= CELL_GAP_EM * em) {
                    output.write('\t');
                } else if (gap >= WORD_GAP_EM * em && !text.startsWith(" ")) {
                    output.write(' ');
                }
            }
            super.writeString(text, positions);
            previous = positions.get(positions.size() - 1);
        }
    }
}
