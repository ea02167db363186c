package gov.disclosure.reports.published;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.filter.DecodeResult;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bounds what PDFBox unpacks while a PDF is read on this thread. PDFBox unpacks a cross-reference stream, an object
 * stream, a form or a font whole, in memory, however far it inflates (a 1 MB stream can inflate to a gigabyte), and
 * has no setting that bounds it. So its expanding filters are wrapped, once, in its {@link FilterFactory}: each counts
 * what it writes against the budget of the reading on its thread. Elsewhere (writing PDFs, other threads) they work
 * as before. Images are not unpacked to read a text, so their own codecs are left alone.
 */
final class PdfUnpacking {

    private static final List<COSName> EXPANDING = List.of(COSName.FLATE_DECODE, COSName.FLATE_DECODE_ABBREVIATION,
            COSName.LZW_DECODE, COSName.LZW_DECODE_ABBREVIATION, COSName.RUN_LENGTH_DECODE,
            COSName.RUN_LENGTH_DECODE_ABBREVIATION, COSName.ASCII85_DECODE, COSName.ASCII85_DECODE_ABBREVIATION,
            COSName.ASCII_HEX_DECODE, COSName.ASCII_HEX_DECODE_ABBREVIATION);
    private static final ThreadLocal<PdfBudget> READING = new ThreadLocal<>();

    static {
        countExpandingFilters();
    }

    private PdfUnpacking() {
    }

    /** What PDFBox unpacks on this thread counts against {@code budget} until the reading is closed. */
    static Reading within(PdfBudget budget) {
        READING.set(budget);
        return READING::remove;
    }

    /** A PDF being read, its unpacking counted. */
    interface Reading extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Unpacks every page's content, counted. PDFBox reads a page's content through an inflating stream of its own,
     * past the filters, so a page could otherwise make it parse gigabytes of spaces.
     */
    static void countPageContents(PDDocument pdf) throws IOException {
        for (PDPage page : pdf.getPages()) {
            try (InputStream content = page.getContents()) {
                content.transferTo(OutputStream.nullOutputStream());
            } catch (IOException damaged) {
                // PDFBox skips a damaged content stream as it reads the page; what it unpacked is counted
            }
        }
    }

    private static void countExpandingFilters() {
        try {
            Field field = FilterFactory.class.getDeclaredField("filters");
            field.setAccessible(true);
            @SuppressWarnings("unchecked")
            Map<COSName, Filter> filters = (Map<COSName, Filter>) field.get(FilterFactory.INSTANCE);
            Map<Filter, Filter> counted = new IdentityHashMap<>();
            for (COSName name : EXPANDING) {
                filters.computeIfPresent(name, (n, filter) -> filter instanceof Counted ? filter
                        : counted.computeIfAbsent(filter, Counted::new));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("PDFBox's FilterFactory is not as this release knows it: "
                    + "what a PDF unpacks cannot be bounded", e);
        }
    }

    /** One of PDFBox's filters, counting what it unpacks while a reading is under way on its thread. */
    private static final class Counted extends Filter {

        private final Filter filter;

        Counted(Filter filter) {
            this.filter = filter;
        }

        @Override
        public DecodeResult decode(InputStream encoded, OutputStream decoded, COSDictionary parameters, int index)
                throws IOException {
            return filter.decode(encoded, counted(decoded), parameters, index);
        }

        @Override
        public DecodeResult decode(InputStream encoded, OutputStream decoded, COSDictionary parameters, int index,
                                   DecodeOptions options) throws IOException {
            return filter.decode(encoded, counted(decoded), parameters, index, options);
        }

        @Override
        protected void encode(InputStream input, OutputStream encoded, COSDictionary parameters) throws IOException {
            filter.encode(input, encoded, parameters, 0);
        }

        private static OutputStream counted(OutputStream decoded) {
            PdfBudget budget = READING.get();
            return budget == null ? decoded : new CountingOutput(decoded, budget);
        }
    }

    private static final class CountingOutput extends FilterOutputStream {

        private final PdfBudget budget;

        CountingOutput(OutputStream out, PdfBudget budget) {
            super(out);
            this.budget = budget;
        }

        @Override
        public void write(int b) throws IOException {
            budget.spend(1);
            out.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            budget.spend(length);
            out.write(bytes, offset, length);
        }
    }
}
