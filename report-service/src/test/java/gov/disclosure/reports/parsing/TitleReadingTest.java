package gov.disclosure.reports.parsing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The agency and the year, from the title in its many forms, or from the overview. */
class TitleReadingTest {

    private final PublishedTextParser parser = new PublishedTextParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "新安县示例局2023年政府信息公开工作年度报告 | 新安县示例局 | 2023",
            "2023年度新安县示例局政府信息公开工作年度报告 | 新安县示例局 | 2023",
            "新安县示例局关于2023年度政府信息公开工作的年度报告 | 新安县示例局 | 2023",
            "新安县示例局二〇二三年政府信息公开工作年度报告 | 新安县示例局 | 2023",
            "《新安县示例局2023年政府信息公开工作年度报告》 | 新安县示例局 | 2023",
            "新 安 县 示 例 局 2023 年 政 府 信 息 公 开 工 作 年 度 报 告 | 新安县示例局 | 2023",
            "新安县示例局2023年政府信息公开工作年度报\\n告 | 新安县示例局 | 2023",
            "新安县示例局\\n2023年政府信息公开工作年度报告 | 新安县示例局 | 2023",
            "新安县示例局政府信息公开工作年度报告\\n（2023年度） | 新安县示例局 | 2023",
            "首页 > 政务公开 > 政府信息公开年报\\n标题: 新安县示例局2023年政府信息公开工作年度报告 | 新安县示例局 | 2023",
            "首页 > 信息公开 > 新安县示例局2023年政府信息公开工作年度报告 | 新安县示例局 | 2023",
            "Page 3 - 新安县示例局2023年政府信息公开工作年度报告 | 新安县示例局 | 2023",
            "新安县政务公开办公室2023年政府信息公开工作年度报告 | 新安县政务公开办公室 | 2023",
            "新安县示例局2023年政府信息公开年报 | 新安县示例局 | 2023",
            "## 新安县⽰例局２０２３年政府信息公开⼯作年度报告 | 新安县示例局 | 2023",
            "新安县示例局\\n2023政府信息公开工作年度报告 | 新安县示例局 | 2023",
            "新安县示例局2023政府信息公开工作年度报告 | 新安县示例局 | 2023",
            "新安县示例局2023年政府信息公开 工作告年度报 | 新安县示例局 | 2023",
            "当前位置: 首页 > 政务公开 > 其他 > 年度信息公开报告\\n新安县示例局2023年政府信息公开工作年度报告 | 新安县示例局 | 2023",
            "无障碍 关怀版\\n首页 > 县卫健委 > 信息公开年度报告\\n新安县示例局2023年政府信息公开工作年度报告 | 新安县示例局 | 2023",
            "将乐县示例局2023年政府信息公开工作年度报告 | 将乐县示例局 | 2023",
            "新安县示例局\\n（2023年度）政府信息公开工作年度报告 | 新安县示例局 | 2023",
            "新安县示例局\\n\\n\\n\\n2023年政府信息公开工作年度报告 | 新安县示例局 | 2023",
            "新安县示例局政府信息公开工作年度报告\\n\\n\\n（2023年度） | 新安县示例局 | 2023",
            "新安县示例局2023年政府信息公开工作年度报\\n\\n告 | 新安县示例局 | 2023",
    })
    void readsTheTitle(String title, String agency, int year) throws IOException {
        String text = body().replace("新安县示例局2023年政府信息公开工作年度报告", title.replace("\\n", "\n"));

        ParsedText parsed = parser.parse(text);

        assertEquals(agency, parsed.agencyName());
        assertEquals(year, parsed.year());
    }

    /** A narrow page (A5, large type) wraps a title wherever its line is full, also inside its year or subject. */
    @ParameterizedTest
    @MethodSource("titlesWrappedAfterTheName")
    void readsATitleWrappedAnywhereAfterTheName(String wrapped) throws IOException {
        String text = body().replace("新安县示例局2023年政府信息公开工作年度报告", wrapped);

        ParsedText parsed = parser.parse(text);

        assertEquals("新安县示例局", parsed.agencyName());
        assertEquals(2023, parsed.year());
    }

    static Stream<String> titlesWrappedAfterTheName() {
        return Stream.of("新安县示例局2023年政府信息公开工作年度报告", "新安县示例局 2023 年政府信息公开工作年度报告",
                        "新安县示例局关于2023年度政府信息公开工作的年度报告", "新安县示例局2023年政务公开工作年度报告")
                .flatMap(title -> IntStream.range("新安县示例局".length(), title.length())
                        .mapToObj(at -> title.substring(0, at) + "\n" + title.substring(at)));
    }

    /** Wrapped inside the name, the title's second line alone names a part of it: the text's signature says which. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void aTitleWrappedInsideTheNameIsJoinedWhereTheTextNamesTheAgencySoElsewhere(int at) throws IOException {
        String title = "新安县示例局2023年政府信息公开工作年度报告";
        String text = body().replace(title, title.substring(0, at) + "\n" + title.substring(at)) + "\n新安县示例局\n2024年1月20日\n";

        assertEquals("新安县示例局", parser.parse(text).agencyName());
    }

    @Test
    void aPlaceOnTheLineAboveATitleWhoseNameHasNoneIsPartOfTheName() throws IOException {
        String text = body().replace("新安县示例局2023年", "新安县\n示例局2023年");

        assertEquals("新安县示例局", parser.parse(text).agencyName());
    }

    @Test
    void theSitesNameAboveTheTitleIsNotPartOfTheAgencysName() throws IOException {
        String text = "新安县人民政府门户网站\n" + body() + "\n新安县示例局\n2024年1月20日\n";

        assertEquals("新安县示例局", parser.parse(text).agencyName());
    }

    @Test
    void aNameGivenByTheCallerIsUsedInsteadOfTheTexts() throws IOException {
        ParsedText parsed = parser.parse(body(), "新安县示例局办公室");

        assertEquals("新安县示例局办公室", parsed.agencyName());
        assertEquals(2023, parsed.year());
        assertTrue(parsed.notes().contains("标题: the text names 新安县示例局; the name given, 新安县示例局办公室, is used"),
                parsed.notes()::toString);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2023年，我局主动公开政府信息386条。2023年度共收到申请51件。2024年1月将继续。 | 2023",
            "2022年度，我局主动公开信息。2022年，共收到申请。2023年，将加强培训。 | 2022",
    })
    void withoutAYearInTheTitleTheYearIsTheOneTheOverviewNamesMost(String overview, int year) throws IOException {
        String text = body().replace("新安县示例局2023年政府信息公开工作年度报告", "新安县示例局政府信息公开工作年度报告")
                .replace("2023年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息386条。", overview);

        assertEquals(year, parser.parse(text).year());
    }

    /** Without a title line, a sentence naming the report names the agency; a page's publisher line does next. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "现将新安县示例局2023年政府信息公开工作年度报告公布如下。 | 新安县示例局",
            "根据《条例》,特向社会公布2023年度新安县示例局政府信息公开工作年度报告。 | 新安县示例局",
            "现发布《新安县示例局2023年政府信息公开工作年度报告》。 | 新安县示例局",
            "发布机构：新安县示例局 | 新安县示例局",
            "索 引 号 113310/2024-104757 公开方式 主动公开\\n成文日期 2024-01-16 发布机构 新安县示例局 | 新安县示例局",
            "发布单位: 新安县示例局 主题分类: 政务公开\\n时间:2024-01-22 来源:新安县人民政府办公室 | 新安县示例局",
            "时间:2024-01-22 17:28 来源:新安县示例局 浏览次数: | 新安县示例局",
    })
    void withoutATitleTheAgencyIsTheOneASentenceOrThePublisherLineNames(String opening, String agency) throws IOException {
        ParsedText parsed = parser.parse(withoutTitle(opening.replace("\\n", "\n")));

        assertEquals(agency, parsed.agencyName());
        assertEquals(2023, parsed.year());
        assertTrue(parsed.notes().stream().anyMatch(note -> note.startsWith("标题: no title line")), parsed.notes()::toString);
    }

    /** Sentences about the agency itself (我局), last year's report, or a clause without a name name no agency. */
    @ParameterizedTest
    @ValueSource(strings = {
            "现公布我局2023年度政府信息公开工作年度报告。",
            "本报告所列数据统计期限为2023年度。上年按规定发布了新安县示例局2022年度政府信息公开年报。",
            "结合新安县示例局政府信息公开工作实际,现编制2023年政府信息公开工作年度报告。",
            "来源:新安县示例局 发布机构:新安县政务公开办公室 发布机构:新安县示例局",
            "文章来源:办公室 | 添加时间:2024-01-25 |",
            "现公布区统计局2023年政府信息公开工作年度报告。",
            "根据《新安县政务公开办公室关于2023年度政府信息公开工作年度报告编制工作的通知》要求编制本报告。",
            "根据《新安县人民政府办公室关于做好2023年政府信息公开工作年度报告编制发布工作的通知》,编制本报告。",
    })
    void sentencesAndLinesThatDoNotNameTheAgencyAreNotTaken(String opening) throws IOException {
        UnreadableReportException e = assertThrows(UnreadableReportException.class,
                () -> parser.parse(withoutTitle(opening)));

        assertEquals(List.of("标题 机关名称"), e.missing().stream().map(part -> part.section() + " " + part.item()).toList());
    }

    private static String withoutTitle(String opening) throws IOException {
        return body().replace("新安县示例局2023年政府信息公开工作年度报告\n", opening + "\n");
    }

    @org.junit.jupiter.api.Test
    void aTableOfContentsBeforeTheSectionsIsNotTheirHeadings() throws IOException {
        String contents = "新安县示例局2023年政府信息公开工作年度报告\n目录\n一、总体情况\n二、主动公开政府信息情况\n"
                + "三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n"
                + "六、其他需要报告的事项\n";
        String text = body().replace("新安县示例局2023年政府信息公开工作年度报告\n", contents);

        ParsedText parsed = parser.parse(text);

        assertEquals("新安县示例局", parsed.agencyName());
        assertEquals(1260L, parsed.proactiveDisclosure().licensing().decisions());
        assertEquals("2023年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息386条。",
                parsed.narrative().overview());
    }

    private static String body() throws IOException {
        return FixtureReportsTest.text("xinan-example-2023-pdf.txt");
    }
}
