package gov.disclosure.reports.parsing;

import gov.disclosure.report.ApplicantCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.math.BigDecimal;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** How cells that are not plain numbers are read: empty, dashes, 无, separators, numbers in odd places. */
class CellReadingTest {

    private final PublishedTextParser parser = new PublishedTextParser();

    @Test
    void dashesAndNoneInCellsAreZeroWithANote() throws IOException {
        String text = pdf().replace("行政处罚 87", "行政处罚 —").replace("行政强制 4", "行政强制 无")
                .replace("2.重复申请 2 0 0 0 0 1 3", "2.重复申请 2 / 0 - 0 1 3");

        ParsedText parsed = parser.parse(text);

        assertEquals(0L, parsed.proactiveDisclosure().penalties().decisions());
        assertEquals(0L, parsed.proactiveDisclosure().coercion().decisions());
        assertEquals(new ApplicantCounts(2L, 0L, 0L, 0L, 0L, 1L, 3L),
                parsed.applications().outcomes().notProcessed().repeatedApplication());
        assertThat(parsed.notes(), hasItem(containsString("行政处罚: — read as 0")));
        assertThat(parsed.notes(), hasItem(containsString("2.重复申请: / - read as 0")));
    }

    @Test
    void aTabCellOfNoneIsZero() throws IOException {
        String text = FixtureReportsTest.text("ruzhou-szfb-2024.txt").replace("行政许可\t0\t\t", "行政许可\t无\t\t");

        assertEquals(0L, parser.parse(text).proactiveDisclosure().licensing().decisions());
    }

    @Test
    void numbersWithTheirUnitInBracketsOrSaidToBeAboutThemAreNumbers() throws IOException {
        String text = FixtureReportsTest.text("ruzhou-szfb-2024.txt")
                .replace("行政许可\t0\t\t", "行政许可\t12345（件）\t\t")
                .replace("行政处罚\t0\t\t", "行政处罚\t约1200\t\t")
                .replace("行政强制\t0\t\t", "行政强制\t暂无\t\t");

        ParsedText parsed = parser.parse(text);

        assertEquals(12_345L, parsed.proactiveDisclosure().licensing().decisions());
        assertEquals(1_200L, parsed.proactiveDisclosure().penalties().decisions());
        assertEquals(0L, parsed.proactiveDisclosure().coercion().decisions());
    }

    /** 不详 (not known) is not 0: the row is named rather than zero-filled. */
    @ParameterizedTest
    @CsvSource({"不详", "未统计"})
    void wordsWhereARowsNumbersShouldBeMakeItUnreadable(String words) throws IOException {
        String text = FixtureReportsTest.text("ruzhou-szfb-2024.txt").replace("行政许可\t0\t\t", "行政许可\t" + words + "\t\t");

        UnreadableReportException e = assertThrows(UnreadableReportException.class, () -> parser.parse(text));

        assertEquals("二 行政许可: \"" + words + "\" where its numbers should be", e.missing().get(0).toString());
    }

    /** A row printed as a form's field or a CSV line: its numbers follow a separator glued to its label. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"：", ":", "，", ",", "；", "=", "、", "—", "-", " ：", "： "})
    void numbersAfterASeparatorGluedToTheLabelAreItsCells(String separator) throws IOException {
        String text = pdf().replace("行政许可 1260", "行政许可" + separator + "1260件")
                .replace("一、本年新收政府信息公开申请数量 41 6 1 0 2 1 51",
                        "一、本年新收政府信息公开申请数量" + separator + String.join(separator, "41 6 1 0 2 1 51".split(" ")));

        ParsedText parsed = parser.parse(text);

        assertEquals(1260L, parsed.proactiveDisclosure().licensing().decisions());
        assertEquals(51L, parsed.applications().newlyReceived().total());
    }

    /** A Word table's cell that took its neighbour's number: the label's cell ends with it. */
    @Test
    void aNumberAtTheEndOfTheLabelsCellIsItsFirstCell() throws IOException {
        String row = "一、本年新收政府信息公开申请数量\t\t18\t0\t0\t0\t0\t0\t18";
        String text = FixtureReportsTest.text("ruzhou-szfb-2024.txt");
        assertThat(text, containsString(row));

        ParsedText parsed = parser.parse(text.replace(row, "一、本年新收政府信息公开申请数量18\t0\t0\t0\t0\t0\t18"));

        assertEquals(new ApplicantCounts(18L, 0L, 0L, 0L, 0L, 0L, 18L), parsed.applications().newlyReceived());
    }

