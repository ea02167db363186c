package gov.disclosure.reports.parsing;

import gov.disclosure.report.ReviewAndLitigation;
import gov.disclosure.report.ReviewCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Section 四 laid out other than as one row of 15 numbers. */
class ReviewTableTest {

    private static final ReviewAndLitigation EXPECTED = new ReviewAndLitigation(new ReviewCounts(3L, 1L, 0L, 1L, 5L),
            new ReviewCounts(1L, 0L, 0L, 1L, 2L), new ReviewCounts(0L, 1L, 0L, 0L, 1L));

    private final PublishedTextParser parser = new PublishedTextParser();

    @Test
    void oneNumberALineUnderItsLabels() throws IOException {
        String table = """
                行政复议
                结果维持\t3
                结果纠正\t1
                其他结果\t0
                尚未审结\t1
                总计\t5
                行政诉讼（未经复议直接起诉）
                结果维持\t1
                结果纠正\t0
                其他结果\t0
                尚未审结\t1
                总计\t2
                行政诉讼（复议后起诉）
                结果维持\t0
                结果纠正\t1
                其他结果\t0
                尚未审结\t0
                总计\t1
                """;

        assertEquals(EXPECTED, parser.parse(withReviewTable(table)).reviewAndLitigation());
    }

    @Test
    void aTableTurnedOnItsSideIsReadByItsLabels() throws IOException {
        String table = """
                \t行政复议\t行政诉讼（未经复议直接起诉）\t行政诉讼（复议后起诉）
                结果维持\t3\t1\t0
                结果纠正\t1\t0\t1
                其他结果\t0\t0\t0
                尚未审结\t1\t1\t0
                总计\t5\t2\t1
                """;

        ParsedText parsed = parser.parse(withReviewTable(table));

        assertEquals(EXPECTED, parsed.reviewAndLitigation());
        assertThat(parsed.notes().toString(), containsString("the groups as columns"));
    }

    @Test
    void aTableOnItsSideWhoseColumnsAreNotNamedIsUnreadable() throws IOException {
        String table = """
                结果维持\t3\t1\t0
                结果纠正\t1\t0\t1
                其他结果\t0\t0\t0
                尚未审结\t1\t1\t0
                总计\t5\t2\t1
                """;

        UnreadableReportException e = assertThrows(UnreadableReportException.class,
                () -> parser.parse(withReviewTable(table)));

        assertThat(e.getMessage(), containsString("which is which is unclear"));
    }

    /** Small agencies often say in a sentence that there were no cases, instead of printing a table of zeros. */
    @ParameterizedTest
    @ValueSource(strings = {"本年度，我单位未发生因政府信息公开引起的行政复议、行政诉讼案件。",
            "2023年度，本机关未收到政府信息公开行政复议申请，未发生行政诉讼。", "无。"})
    void aSectionSayingThereWereNoCasesIsZero(String statement) throws IOException {
        ParsedText parsed = parser.parse(withReviewTable(statement));

        ReviewCounts none = new ReviewCounts(0L, 0L, 0L, 0L, 0L);
        assertEquals(new ReviewAndLitigation(none, none, none), parsed.reviewAndLitigation());
        assertThat(parsed.notes().toString(), containsString("the section says there were none"));
    }

    /** A sentence with a number is not a table: it is not guessed at. */
    @ParameterizedTest
    @ValueSource(strings = {"本年度发生行政复议1起，已审结。", "本年度行政复议、行政诉讼情况见附件。"})
    void aSectionTellingOfCasesInWordsIsUnreadable(String statement) {
        UnreadableReportException e = assertThrows(UnreadableReportException.class,
                () -> parser.parse(withReviewTable(statement)));

        assertEquals("四", e.missing().get(0).section());
    }

    private static String withReviewTable(String table) throws IOException {
        String text = FixtureReportsTest.text("xinan-example-2023-pdf.txt");
        int start = text.indexOf("四、政府信息公开行政复议、行政诉讼情况");
        int end = text.indexOf("五、存在的主要问题及改进情况");
        return text.substring(0, start) + "四、政府信息公开行政复议、行政诉讼情况\n" + table + "\n" + text.substring(end);
    }
}
