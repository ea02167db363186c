package gov.disclosure.reports.published;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.report.ReportNumbers;
import gov.disclosure.reports.Fixtures;
import gov.disclosure.reports.parsing.ParsedText;
import gov.disclosure.reports.parsing.PublishedTextParser;
import gov.disclosure.reports.published.UnreadableDocumentException.Reason;
import io.quarkus.runtime.configuration.MemorySize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every fixture, published as a PDF, a Word file or a web page, reads back to the numbers of its expected JSON. */
class PublishedDocumentsTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    static final DocumentLimits LIMITS = limits(64L << 20, 5_000_000);

    /** The service's limits on files and pages, with these on what a PDF may unpack to and take to read. */
    static DocumentLimits limits(long maxUnpackedBytes, long maxReadingSteps) {
        return limits(maxUnpackedBytes, maxReadingSteps, Duration.ofSeconds(20));
    }

    /** The same, a single submission's document waiting at most {@code maxReadWait} for its turn. */
    static DocumentLimits limits(long maxUnpackedBytes, long maxReadingSteps, Duration maxReadWait) {
        return new DocumentLimits() {
            @Override
            public MemorySize maxFileSize() {
                return new MemorySize(java.math.BigInteger.valueOf(20L << 20));
            }

            @Override
            public int maxPages() {
                return 200;
            }

            @Override
            public MemorySize maxUnpackedSize() {
                return new MemorySize(java.math.BigInteger.valueOf(maxUnpackedBytes));
            }

            @Override
            public long maxReadingSteps() {
                return maxReadingSteps;
            }

            @Override
            public MemorySize maxWordXmlSize() {
                return new MemorySize(java.math.BigInteger.valueOf(maxUnpackedBytes / 16));
            }

            @Override
            public MemorySize maxHtmlSize() {
                return new MemorySize(java.math.BigInteger.valueOf(maxUnpackedBytes / 16));
            }

            @Override
            public int maxTextReadAtOnce() {
                return 100_000;
            }

            @Override
            public int maxConcurrentReads() {
                return 2;
            }

            @Override
            public Duration maxReadWait() {
                return maxReadWait;
            }
        };
    }

    private final PublishedTextParser parser = new PublishedTextParser();
    private final PdfText pdf = new PdfText(LIMITS);
    private final DocxText docx = new DocxText(LIMITS);
    private final HtmlText html = new HtmlText(LIMITS);
    private final DocText doc = new DocText();

    static List<String> fixtures() {
        return Fixtures.NAMES;
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void aPdfWithRuledTablesReadsAsItsText(String fixture) throws IOException {
        byte[] document = PublishedForms.pdf(Fixtures.text(fixture));

        assertReadsAsExpected(fixture, pdf.text(new PublishedFile(fixture + ".pdf", "application/pdf", document)));
    }

    /** PDFBox's content order would read these rows backwards (measured: 14 numbers of ruzhou wrong, zhengzhou unreadable). */
    @ParameterizedTest
    @MethodSource("fixtures")
    void aPdfWhoseCellsAreDrawnRightToLeftReadsInReadingOrder(String fixture) throws IOException {
        byte[] document = PublishedForms.pdf(Fixtures.text(fixture), true);

        assertReadsAsExpected(fixture, pdf.text(new PublishedFile(fixture + ".pdf", "application/pdf", document)));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void aWordFileWithTablesReadsAsItsText(String fixture) throws IOException {
        byte[] document = PublishedForms.docx(Fixtures.text(fixture));

        assertReadsAsExpected(fixture, docx.text(new PublishedFile(fixture + ".docx", null, document)));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void aSavedWebPageReadsAsItsText(String fixture) throws IOException {
        byte[] page = PublishedForms.html(Fixtures.text(fixture), StandardCharsets.UTF_8);

        assertReadsAsExpected(fixture, html.text(new PublishedFile(fixture + ".html", "text/html", page)));
    }

    /**
     * The fixtures as other programs made them (fixtures/published/producers/, see its README): LibreOffice's Word
     * files of both formats and PDFs, and web pages printed to PDF by Chromium, with the browser's header and footer
     * on each page, cells so narrow that labels wrap around their group's label, and numbers of many digits whose
     * cells leave no gap between them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ruzhou-szfb-2024.libreoffice.doc", "xinan-example-2023-kangxi.libreoffice.doc",
            "xinan-example-2023-pdf.libreoffice.doc", "zhengzhou-zwfwb-2021.libreoffice.doc",
            "zhoukou-xzfwzx-2021.libreoffice.doc", "ruzhou-szfb-2024.libreoffice.docx",
            "xinan-example-2023-kangxi.libreoffice.docx", "xinan-example-2023-pdf.libreoffice.docx",
            "zhengzhou-zwfwb-2021.libreoffice.docx", "zhoukou-xzfwzx-2021.libreoffice.docx",
            "ruzhou-szfb-2024.libreoffice.pdf", "zhoukou-xzfwzx-2021.libreoffice.pdf",
            "zhengzhou-zwfwb-2021.chromium.pdf", "ruzhou-szfb-2024.chromium-a5.pdf", "generated-2024.chromium.pdf",
            "generated-2024.libreoffice.pdf"})
    void aDocumentMadeByAnotherProgramReadsAsItsText(String file) throws IOException {
        String fixture = file.substring(0, file.indexOf('.'));
        PublishedFile published = new PublishedFile(file, null, producedBy(file));

        String text = file.endsWith(".doc") ? doc.text(published)
                : file.endsWith(".docx") ? docx.text(published) : pdf.text(published);

        assertReadsAsExpected(fixture, text);
    }

    @Test
    void aBrowsersPageHeadersAndFootersAreNoPartOfTheReportsProse() throws IOException {
        String text = pdf.text(new PublishedFile("r.pdf", null, producedBy("ruzhou-szfb-2024.chromium-a5.pdf")));

        ParsedText parsed = parser.parse(text);

        assertThat(text, containsString("file:///tmp/lo/fx/var/a5/ruzhou-szfb-2024.html\t2/7"));
        assertThat(text, containsString("12/7/26, 2:09 AM\t政府信息公开年度报告"));
        assertThat(parsed.narrative().toString(), not(containsString("file:")));
        assertThat(parsed.narrative().toString(), not(containsString("AM")));
        assertThat(parsed.narrative().problems(), endsWith("全面提升政务公开工作队伍能力和水平。"));
    }

    @Test
    void aWebPageInGbkIsReadInTheCharsetItsMetaTagNames() throws IOException {
        byte[] page = PublishedForms.html(Fixtures.text("ruzhou-szfb-2024"), Charset.forName("GB18030"));

        assertReadsAsExpected("ruzhou-szfb-2024", html.text(new PublishedFile("page.htm", null, page)));
    }

    @Test
    void aWebPageInGbkNamingNoCharsetAnywhereIsReadAsGb18030() throws IOException {
        byte[] page = withoutMetaCharset(PublishedForms.html(Fixtures.text("ruzhou-szfb-2024"), GB18030));

        assertReadsAsExpected("ruzhou-szfb-2024", html.text(new PublishedFile("page.htm", "text/html", page)));
    }

    @Test
    void aWebPageDeclaredGbkMayHoldWhatOnlyGb18030Has() throws IOException {
        byte[] page = withoutMetaCharset(PublishedForms.html(Fixtures.text("xinan-example-2023-kangxi"), GB18030));

        assertReadsAsExpected("xinan-example-2023-kangxi",
                html.text(new PublishedFile("page.htm", "text/html; charset=GBK", page)));
    }

    @Test
    void aWebPageWhoseMetaTagSaysGbkMayHoldWhatOnlyGb18030Has() throws IOException {
        // read as GBK, each of GB18030's four-byte characters would leave two digits in the text
        byte[] page = new String(PublishedForms.html(Fixtures.text("xinan-example-2023-kangxi"), GB18030), GB18030)
                .replaceFirst("charset=GB18030", "charset=gb2312").getBytes(GB18030);

        assertReadsAsExpected("xinan-example-2023-kangxi", html.text(new PublishedFile("page.htm", null, page)));
    }

    private static byte[] withoutMetaCharset(byte[] page) {
        return new String(page, GB18030).replaceFirst("<meta [^>]*charset[^>]*>", "").getBytes(GB18030);
    }

    @Test
    void aPdfsTableCellsAreSeparatedByTabsWhereTheirGapIsWide() {
        String text = pdf.text(new PublishedFile("r.pdf", null, PublishedForms.pdf(Fixtures.text("ruzhou-szfb-2024"))));

        assertThat(text, containsString("行政许可\t0"));
        assertThat(text, containsString("一、本年新收政府信息公开申请数量\t18\t0\t0\t0\t0\t0\t18"));
        assertThat(text, containsString("汝州市人民政府办公室 2024 年政府信息公开工作年度报告"));
    }

    /** Cells as narrow as their numbers (a web page printed to PDF): the border between them, not a gap, parts them. */
    @Test
    void aCellsBorderBetweenTwoNumbersSeparatesThemWhereNoGapDoes() throws IOException {
        assertEquals("45\t396", pdf.text(new PublishedFile("r.pdf", null, twoNumbersSideBySide(true))).strip());
        assertEquals("45396", pdf.text(new PublishedFile("r.pdf", null, twoNumbersSideBySide(false))).strip());
    }

    /** "45" and "396" with no gap between them, and a cell's border (a thin filled rectangle) between them or not. */
    private static byte[] twoNumbersSideBySide(boolean border) throws IOException {
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            float width = font.getStringWidth("45") / 1000 * 10;
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 10);
                content.newLineAtOffset(100, 700);
                content.showText("45");
                content.newLineAtOffset(width, 0);
                content.showText("396");
                content.endText();
                if (border) {
                    content.addRect(100 + width - 0.25f, 690, 0.5f, 20);
                    content.fill();
                }
            }
            var out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aWordCellSpanningColumnsIsFollowedByAsManyTabs() throws IOException {
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            var table = document.createTable(1, 3);
            var row = table.getRow(0);
            row.getCell(0).setText("一、本年新收政府信息公开申请数量");
            row.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(java.math.BigInteger.TWO);
            row.getCell(1).setText("18");
            row.getCell(2).setText("0");
            var out = new java.io.ByteArrayOutputStream();
            document.write(out);

            assertEquals("一、本年新收政府信息公开申请数量\t\t18\t0\n",
                    docx.text(new PublishedFile("r.docx", null, out.toByteArray())));
        }
    }

    @Test
    void aWebPageCellSpanningColumnsIsFollowedByAsManyTabsAndScriptsAreNoText() {
        String page = "<html><head><title>x</title></head><body><script>var a = '<td>9</td>';</script><table><tr>"
                + "<td colspan=\"2\">一、本年新收政府信息公开申请数量</td><td>18</td><td> 0 </td></tr></table></body></html>";

        assertEquals("一、本年新收政府信息公开申请数量\t\t18\t0\n",
                html.text(new PublishedFile("p.html", "text/html", page.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aScanIsRefusedSayingItsTablesArePictures() {
        var refused = assertThrows(UnreadableDocumentException.class,
                () -> pdf.text(new PublishedFile("scan.pdf", null, PublishedForms.scannedPdf())));

        assertEquals(Reason.SCANNED, refused.reason());
        assertThat(refused.getMessage(), containsString("scan"));
    }

    @Test
    void aTruncatedPdfIsRefusedAsTruncated() {
        byte[] whole = PublishedForms.pdf(Fixtures.text("ruzhou-szfb-2024"));

        var refused = assertThrows(UnreadableDocumentException.class,
                () -> pdf.text(new PublishedFile("cut.pdf", null, Arrays.copyOf(whole, whole.length / 2))));

        assertEquals(Reason.TRUNCATED, refused.reason());
    }

    @Test
    void aDamagedPdfIsRefusedAsDamaged() {
        byte[] damaged = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> garbage garbage\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        var refused = assertThrows(UnreadableDocumentException.class,
                () -> pdf.text(new PublishedFile("bad.pdf", null, damaged)));

        assertTrue(refused.reason() == Reason.DAMAGED || refused.reason() == Reason.SCANNED, refused.reason()::name);
    }

    @Test
    void bytesThatAreNoPdfAreRefusedAsNotAPdf() {
        var refused = assertThrows(UnreadableDocumentException.class,
                () -> pdf.text(new PublishedFile(null, "application/pdf", "汝州市".getBytes(StandardCharsets.UTF_8))));

        assertEquals(Reason.NOT_THIS_FORMAT, refused.reason());
        assertThat(refused.getMessage(), containsString("the body is not a PDF"));
    }

    @Test
    void aWordFileThatIsNoZipIsRefusedAsNoWordFile() {
        var refused = assertThrows(UnreadableDocumentException.class,
                () -> docx.text(new PublishedFile("r.docx", null, "plain".getBytes(StandardCharsets.UTF_8))));

        assertEquals(Reason.NOT_THIS_FORMAT, refused.reason());
    }

    @Test
    void aTruncatedWordFileIsRefusedAsDamaged() {
        byte[] whole = PublishedForms.docx(Fixtures.text("ruzhou-szfb-2024"));

        var refused = assertThrows(UnreadableDocumentException.class,
                () -> docx.text(new PublishedFile("r.docx", null, Arrays.copyOf(whole, whole.length - 200))));

        assertEquals(Reason.DAMAGED, refused.reason());
    }

    /** A fixture's expected report, or that of a report made up for producers/ (its numbers of many digits). */
    private static AnnualReport expected(String fixture) throws IOException {
        try (var madeUp = PublishedDocumentsTest.class.getResourceAsStream(
                "/fixtures/published/producers/" + fixture + ".expected.json")) {
            if (madeUp != null) {
                return JSON.readValue(madeUp, AnnualReport.class);
            }
        }
        return JSON.readValue(Fixtures.JSON.writeValueAsString(Fixtures.expected(fixture)), AnnualReport.class);
    }

    private static byte[] producedBy(String file) throws IOException {
        try (var in = PublishedDocumentsTest.class.getResourceAsStream("/fixtures/published/producers/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no document " + file);
            }
            return in.readAllBytes();
        }
    }

    private void assertReadsAsExpected(String fixture, String text) throws IOException {
        AnnualReport expected = expected(fixture);
        ParsedText parsed = parser.parse(text);
        assertEquals(expected.agency().name(), parsed.agencyName(), text);
        assertEquals(expected.year(), parsed.year());
        assertSameNumbers(ReportNumbers.flatten(expected),
                ReportNumbers.flatten(parsed.toReport(expected.agency().id(), expected.regionCode())), text);
    }

    private static void assertSameNumbers(Map<String, BigDecimal> expected, Map<String, BigDecimal> actual, String text) {
        List<String> differences = new ArrayList<>();
        expected.forEach((name, value) -> {
            BigDecimal found = actual.get(name);
            if (found == null || found.compareTo(value) != 0) {
                differences.add(name + ": expected " + value + ", read " + found);
            }
        });
        assertTrue(differences.isEmpty(), () -> String.join("\n", differences) + "\n--- text read:\n" + text);
    }
}
