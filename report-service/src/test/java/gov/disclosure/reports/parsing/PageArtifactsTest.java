package gov.disclosure.reports.parsing;

import gov.disclosure.report.ApplicantCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * What pages leave in a text besides the report: HTML structure, running headers and flip-book page headers amid
 * rows, sentences wrapped without their full stop, and where a row's blank cells are.
 */
class PageArtifactsTest {

    private final PublishedTextParser parser = new PublishedTextParser();

    @Test
    void anHtmlRowWhoseCellsAreOnSeveralSourceLinesIsOneRow() throws IOException {
        String text = "<p>新安县示例局2023年政府信息公开工作年度报告</p>\n"
                + FixtureReportsTest.text("xinan-example-2023-pdf.txt")
                .replace("新安县示例局2023年政府信息公开工作年度报告", "")
                .replace("3 1 0 1 5 1 0 0 1 2 0 1 0 0 1", "<table><tr>\n  <td>3</td><td>1</td><td>0</td><td>1</td><td>5</td>\n"
                        + "  <td>1</td><td>0</td><td>0</td><td>1</td><td>2</td>\n"
                        + "  <td>0</td><td>1</td><td>0</td><td>0</td><td>1</td>\n</tr></table>");

        ParsedText parsed = parser.parse(text);

        assertEquals(5L, parsed.reviewAndLitigation().administrativeReview().total());
        assertEquals(1L, parsed.reviewAndLitigation().litigationAfterReview().total());
    }

    @Test
    void htmlBlocksWithoutTheirEndTagsAndCaptionsStartLinesOfTheirOwn() throws IOException {
        String text = FixtureReportsTest.text("xinan-example-2023-pdf.txt").replace(
                "第二十条第（五）项\n\n信息内容 本年处理决定数量\n\n行政许可 1260\n",
                "<p>第二十条第（五）项<table><caption>表二</caption><tr><th>信息内容</th><th>本年处理决定数量</th></tr>"
                        + "<tr><td>行政许可</td><td><p>1260</p></td></tr></table><div>第二十条第（六）项</div>\n");

        ParsedText parsed = parser.parse(text);

        assertEquals(1260L, parsed.proactiveDisclosure().licensing().decisions());
        assertEquals(87L, parsed.proactiveDisclosure().penalties().decisions());
    }

    /** The page's footer after the report is no part of its section 六; the signature and date are. */
    @Test
    void aPageFooterAfterTheLastSectionIsLeftOut() throws IOException {
        String text = FixtureReportsTest.text("ruzhou-szfb-2024.txt") + "\n\n汝州市人民政府办公室\n2025年1月20日\n\n"
                + "【打印本页】【关闭窗口】\n扫一扫在手机打开当前页\n上一篇：关于2024年度汝州市政府信息公开工作的通知\n"
                + "下一篇：汝州市人民政府办公室2023年政府信息公开工作年度报告\n主办：汝州市人民政府办公室 承办：汝州市大数据中心\n"
                + "网站标识码：4104820001 豫ICP备12345678号\n";

        String otherMatters = parser.parse(text).narrative().otherMatters();

        assertThat(otherMatters, endsWith("本年度我单位未收取信息处理费。\n汝州市人民政府办公室\n2025年1月20日"));
    }

    /** A pipe row marks each cell at both ends: as many cells after a label as it has values are its values. */
    @Test
    void blankCellsOfAPipeRowAreWhereTheRowShowsThem() throws IOException {
        String text = PublishedLayoutsTest.text("pipe-rows-2024.txt").replace(
                "(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 16 | 1 | 0 | 0 | 0 | 0 | 17 |",
                "(二)部分公开(区分处理的,只计这一情形,不计其他情形) | | | 2 | | | | |");

        ParsedText parsed = parser.parse(text);

        assertEquals(new ApplicantCounts(0L, 0L, 2L, 0L, 0L, 0L, 0L), parsed.applications().outcomes().partiallyGranted());
    }

    /** Word tables copied as tabs: (二)'s label is in the second cell, and rows end with a tab, or do not. */
    @Test
    void blankCellsOfATabRowWithACellMoreThanItsValuesAreNotPlaced() throws IOException {
        String text = FixtureReportsTest.text("ruzhou-szfb-2024.txt").replace(
                "(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)\t0\t0\t0\t0\t0\t0\t0\t",
                "(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)\t\t\t2\t\t\t\t\t");

        UnreadableReportException e = assertThrows(UnreadableReportException.class, () -> parser.parse(text));

        // the 2 fits any of its columns, and the table (whose totals it breaks) adds up with none
        assertThat(e.unreadCells(), hasItem("/applications/outcomes/partiallyGranted/researchInstitution"));
        assertThat(e.getMessage(), containsString("adds up"));
    }