    @Test
    void aDashAfterASeparatorGluedToTheLabelIsNone() throws IOException {
        String text = pdf().replace("行政处罚 87", "行政处罚：-").replace("行政强制 4", "行政强制：—");

        ParsedText parsed = parser.parse(text);

        assertEquals(0L, parsed.proactiveDisclosure().penalties().decisions());
        assertEquals(0L, parsed.proactiveDisclosure().coercion().decisions());
    }

    /** Read as the label's words, the number would be lost and the row read as empty cells: 0. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"行政许可：12/60", "行政许可：1260，", "行政许可：1260；5", "行政许可：1260元件", "行政许可：第12号"})
    void digitsAfterASeparatorGluedToTheLabelThatAreNotItsNumbersMakeTheRowUnreadable(String row)
            throws IOException {
        String text = pdf().replace("行政许可 1260", row);

        UnreadableReportException e = assertThrows(UnreadableReportException.class, () -> parser.parse(text));

        assertThat(e.missing().toString(), containsString("二 行政许可: "));
    }

    /** The template asks for 万元; an amount printed in 元, by its cell or its column's header, is turned into 万元. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "本年收费金额（单位：万元） | 5000元  | 0.5",
            "本年收费金额（单位：元）   | 1250    | 0.125",
            "本年收费金额（元）         | 300000  | 30",
            "本年收费金额（单位：万元） | 0.5万元 | 0.5",
            "本年收费金额（单位：万元） | 1.2345  | 1.2345"})
    void feesPrintedInYuanAreReadInTenThousands(String header, String printed, BigDecimal amount) throws IOException {
        String text = FixtureReportsTest.text("ruzhou-szfb-2024.txt")
                .replace("本年收费金额（单位：万元）\t\t\n行政事业性收费\t0\t\t", header + "\t\t\n行政事业性收费\t" + printed + "\t\t");

        ParsedText parsed = parser.parse(text);

        assertEquals(amount, parsed.proactiveDisclosure().fees().amount());
        assertEquals(printed.endsWith("万元") || header.contains("万元") && !printed.endsWith("元"),
                parsed.notes().stream().noneMatch(note -> note.contains("printed in 元")), parsed.notes()::toString);
    }

    @Test
    void thousandsSeparatorsAndSpacedThousandsInATabCell() throws IOException {
        String text = FixtureReportsTest.text("ruzhou-szfb-2024.txt")
                .replace("行政许可\t0\t\t", "行政许可\t1 260 000\t\t")
                .replace("行政处罚\t0\t\t", "行政处罚\t12,345\t\t");

        ParsedText parsed = parser.parse(text);

        assertEquals(1_260_000L, parsed.proactiveDisclosure().licensing().decisions());
        assertEquals(12_345L, parsed.proactiveDisclosure().penalties().decisions());
    }

    @Test
    void numbersAPdfPrintedWithASpaceForTheThousandsSeparatorAreJoined() throws IOException {
        String text = pdf().replace("行政许可 1260", "行政许可 1 260")
                .replace("1.本机关不掌握相关政府信息 9 1 0 0 1 0 11", "1.本机关不掌握相关政府信息 1 009 1 0 0 1 0 1 011");

        ParsedText parsed = parser.parse(text);

        assertEquals(1260L, parsed.proactiveDisclosure().licensing().decisions());
        assertEquals(new ApplicantCounts(1009L, 1L, 0L, 0L, 1L, 0L, 1011L),
                parsed.applications().outcomes().unableToProvide().notHeld());
        assertThat(parsed.notes(), hasItem(containsString("thousands separator joined: 1 009 1 011")));
    }

    /** "3 5 100 …": joining 5 100 gives seven numbers, but then the row does not add up: a stray 3, not thousands. */
    @Test
    void spacedNumbersThatJoinIntoARowThatDoesNotAddUpAreNotJoined() throws IOException {
        String text = pdf().replace("1.本机关不掌握相关政府信息 9 1 0 0 1 0 11", "1.本机关不掌握相关政府信息 3 5 100 0 0 0 0 105");

        UnreadableReportException e = assertThrows(UnreadableReportException.class, () -> parser.parse(text));

        assertThat(e.getMessage(), containsString("they do not add up to its total"));
    }

