package gov.disclosure.reports.published;

import gov.disclosure.reports.Fixtures;
import gov.disclosure.reports.published.UnreadableDocumentException.Reason;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Documents that cost far more to read than their size. PDFs whose streams inflate a thousandfold (a form, a page,
 * the cross-reference stream), which PDFBox would unpack whole in memory or parse for minutes, and forms that draw
 * forms that draw forms; Word files whose XML, and web pages, POI and jsoup would hold as objects many times their
 * size. Each is refused as too large at a limit, instead of running the service out of memory or a thread for
 * minutes; and documents are read one at a time. The limits here are small, so the tests are quick.
 */
class DocumentBombsTest {

    private static final long UNPACKED = 4L << 20;
    private static final long STEPS = 200_000;
    private static final DocumentLimits LIMITS = PublishedDocumentsTest.limits(UNPACKED, STEPS);
    private final PdfText pdf = new PdfText(LIMITS);
    private final DocxText docx = new DocxText(LIMITS);
    private final HtmlText html = new HtmlText(LIMITS);

    @Test
    void aFormThatUnpacksPastTheBudgetIsRefusedBeforePdfBoxUnpacksIt() throws IOException {
        UnreadableDocumentException refused = refused(formOfSpaces(8L << 20));

        assertTrue(refused.getMessage().contains("unpacks to more than " + UNPACKED + " bytes"), refused.getMessage());
    }

    @Test
    void aCrossReferenceStreamThatUnpacksPastTheBudgetIsRefusedAsTheFileIsOpened() {
        UnreadableDocumentException refused = refused(crossReferenceStreamOfZeros(8 << 20));

        assertTrue(refused.getMessage().contains("unpacks to more than " + UNPACKED + " bytes"), refused.getMessage());
    }

    @Test
    void aPageWhoseContentUnpacksPastTheBudgetIsRefused() throws IOException {
        UnreadableDocumentException refused = refused(pageOfSpaces(8L << 20));

        assertTrue(refused.getMessage().contains("unpacks to more than " + UNPACKED + " bytes"), refused.getMessage());
    }

    @Test
    void pagesWhoseFormsDrawFormsAreRefusedAtTheStepBudget() throws IOException {
        UnreadableDocumentException refused = refused(formsDrawingForms(8, 10));

        assertTrue(refused.getMessage().contains("takes more than " + STEPS + " steps"), refused.getMessage());
    }

    @Test
    void aReportWithinTheBudgetsStillReads() {
        byte[] document = PublishedForms.pdf(Fixtures.text("ruzhou-szfb-2024"));

        String text = pdf.text(new PublishedFile("report.pdf", "application/pdf", document));

        assertTrue(text.contains("汝州市人民政府办公室"), text);
    }

    @Test
    void aWordFileWhoseXmlUnpacksPastItsLimitIsRefusedBeforePoiReadsIt() {
        long limit = LIMITS.maxWordXmlSize().asLongValue();
        byte[] document = wordFile("word/document.xml", paragraphs((int) limit));

        UnreadableDocumentException refused = refused(docx, "bomb.docx", document);

        assertTrue(refused.getMessage().contains("XML parts) unpack to more than " + limit), refused.getMessage());
    }

    @Test
    void aWordFileWhoseEntriesUnpackPastTheBudgetIsRefused() {
        byte[] document = wordFile("word/media/image1.bmp", new byte[(int) UNPACKED + 1]);

        UnreadableDocumentException refused = refused(docx, "bomb.docx", document);

        assertTrue(refused.getMessage().contains("unpacks to more than " + UNPACKED), refused.getMessage());
    }

    @Test
    void aWebPageLargerThanItsLimitIsRefusedBeforeJsoupHoldsIt() {
        long limit = LIMITS.maxHtmlSize().asLongValue();
        byte[] page = ("<html><body>" + "<p>1</p>".repeat((int) limit / 8) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);

        UnreadableDocumentException refused = refused(html, "page.html", page);

        assertTrue(refused.getMessage().contains("a web page of at most " + limit), refused.getMessage());
    }

    @Test
    void noMoreDocumentsAreReadAtOnceThanTheLimitSays() throws Exception {
        AtomicInteger reading = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        DocumentReader slowReader = pdfReader(() -> {
            most.accumulateAndGet(reading.incrementAndGet(), Math::max);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reading.decrementAndGet();
            return "text";
        });
        PublishedDocuments documents = new PublishedDocuments(List.of(slowReader), LIMITS);
        ExecutorService requests = Executors.newFixedThreadPool(8);
        try {
            List<Future<PublishedText>> read = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                read.add(requests.submit(() -> documents.read(new PublishedFile("r.pdf", "application/pdf",
                        new byte[] {1}), PublishedDocuments.Turn.WAIT)));
            }
            for (Future<PublishedText> each : read) {
                assertEquals("text", each.get(10, TimeUnit.SECONDS).text());
            }
        } finally {
            requests.shutdownNow();
        }