    /**
     * Rows starting at the line's start have a leading empty cell (一、本年新收…) or not ((七) 总计): which cell a
     * number of a row with blanks is in cannot be told ("5. 要求…\t\t5…" was read as a commercial enterprise's).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "5. 要求行政机关确认或重新出具已获取信息\\t\\t0\\t0\\t0\\t0\\t0\\t0\\t0\\t | 5. 要求行政机关确认或重新出具已获取信息\\t\\t5\\t\\t\\t\\t\\t\\t\\t",
            "(七) 总计\\t18\\t0\\t0\\t0\\t0\\t0\\t18\\t\\t | (七) 总计\\t\\t\\t\\t\\t\\t\\t18\\t\\t",
    })
    void blankCellsWhoseColumnCannotBeToldMakeTheRowUnreadable(String row, String withBlanks) throws IOException {
        String text = FixtureReportsTest.text("ruzhou-szfb-2024.txt").replace(unescape(row), unescape(withBlanks));

        UnreadableReportException e = assertThrows(UnreadableReportException.class, () -> parser.parse(text));

        assertEquals(1, e.missing().size(), e::getMessage);
        assertThat(e.getMessage(), containsString("adds up"));
    }

    private static String unescape(String cells) {
        return cells.strip().replace("\\t", "\t");
    }

    @Test
    void theReportsNameRepeatedAtTheTopOfAPageIsDroppedEvenInsideARow() throws IOException {
        String text = FixtureReportsTest.text("xinan-example-2023-pdf.txt").replace(
                "（二）部分公开（区分处理的，只计这一情形，不计\n",
                "（二）部分公开（区分处理的，只计这一情形，不计\n- 3 -\n新安县示例局 2023 年政府信息公开工作年度报告\n");

        ParsedText parsed = parser.parse(text);

        assertEquals(new ApplicantCounts(4L, 1L, 0L, 0L, 0L, 0L, 5L), parsed.applications().outcomes().partiallyGranted());
    }

    /** A web page printed to PDF by a browser: the date and its title atop each page, its address and number below. */
    @Test
    void aBrowsersPageHeaderAndFooterAreNoPartOfARowNorOfTheProse() throws IOException {
        String text = FixtureReportsTest.text("xinan-example-2023-pdf.txt")
                .replace("（二）部分公开（区分处理的，只计这一情形，不计\n", "（二）部分公开（区分处理的，只计这一情形，不计\n"
                        + "file:///C:/Users/gk/Desktop/2023%E5%B9%B4%E6%8A%A5.html\t3/7\n12/7/26, 2:09 AM\t政府信息公开年度报告\n")
                .replace("主动公开政府信息386条。\n", "主动公开政府信息386条。\n"
                        + "https://www.example.gov.cn/xxgk/2024/0120/1234.html 1/7\n2024/1/20 09:15 新安县示例局2023年报\n");

        ParsedText parsed = parser.parse(text);

        assertEquals(new ApplicantCounts(4L, 1L, 0L, 0L, 0L, 0L, 5L), parsed.applications().outcomes().partiallyGranted());
        assertEquals("2023年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息386条。",
                parsed.narrative().overview());
    }

    @Test
    void runningHeadersAreNoPartOfTheProseButTheTitleStays() throws IOException {
        String header = "\n- %d -\n新安县示例局2023年政府信息公开工作年度报告\n";
        String text = FixtureReportsTest.text("xinan-example-2023-pdf.txt")
                .replace("主动公开政府信息386条。\n", "主动公开政府信息386条。" + header.formatted(2))
                .replace("下一步将加强培训。\n", "下一步将加强培训。" + header.formatted(5));

        ParsedText parsed = parser.parse(text);

        assertEquals("新安县示例局", parsed.agencyName());
        assertEquals("2023年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息386条。",
                parsed.narrative().overview());
        assertEquals("一是信息公开的及时性有待提高；二是政策解读形式较为单一。下一步将加强培训。", parsed.narrative().problems());
    }

    /** The header printed again holds "其他" and "总计": before 3.其他 and （七）总计 it is not taken for them. */
    @Test
    void headerRowsPrintedAgainOnANewPageAreNoRows() throws IOException {
        String header = "- 4 -\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况\n"
                + "自然人 法人或其他组织 总计\n商业 科研 社会公 法律服\n企业 机构 益组织 务机构 其他\n";
        String text = FixtureReportsTest.text("xinan-example-2023-pdf.txt")
                .replace("3.其他 1 0 0 0 0 0 1\n", header + "3.其他 1 0 0 0 0 0 1\n")
                .replace("（七）总计 42 6 1 0 2 1 52\n", header.replace("- 4 -", "- 5 -") + "（七）总计 42 6 1 0 2 1 52\n");

        ParsedText parsed = parser.parse(text);

        assertEquals(new ApplicantCounts(1L, 0L, 0L, 0L, 0L, 0L, 1L), parsed.applications().outcomes().otherHandling().other());
        assertEquals(new ApplicantCounts(42L, 6L, 1L, 0L, 2L, 1L, 52L), parsed.applications().outcomes().total());
    }

    @Test
    void aFlipBooksPageHeaderInsideARowLeavesOnlyWords() throws IOException {
        String text = FixtureReportsTest.text("xinan-example-2023-pdf.txt").replace(
                "（二）部分公开（区分处理的，只计这一情形，不计\n",
                "（二）部分公开（区分处理的，只计这一情形，不计\nPage 4 - 2023年报_示例局\nP. 4\n");

        ParsedText parsed = parser.parse(text);

        assertEquals(new ApplicantCounts(4L, 1L, 0L, 0L, 0L, 0L, 5L), parsed.applications().outcomes().partiallyGranted());
    }

    @Test
    void aYearOpeningAWrappedSentenceIsNoCell() throws IOException {
        String text = FixtureReportsTest.text("xinan-example-2023-pdf.txt").replace(
                "四、政府信息公开行政复议、行政诉讼情况\n",
                "四、政府信息公开行政复议、行政诉讼情况\n2023 年,我局因政府信息公开被申请行政复议 5 件,\n被提起行政诉讼 3 件。\n");

        ParsedText parsed = parser.parse(text);

        assertEquals(5L, parsed.reviewAndLitigation().administrativeReview().total());
    }
}