    /** "1 260 … 1 265": either could be one number; which, the row cannot say. */
    @Test
    void spacedNumbersThatJoinInMoreThanOneWayMakeTheRowUnreadable() throws IOException {
        String text = pdf().replace("1.本机关不掌握相关政府信息 9 1 0 0 1 0 11", "1.本机关不掌握相关政府信息 1 260 0 0 5 0 1 265");

        UnreadableReportException e = assertThrows(UnreadableReportException.class, () -> parser.parse(text));

        assertThat(e.getMessage(), containsString("1.本机关不掌握相关政府信息: found 8 numbers where it has 7"));
    }

    /** A table a cell a line keeps its blank cells as lines "|": a row's cells are the lines after its label. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'|,|,|,|,|,|,2 ' | 0 0 0 0 0 0 2",
            "'2 ,|,|,|,|,|,|' | 2 0 0 0 0 0 0",
            "'|,|,1 ,|,|,|,1 ' | 0 0 1 0 0 0 1",
    })
    void blankCellsOfATableACellALineAreWhereTheirLinesAre(String cells, String values) throws IOException {
        String text = PublishedLayoutsTest.text("cell-per-line-2022.txt").replace("(一)予以公开 |\n1 |\n1 |\n|\n|\n|\n|\n2 |\n",
                "(一)予以公开 |\n" + String.join("|\n", cells.replace("|", "").split(",", -1)) + "|\n");

        ApplicantCounts granted = parser.parse(text).applications().outcomes().granted();

        long[] expected = java.util.Arrays.stream(values.split(" ")).mapToLong(Long::parseLong).toArray();
        assertEquals(new ApplicantCounts(expected[0], expected[1], expected[2], expected[3], expected[4], expected[5],
                expected[6]), granted);
    }

    @Test
    void theFeeIsKeptAsPrinted() throws IOException {
        String text = pdf().replace("行政事业性收费 1.2345", "行政事业性收费 1,234.567800");

        assertEquals(new BigDecimal("1234.567800"), parser.parse(text).proactiveDisclosure().fees().amount());
    }

    @Test
    void aFeeWrittenAsNumberAndUnitIsTheNumber() throws IOException {
        String text = pdf().replace("行政事业性收费 1.2345", "行政事业性收费 0.5万元");

        assertEquals(new BigDecimal("0.5"), parser.parse(text).proactiveDisclosure().fees().amount());
    }

    @Test
    void aRowOfEmptyCellsIsZeroWithANote() throws IOException {
        String text = FixtureReportsTest.text("ruzhou-szfb-2024.txt")
                .replace("→→2. 重复申请→1→0→0→0→0→0→1".replace('→', '\t'), "\t\t2. 重复申请\t\t\t\t\t\t\t")
                .replace("→→3. 其他→3→0→0→0→0→0→3→".replace('→', '\t'), "\t3. 其他\t4\t0\t0\t0\t0\t0\t4\t");

        ParsedText parsed = parser.parse(text);

        assertEquals(ApplicantCounts.ZERO, parsed.applications().outcomes().notProcessed().repeatedApplication());
        assertThat(parsed.notes(), hasItem(containsString("2.重复申请: its cells are empty: read as 0")));
    }

    @Test
    void emptyCellsBetweenNumbersOfATabRowAreZero() throws IOException {
        String text = FixtureReportsTest.text("ruzhou-szfb-2024.txt")
                .replace("一、本年新收政府信息公开申请数量\t\t18\t0\t0\t0\t0\t0\t18\t",
                        "一、本年新收政府信息公开申请数量\t\t18\t\t\t\t\t\t18\t");

        ParsedText parsed = parser.parse(text);

        assertEquals(new ApplicantCounts(18L, 0L, 0L, 0L, 0L, 0L, 18L), parsed.applications().newlyReceived());
    }

    @Test
    void numbersPrintedBeforeTheirLabelAreNotGuessedAt() throws IOException {
        String text = pdf().replace("2.重复申请 2 0 0 0 0 1 3", "2 0 0 0 0 1 3\n2.重复申请");

        UnreadableReportException e = assertThrows(UnreadableReportException.class, () -> parser.parse(text));

        // they follow the row above, which then has 14 numbers
        assertEquals(1, e.missing().size());
        assertThat(e.missing().get(0).item(), containsString("信访举报投诉类申请"));
        assertThat(e.missing().get(0).detail(), containsString("found 14 numbers where it has 7"));
    }

    @Test
    void numbersBeforeARowsLabelAreItsOwnWhereTheTableAddsUpWithThem() throws IOException {
        String text = pdf().replace("2.重复申请 2 0 0 0 0 1 3", "2 0 0 0 0 1 3\n2.重复申请")
                .replace("1.信访举报投诉类申请 3 0 0 0 0 0 3", "1.信访举报投诉类申请 3 0 0 0 0 0 3\n（注）");

        ParsedText parsed = parser.parse(text);

        assertEquals(new ApplicantCounts(2L, 0L, 0L, 0L, 0L, 1L, 3L),
                parsed.applications().outcomes().notProcessed().repeatedApplication());
        assertThat(parsed.notes(), hasItem(containsString("2.重复申请: the table's arithmetic confirms it")));
    }

    @Test
    void numbersNoRowClaimsThatDoNotAddUpWithARowMakeItUnreadable() throws IOException {
        String text = pdf().replace("2.重复申请 2 0 0 0 0 1 3", "2 0 0 0 0 1 9\n2.重复申请")
                .replace("1.信访举报投诉类申请 3 0 0 0 0 0 3", "1.信访举报投诉类申请 3 0 0 0 0 0 3\n（注）");

        UnreadableReportException e = assertThrows(UnreadableReportException.class, () -> parser.parse(text));

        assertEquals(1, e.missing().size());
        assertThat(e.missing().get(0).item(), containsString("重复申请"));
        assertThat(e.missing().get(0).detail(), containsString("does not add up"));
    }

    @Test
    void aRowWithItsNumbersCutByTextIsNotReadAsZeros() throws IOException {
        String text = pdf().replace("2.重复申请 2 0 0 0 0 1 3", "2.重复申请 0 0 0\n新安县示例局\n2 0 0 1");

        UnreadableReportException e = assertThrows(UnreadableReportException.class, () -> parser.parse(text));

        assertEquals(1, e.missing().size());
        assertThat(e.missing().get(0).item(), containsString("重复申请"));
        assertThat(e.missing().get(0).detail(), containsString("does not add up"));
    }

    /** A PDF's cells too narrow for a gap: two neighbouring numbers of a row run together, cut where the row adds up. */
    @Test
    void twoNeighbouringCellsRunTogetherAreCutWhereTheRowAddsUp() throws IOException {
        String text = FixtureReportsTest.text("xinan-example-2023-pdf.txt")
                .replace("1.本机关不掌握相关政府信息 9 1 0 0 1 0 11", "1.本机关不掌握相关政府信息 91 0 0 1 0 11");

        ParsedText parsed = parser.parse(text);

        assertEquals(new ApplicantCounts(9L, 1L, 0L, 0L, 1L, 0L, 11L),
                parsed.applications().outcomes().unableToProvide().notHeld());
    }

