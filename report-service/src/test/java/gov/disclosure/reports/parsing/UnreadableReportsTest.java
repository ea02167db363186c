package gov.disclosure.reports.parsing;

import gov.disclosure.report.ReportTemplate;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Texts that are not reports, or lack parts, fail with every missing part named; never with a report of zeros. */
class UnreadableReportsTest {

    private final PublishedTextParser parser = new PublishedTextParser();

    @Test
    void aTextThatIsNoReportLacksEverything() {
        UnreadableReportException e = assertThrows(UnreadableReportException.class,
                () -> parser.parse("关于做好2023年春节期间安全生产工作的通知\n各乡镇人民政府：\n现将有关事项通知如下。\n"));

        // the year is read from the text (2023年); the name, sections 二, 三 and 四 are not there
        assertThat(sections(e), containsInAnyOrder("标题", "二", "三", "四"));
        assertThat(parts(e), hasItem("标题 机关名称: no title naming the agency (…政府信息公开工作年度报告)"));
    }

    @Test
    void aTextThatTakesLongerThanItsBudgetToReadIsRefusedSayingSo() throws IOException {
        PublishedTextParser hurried = new PublishedTextParser(java.time.Duration.ofNanos(1));

        UnreadableReportException e = assertThrows(UnreadableReportException.class,
                () -> hurried.parse(FixtureReportsTest.text("ruzhou-szfb-2024.txt")));

        assertThat(parts(e), contains(containsString("全文 全文: reading the text took longer than")));
        assertNull(e.partial());
    }

    @Test
    void emptyAndNullTextsAreNoReports() {
        for (String text : new String[]{null, "", "   \n\t\n"}) {
            UnreadableReportException e = assertThrows(UnreadableReportException.class, () -> parser.parse(text));
            assertThat(sections(e), containsInAnyOrder("标题", "标题", "二", "三", "四"));
        }
    }

    @Test
    void rowsLeftOutAreZeroWhereTheTableAddsUpWithoutThemAndNamedWhereItDoesNot() throws IOException {
        String text = FixtureReportsTest.text("ruzhou-szfb-2024.txt");
        String without = withoutLines(text, line -> line.contains("2. 其他法律行政法规禁止公开")
                || line.contains("3. 补正后申请内容仍不明确") || line.startsWith("(七) 总计")
                || line.startsWith("行政强制"));

        UnreadableReportException e = assertThrows(UnreadableReportException.class, () -> parser.parse(without));

        // 行政强制 has no total that could tell; （七）总计 held 18; the two empty rows are 0
        assertThat(parts(e), containsInAnyOrder("二 行政强制: row not found",
                "三 （七）总计: not printed, and the table's totals do not say it was empty"));
        assertThat(e.unreadCells(), hasItem("/applications/outcomes/total/total"));
        assertEquals(0, e.partial().numbers().get("applications.outcomes.withheld.prohibitedByLaw.total").signum());
        assertThat(e.partial().notes(), hasItem(containsString("2.其他法律行政法规禁止公开: not printed; the table adds up "
                + "without it: read as 0")));
    }

    @Test
    void rowsLeftOutOfAPdfExtractionWhoseNumbersTheTotalsCannotPlaceAreNamed() throws IOException {
        String text = FixtureReportsTest.text("xinan-example-2023-kangxi.txt");
        String without = withoutLines(text, line -> line.startsWith("1.属于国家秘密") || line.startsWith("3.其他")
                || line.startsWith("⾏政许可"));

        UnreadableReportException e = assertThrows(UnreadableReportException.class, () -> parser.parse(without));

        // the two rows held 1 application between them: which held it, the totals cannot tell
        assertThat(parts(e), containsInAnyOrder("二 行政许可: row not found",
                "三 （三）不予公开 1.属于国家秘密: not printed, and the table's totals do not say it was empty",
                "三 （六）其他处理 3.其他: not printed, and the table's totals do not say it was empty"));
        assertFalse(e.partial().numbers().containsKey("applications.outcomes.withheld.stateSecret.naturalPerson"));
        assertFalse(e.partial().numbers().containsKey("applications.outcomes.otherHandling.other.naturalPerson"));
    }

    @Test
    void aMissingSectionFourIsNamed() throws IOException {
        String text = FixtureReportsTest.text("zhengzhou-zwfwb-2021.txt");
        int start = text.indexOf("#### 四、");
        int end = text.indexOf("#### 五、");
        String without = text.substring(0, start) + text.substring(end);

        UnreadableReportException e = assertThrows(UnreadableReportException.class, () -> parser.parse(without));

        assertEquals(List.of("四 政府信息公开行政复议、行政诉讼情况: no numbers found"), parts(e));
    }

