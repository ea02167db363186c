package gov.disclosure.reports.parsing;

import gov.disclosure.report.ApplicantCounts;
import gov.disclosure.report.ApplicationRow;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

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

    /** Rows with their label in the second cell put their values in the cells after it: so does one with blanks. */
    @Test
    void blankCellsOfATabRowAreWhereCompleteRowsOfItsShapeHaveTheirValues() throws IOException {
        String text = FixtureReportsTest.text("ruzhou-szfb-2024.txt").replace(
                "(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)\t0\t0\t0\t0\t0\t0\t0\t",
                "(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)\t\t\t2\t\t\t\t\t");

        ParsedText parsed = parser.parse(text);

        assertEquals(new ApplicantCounts(0L, 0L, 2L, 0L, 0L, 0L, 0L), parsed.applications().outcomes().partiallyGranted());
    }

    /**
     * "5. 要求…\t\t5\t\t…\t": rows starting at the line's start have a leading empty cell or not, and end with one
     * or two empty cells: which cell the 5 is in cannot be told (it was read as a commercial enterprise's before).
     */
    @Test
    void blankCellsWhoseColumnCannotBeToldMakeTheRowUnreadable() throws IOException {
        String text = FixtureReportsTest.text("ruzhou-szfb-2024.txt").replace(
                "5. 要求行政机关确认或重新出具已获取信息\t\t0\t0\t0\t0\t0\t0\t0\t",
                "5. 要求行政机关确认或重新出具已获取信息\t\t5\t\t\t\t\t\t\t");

        UnreadableReportException e = assertThrows(UnreadableReportException.class, () -> parser.parse(text));

        assertEquals(List.of(ApplicationRow.CONFIRMATION_REQUESTED.label()), e.missing().stream().map(MissingPart::item).toList());
    }

    @Test
    void theReportsNameRepeatedAtTheTopOfAPageIsDroppedEvenInsideARow() throws IOException {
        String text = FixtureReportsTest.text("xinan-example-2023-pdf.txt").replace(
                "（二）部分公开（区分处理的，只计这一情形，不计\n",
                "（二）部分公开（区分处理的，只计这一情形，不计\n- 3 -\n新安县示例局 2023 年政府信息公开工作年度报告\n");

        ParsedText parsed = parser.parse(text);

        assertEquals(new ApplicantCounts(4L, 1L, 0L, 0L, 0L, 0L, 5L), parsed.applications().outcomes().partiallyGranted());
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