    @Test
    void aNegativeOrFractionalCountIsNotACount() throws IOException {
        String text = pdf().replace("行政处罚 87", "行政处罚 -87").replace("行政强制 4", "行政强制 4.5");

        UnreadableReportException e = assertThrows(UnreadableReportException.class, () -> parser.parse(text));

        assertEquals(2, e.missing().size());
        assertThat(e.missing().get(0).detail(), containsString("not a count"));
    }

    @Test
    void anEmptyReviewTableUnderItsHeaderIsZero() throws IOException {
        String text = pdf().replace("3 1 0 1 5 1 0 0 1 2 0 1 0 0 1", "");

        ParsedText parsed = parser.parse(text);

        assertEquals(0L, parsed.reviewAndLitigation().administrativeReview().total());
        assertThat(parsed.notes(), hasItem(containsString("四: the table's cells are empty")));
    }

    @Test
    void reviewNumbersSplitOverLinesOrPrintedAfterEachGroup() throws IOException {
        String split = pdf().replace("3 1 0 1 5 1 0 0 1 2 0 1 0 0 1", "3 1 0 1 5\n1 0 0 1 2\n\n0 1 0 0 1");
        String grouped = pdf().replace("3 1 0 1 5 1 0 0 1 2 0 1 0 0 1",
                "行政复议 3 1 0 1 5\n未经复议直接起诉 1 0 0 1 2\n复议后起诉 0 1 0 0 1");

        for (String text : new String[]{split, grouped}) {
            ParsedText parsed = parser.parse(text);
            assertEquals(5L, parsed.reviewAndLitigation().administrativeReview().total());
            assertEquals(2L, parsed.reviewAndLitigation().litigationDirect().total());
            assertEquals(1L, parsed.reviewAndLitigation().litigationAfterReview().corrected());
        }
    }