    @Test
    void sectionFourWithNumbersMissingIsNamed() throws IOException {
        String text = FixtureReportsTest.text("xinan-example-2023-pdf.txt").replace("3 1 0 1 5 1 0 0 1 2 0 1 0 0 1", "3 1 0 1 5 1 0 0");

        UnreadableReportException e = assertThrows(UnreadableReportException.class, () -> parser.parse(text));

        assertEquals(1, e.missing().size());
        assertEquals("四", e.missing().get(0).section());
    }

    @Test
    void aRowWithNumbersMissingIsNamedNotZeroFilled() throws IOException {
        String text = FixtureReportsTest.text("xinan-example-2023-pdf.txt").replace("2.重复申请 2 0 0 0 0 1 3", "2.重复申请 2 0 3");

        UnreadableReportException e = assertThrows(UnreadableReportException.class, () -> parser.parse(text));

        assertEquals(List.of("三 " + ReportTemplate.APPLICATIONS.row("outcomes.notProcessed.repeatedApplication").label()),
                e.missing().stream().map(part -> part.section() + " " + part.item()).toList());
    }

    /**
     * Its group's label split over two lines cuts the row off from its numbers: they are not taken for the next row's,
     * nor left out with the row read as empty (the totals would then seem wrong, not the reading).
     */
    @Test
    void aRowCutOffFromItsNumbersIsNamedNotReadAsEmpty() throws IOException {
        String text = FixtureReportsTest.text("ruzhou-szfb-2024.txt").replace(
                "\t(四) 无法提供\t1. 本机关不掌握相关政府信息\t10\t0\t0\t0\t0\t0\t10\n",
                "1. 本机关不掌握相关政府信息\n(四)\t10\t0\t0\t0\t0\t0\t10\n无法提供\n");

        UnreadableReportException e = assertThrows(UnreadableReportException.class, () -> parser.parse(text));

        assertEquals(List.of("三 " + ReportTemplate.APPLICATIONS.row("outcomes.unableToProvide.notHeld").label()),
                e.missing().stream().map(part -> part.section() + " " + part.item()).toList());
        assertThat(e.missing().get(0).detail(), containsString("10 0 0 0 0 0 10 after it"));
    }

    @Test
    void aTitleWithoutAgencyOrYearIsNamed() throws IOException {
        String text = FixtureReportsTest.text("zhengzhou-zwfwb-2021.txt")
                .replace("# 郑州市政务服务办公室", "").replace("2021", "");

        UnreadableReportException e = assertThrows(UnreadableReportException.class, () -> parser.parse(text));

        assertThat(sections(e), containsInAnyOrder("标题", "标题"));
    }

    /** A page of several agencies' reports is not read as the first one with the others taken for its section 六. */
    @Test
    void aTextHoldingTwoReportsIsRefusedRatherThanReadAsTheFirst() throws IOException {
        String text = FixtureReportsTest.text("ruzhou-szfb-2024.txt") + "\n\n"
                + FixtureReportsTest.text("zhoukou-xzfwzx-2021.txt");

        UnreadableReportException e = assertThrows(UnreadableReportException.class, () -> parser.parse(text));

        assertEquals(List.of("全文"), sections(e));
        assertThat(e.getMessage(), containsString("more than one report"));
    }

    /** What a page prints after a report (links to others, its title again) is not a second report. */
    @Test
    void linksToOtherReportsAfterTheLastSectionAreNotASecondReport() throws IOException {
        String text = FixtureReportsTest.text("ruzhou-szfb-2024.txt")
                + "\n上一篇：汝州市人民政府办公室2023年政府信息公开工作年度报告\n"
                + "下一篇：汝州市人民政府办公室2022年政府信息公开工作年度报告\n"
                + "相关阅读\n一、总体情况说明\n汝州市人民政府办公室2024年政府信息公开工作年度报告\n";

        assertEquals(18L, parser.parse(text).applications().newlyReceived().total());
    }

    static List<String> parts(UnreadableReportException e) {
        return e.missing().stream().map(MissingPart::toString).toList();
    }

    private static List<String> sections(UnreadableReportException e) {
        return e.missing().stream().map(MissingPart::section).toList();
    }

    private static String withoutLines(String text, Predicate<String> removed) {
        return text.lines().filter(removed.negate()).collect(Collectors.joining("\n"));
    }
}