        assertEquals(LIMITS.maxConcurrentReads(), most.get());
    }

    @Test
    void aSubmissionWhoseTurnToBeReadDoesNotComeInTimeIsRefusedAsBusyAndTheOthersStillWait() throws Exception {
        CountDownLatch finish = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(2);
        DocumentReader stuckReader = pdfReader(() -> {
            started.countDown();
            try {
                finish.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "text";
        });
        DocumentLimits limits = PublishedDocumentsTest.limits(64L << 20, 5_000_000, Duration.ofMillis(200));
        PublishedDocuments documents = new PublishedDocuments(List.of(stuckReader), limits);
        PublishedFile file = new PublishedFile("r.pdf", "application/pdf", new byte[] {1});
        ExecutorService batches = Executors.newFixedThreadPool(limits.maxConcurrentReads() + 1);
        try {
            List<Future<PublishedText>> reading = new ArrayList<>();
            for (int i = 0; i < limits.maxConcurrentReads(); i++) {
                reading.add(batches.submit(() -> documents.read(file, PublishedDocuments.Turn.WAIT)));
            }
            assertTrue(started.await(10, TimeUnit.SECONDS), "every reader taken");
            reading.add(batches.submit(() -> documents.read(file, PublishedDocuments.Turn.WAIT)));

            DocumentReadersBusyException busy = assertThrows(DocumentReadersBusyException.class,
                    () -> documents.read(file, PublishedDocuments.Turn.WAIT_AT_MOST_MAX_READ_WAIT));

            assertEquals(Duration.ofMillis(200), busy.retryAfter());
            assertTrue(busy.getMessage().contains("reads 2 documents at a time"), busy.getMessage());
            finish.countDown();
            for (Future<PublishedText> each : reading) {
                assertEquals("text", each.get(10, TimeUnit.SECONDS).text(), "a batch's file waits its turn");
            }
            assertEquals("text", documents.read(file, PublishedDocuments.Turn.WAIT_AT_MOST_MAX_READ_WAIT).text());
        } finally {
            finish.countDown();
            batches.shutdownNow();
        }
    }

    /** A reader of PDFs whose every reading is {@code reading}. */
    private static DocumentReader pdfReader(Supplier<String> reading) {
        return new DocumentReader() {
            @Override
            public DocumentFormat format() {
                return DocumentFormat.PDF;
            }

            @Override
            public String text(PublishedFile file) {
                return reading.get();
            }
        };
    }

    private UnreadableDocumentException refused(byte[] pdfDocument) {
        return refused(pdf, "bomb.pdf", pdfDocument);
    }

    /** What {@code reader} throws for the file: refused as too large. */
    private static UnreadableDocumentException refused(DocumentReader reader, String name, byte[] document) {
        UnreadableDocumentException refused = assertThrows(UnreadableDocumentException.class,
                () -> reader.text(new PublishedFile(name, null, document)));
        assertEquals(Reason.TOO_LARGE, refused.reason());
        return refused;
    }

    /** One page drawing one form whose content is {@code bytes} spaces, deflated (about a thousandth of that). */
    private static byte[] formOfSpaces(long bytes) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDFormXObject form = new PDFormXObject(new PDStream(spaces(document, bytes)));
            form.setBBox(PDRectangle.A4);
            form.setResources(new PDResources());
            return onePageDrawing(document, form);
        }
    }

    /** One page whose own content is {@code bytes} spaces, deflated. */
    private static byte[] pageOfSpaces(long bytes) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            page.setContents(new PDStream(spaces(document, bytes)));
            document.addPage(page);
            return saved(document);
        }
    }

    private static COSStream spaces(PDDocument document, long bytes) throws IOException {
        COSStream content = document.getDocument().createCOSStream();
        try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
            byte[] spaces = new byte[1 << 16];
            Arrays.fill(spaces, (byte) ' ');
            for (long written = 0; written < bytes; written += spaces.length) {
                out.write(spaces);
            }
        }
        return content;
    }

    /** A file of no pages whose cross-reference stream is {@code bytes} zeros, deflated: PDFBox unpacks it to open. */
    private static byte[] crossReferenceStreamOfZeros(int bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(new byte[bytes]);
        deflater.finish();
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        while (!deflater.finished()) {
            deflated.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(("%PDF-1.5\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n").getBytes(StandardCharsets.US_ASCII));
        int crossReference = file.size();
        file.writeBytes(("3 0 obj\n<< /Type /XRef /Size 4 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /Length %d >>"
                + "\nstream\n").formatted(deflated.size()).getBytes(StandardCharsets.US_ASCII));
        file.writeBytes(deflated.toByteArray());
        file.writeBytes("\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n".formatted(crossReference)
                .getBytes(StandardCharsets.US_ASCII));
        return file.toByteArray();
    }

    /** Forms {@code levels} deep, each drawing the one below it {@code fan} times; the lowest writes one digit. */
    static byte[] formsDrawingForms(int levels, int fan) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDResources fonts = new PDResources();
            COSName font = fonts.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            PDFormXObject form = form(document, fonts, "BT /%s 12 Tf 0 0 Td (7) Tj ET".formatted(font.getName()));
            for (int level = 1; level < levels; level++) {
                PDResources resources = new PDResources();
                COSName below = resources.add(form);
                form = form(document, resources, ("/" + below.getName() + " Do ").repeat(fan));
            }
            return onePageDrawing(document, form);
        }
    }

    private static PDFormXObject form(PDDocument document, PDResources resources, String content) throws IOException {
        PDFormXObject form = new PDFormXObject(document);
        form.setBBox(PDRectangle.A4);
        form.setResources(resources);
        try (OutputStream out = form.getContentStream().createOutputStream()) {
            out.write(content.getBytes(StandardCharsets.US_ASCII));
        }
        return form;
    }

    private static byte[] onePageDrawing(PDDocument document, PDFormXObject form) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.drawForm(form);
        }
        return saved(document);
    }

    /** A Word file's document.xml of short paragraphs, at least {@code bytes} long. */
    private static byte[] paragraphs(int bytes) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w="
                + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        for (int i = 0; xml.length() <= bytes; i++) {
            xml.append("<w:p><w:r><w:t>").append(i % 1000).append("</w:t></w:r></w:p>");
        }
        return xml.append("</w:body></w:document>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A zip of the parts of a Word file, with {@code name} holding {@code content}. */
    private static byte[] wordFile(String name, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "</Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] saved(PDDocument document) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        document.save(bytes);
        return bytes.toByteArray();
    }
}
