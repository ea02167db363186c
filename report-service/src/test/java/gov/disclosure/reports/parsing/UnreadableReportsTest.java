package gov.disclosure.reports.parsing;

import gov.disclosure.report.ApplicationRow;
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
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertThat(e.missing(), hasItem(new MissingPart("标题", "机关名称",
                "no title naming the agency (…政府信息公开工作年度报告)")));
    }

    @Test
    void emptyAndNullTextsAreNoReports() {
        for (String text : new String[]{null, "", "   \n\t\n"}) {
            UnreadableReportException e = assertThrows(UnreadableReportException.class, () -> parser.parse(text));
            assertThat(sections(e), containsInAnyOrder("标题", "标题", "二", "三", "四"));
        }
    }

    @Test
    void rowsRemovedFromATabSeparatedTableAreNamedWithTheirSection() throws IOException {
        String text = FixtureReportsTest.text("ruzhou-szfb-2024.txt");
        String without = withoutLines(text, line -> line.contains("2. 其他法律行政法规禁止公开")
                || line.contains("3. 补正后申请内容仍不明确") || line.startsWith("(七) 总计")
                || line.startsWith("行政强制"));

        UnreadableReportException e = assertThrows(UnreadableReportException.class, () -> parser.parse(without));

        assertThat(e.missing(), containsInAnyOrder(
                new MissingPart("二", "行政强制", TableReader.NOT_FOUND),
                new MissingPart("三", ApplicationRow.PROHIBITED_BY_LAW.label(), TableReader.NOT_FOUND),
                new MissingPart("三", ApplicationRow.UNCLEAR_AFTER_CORRECTION.label(), TableReader.NOT_FOUND),
                new MissingPart("三", ApplicationRow.OUTCOMES_TOTAL.label(), TableReader.NOT_FOUND)));
    }

    @Test
    void rowsRemovedFromAPdfExtractionAreNamedWithTheirSection() throws IOException {
        String text = FixtureReportsTest.text("xinan-example-2023-kangxi.txt");
        String without = withoutLines(text, line -> line.startsWith("1.属于国家秘密") || line.startsWith("3.其他")
                || line.startsWith("⾏政许可"));

        UnreadableReportException e = assertThrows(UnreadableReportException.class, () -> parser.parse(without));

        assertThat(e.missing(), containsInAnyOrder(
                new MissingPart("二", "行政许可", TableReader.NOT_FOUND),
                new MissingPart("三", ApplicationRow.STATE_SECRET.label(), TableReader.NOT_FOUND),
                new MissingPart("三", ApplicationRow.OTHER.label(), TableReader.NOT_FOUND)));
    }

    @Test
    void aMissingSectionFourIsNamed() throws IOException {
        String text = FixtureReportsTest.text("zhengzhou-zwfwb-2021.txt");
        int start = text.indexOf("#### 四、");
        int end = text.indexOf("#### 五、");
        String without = text.substring(0, start) + text.substring(end);

        UnreadableReportException e = assertThrows(UnreadableReportException.class, () -> parser.parse(without));

        assertEquals(List.of(new MissingPart("四", "政府信息公开行政复议、行政诉讼情况", "no numbers found")), e.missing());
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

        assertEquals(List.of("三 " + ApplicationRow.REPEATED_APPLICATION.label()),
                e.missing().stream().map(part -> part.section() + " " + part.item()).toList());
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

    /** Random rows left out of generated reports: exactly those are named, in every layout. */
    @TestFactory
    Stream<DynamicTest> rowsLeftOutOfGeneratedReportsAreExactlyTheOnesNamed() {
        return LongStream.range(5_000, 5_000 + 150).boxed().flatMap(seed -> Stream.of(ReportRenderer.Layout.values())
                .map(layout -> DynamicTest.dynamicTest("seed " + seed + " " + layout, () -> {
                    Random random = new Random(seed);
                    TemplateFormat format = random.nextInt(4) == 0 ? TemplateFormat.FORMAT_2019 : TemplateFormat.FORMAT_2021;
                    GeneratedReport report = new GeneratedReport(seed, format);
                    Set<ApplicationRow> omitted = omittedRows(random, format);
                    Set<String> omittedProactive = random.nextBoolean() ? Set.of("行政处罚") : Set.of();
                    boolean omitReview = random.nextInt(5) == 0;
                    String text = ReportRenderer.render(report, ReportRenderer.Options.of(layout, random.nextBoolean(), random)
                            .omitting(omitted, omittedProactive, omitReview));

                    UnreadableReportException e = assertThrows(UnreadableReportException.class,
                            () -> parser.parse(text), () -> report + " " + layout + " left out " + omitted + "\n" + text);

                    Set<String> expected = new LinkedHashSet<>();
                    omittedProactive.forEach(row -> expected.add("二 " + row));
                    omitted.forEach(row -> expected.add("三 " + label(row, format)));
                    if (omitReview) {
                        expected.add("四 政府信息公开行政复议、行政诉讼情况");
                    }
                    assertEquals(expected, e.missing().stream().map(part -> part.section() + " " + part.item())
                            .collect(Collectors.toCollection(LinkedHashSet::new)), () -> report + " " + layout + "\n" + text);
                })));
    }

    private static Set<ApplicationRow> omittedRows(Random random, TemplateFormat format) {
        List<ApplicationRow> rows = new ArrayList<>(EnumSet.allOf(ApplicationRow.class));
        if (format == TemplateFormat.FORMAT_2019) {
            rows.remove(ApplicationRow.CORRECTION_OVERDUE);
            rows.remove(ApplicationRow.FEE_UNPAID);
        }
        Set<ApplicationRow> omitted = EnumSet.noneOf(ApplicationRow.class);
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            omitted.add(rows.get(random.nextInt(rows.size())));
        }
        return omitted;
    }

    private static String label(ApplicationRow row, TemplateFormat format) {
        return format == TemplateFormat.FORMAT_2019 && row == ApplicationRow.OTHER
                ? ApplicationsReader.OTHER_HANDLING_2019 : row.label();
    }

    private static List<String> sections(UnreadableReportException e) {
        return e.missing().stream().map(MissingPart::section).toList();
    }

    private static String withoutLines(String text, Predicate<String> removed) {
        return text.lines().filter(removed.negate()).collect(Collectors.joining("\n"));
    }
}
