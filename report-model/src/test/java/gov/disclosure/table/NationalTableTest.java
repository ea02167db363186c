package gov.disclosure.table;

import gov.disclosure.report.ReportNumbers;
import gov.disclosure.testing.GeneratedNumbers;
import gov.disclosure.testing.TableReadBack;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NationalTableTest {

    private static final long SEED = Long.getLong("tables.seed", 13L);

    @Test
    void everyNumberOfTheTemplateIsInTheTableOnceInPrintOrder() {
        assertEquals(ReportNumbers.NAMES, NationalTable.of("t", Map.of()).numberCells().map(TableCell::flatName).toList());
    }

    @Test
    void sectionThreeIsLaidOutAsTheTemplatePrintsIt() {
        TableSection applications = NationalTable.of("t", Map.of()).sections().get(1);
        assertEquals("三、收到和处理政府信息公开申请情况", applications.heading());
        assertEquals(10, applications.width());
        assertEquals(3 + 25, applications.rows().size());
        TableCell[][] grid = applications.grid();
        assertEquals("申请人情况", grid[0][3].text());
        assertEquals("法人或其他组织", grid[1][4].text());
        assertEquals(5, grid[1][4].colSpan());
        assertEquals("三、本年度办理结果", grid[5][0].text());
        assertEquals(22, grid[5][0].rowSpan());
        assertEquals("（三）不予公开", grid[7][1].text());
        assertEquals(8, grid[7][1].rowSpan());
        assertEquals("1.属于国家秘密", grid[7][2].text());
        assertEquals("一、本年新收政府信息公开申请数量", grid[3][0].text());
        assertEquals(3, grid[3][0].colSpan());
        assertEquals("四、结转下年度继续办理", grid[27][0].text());
    }

    @Test
    void sectionFourPutsItsThreeGroupsSideBySide() {
        TableCell[][] grid = NationalTable.of("t", Map.of()).sections().get(2).grid();
        assertEquals("行政复议", grid[0][0].text());
        assertEquals(2, grid[0][0].rowSpan());
        assertEquals("行政诉讼", grid[0][5].text());
        assertEquals(10, grid[0][5].colSpan());
        assertEquals("未经复议直接起诉", grid[1][5].text());
        assertEquals("复议后起诉", grid[1][10].text());
        assertEquals("结果纠正", grid[2][6].text());
        assertEquals("reviewAndLitigation.litigationAfterReview.total", grid[3][14].flatName());
    }

    /**
     * Generated reports, each rendered in every format and read back with the library that wrote it (jqwik's
     * generators; its engine does not run here, see the parent pom).
     */
    @Test
    void everyFormatReadsBackToTheNumbersItWasRenderedFrom() throws IOException {
        List<Map<String, BigDecimal>> reports = GeneratedNumbers.reports(SEED, 40);
        for (int i = 0; i < reports.size(); i++) {
            Map<String, BigDecimal> numbers = reports.get(i);
            String which = "seed " + SEED + ", report " + i;
            assertSameNumbers(numbers, TableReadBack.csv(render(TableFormat.CSV, numbers)), which + ", CSV");
            assertSameNumbers(numbers, TableReadBack.markdown(render(TableFormat.MARKDOWN, numbers)), which + ", Markdown");
            assertSameNumbers(numbers, TableReadBack.html(render(TableFormat.HTML, numbers)), which + ", HTML");
            if (i % 3 == 0) {
                assertSameNumbers(numbers, TableReadBack.xlsx(render(TableFormat.XLSX, numbers)), which + ", XLSX");
            }
        }
    }

    @Test
    void labelsAreEscapedInHtmlAndMarkdown() throws IOException {
        String html = new String(render(TableFormat.HTML, Map.of(), "<a|b>"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<h1>&lt;a|b&gt;</h1>"), html);
        String markdown = new String(render(TableFormat.MARKDOWN, Map.of(), "<a|b>"), StandardCharsets.UTF_8);
        assertTrue(markdown.startsWith("# <a\\|b>\n"), markdown);
    }

    @Test
    void aTitleThatASpreadsheetWouldEvaluateIsTextInTheCsv() throws IOException {
        String csv = new String(render(TableFormat.CSV, Map.of(), "=HYPERLINK(\"http://example.com\") 2024年"),
                StandardCharsets.UTF_8);
        assertTrue(csv.startsWith(CsvTable.BYTE_ORDER_MARK + "\"'=HYPERLINK(\"\"http://example.com\"\") 2024年\"\r\n"), csv);
    }

    @Test
    void theFormatIsChosenByParameterThenByAccept() {
        assertEquals(TableFormat.CSV, TableFormat.choose("CSV", "text/html"));
        assertEquals(TableFormat.MARKDOWN, TableFormat.choose("markdown", null));
        assertEquals(TableFormat.HTML, TableFormat.choose(null, null));
        assertEquals(TableFormat.HTML, TableFormat.choose(null, "*/*"));
        assertEquals(TableFormat.XLSX, TableFormat.choose(null,
                "text/csv;q=0.5, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertEquals(TableFormat.CSV, TableFormat.choose(null, "application/json, text/csv;q=0.1"));
        assertEquals(400, assertThrows(io.quarkiverse.resteasy.problem.HttpProblem.class,
                () -> TableFormat.choose("pdf", null)).getStatusCode());
        assertEquals(406, assertThrows(io.quarkiverse.resteasy.problem.HttpProblem.class,
                () -> TableFormat.choose(null, "application/json")).getStatusCode());
    }

    private static void assertSameNumbers(Map<String, BigDecimal> expected, Map<String, BigDecimal> actual,
                                          String which) {
        assertEquals(expected.keySet(), actual.keySet(), which);
        Function<Map<String, BigDecimal>, Map<String, BigDecimal>> normal = numbers -> {
            Map<String, BigDecimal> plain = new LinkedHashMap<>();
            numbers.forEach((name, value) -> plain.put(name, value.stripTrailingZeros()));
            return plain;
        };
        assertEquals(normal.apply(expected), normal.apply(actual), which);
    }

    private static byte[] render(TableFormat format, Map<String, BigDecimal> numbers) throws IOException {
        return render(format, numbers, "平顶山市 2024年度");
    }

    private static byte[] render(TableFormat format, Map<String, BigDecimal> numbers, String title) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(NationalTable.of(title, numbers), out);
        return out.toByteArray();
    }
}