    @Test
    void aPageNumberInsideATableIsNotACell() throws IOException {
        String text = pdf().replace("4.保护第三方合法权益 2 0 0 0 0 0 2", "4.保护第三方合法权益\n- 3 -\n2 0 0 0 0 0 2")
                .replace("6.属于四类过程性信息 1 1 0 0 0 0 2", "6.属于四类过程性信息\n第 4 页\n1 1 0 0 0 0 2");

        ParsedText parsed = parser.parse(text);

        assertEquals(2L, parsed.applications().outcomes().withheld().thirdPartyRights().total());
        assertEquals(2L, parsed.applications().outcomes().withheld().processInformation().total());
    }

    @Test
    void tablesAreFoundWithoutTheirHeadingsAndThatIsNoted() throws IOException {
        String text = pdf().replace("二、主动公开政府信息情况\n", "").replace("三、收到和处理政府信息公开申请情况\n", "")
                .replace("四、政府信息公开行政复议、行政诉讼情况\n", "");

        ParsedText parsed = parser.parse(text);

        assertEquals(1260L, parsed.proactiveDisclosure().licensing().decisions());
        assertEquals(52L, parsed.applications().outcomes().total().total());
        assertEquals(5L, parsed.reviewAndLitigation().administrativeReview().total());
        assertThat(parsed.notes(), hasItem(containsString("二: no heading 主动公开政府信息情况")));
        assertThat(parsed.notes(), hasItem(containsString("四: no heading")));
    }

    private static String pdf() throws IOException {
        return FixtureReportsTest.text("xinan-example-2023-pdf.txt");
    }
}
