package gov.disclosure.reports.parsing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    })
    void readsTheTitle(String title, String agency, int year) throws IOException {
        String text = body().replace("新安县示例局2023年政府信息公开工作年度报告", title.replace("\\n", "\n"));

        ParsedText parsed = parser.parse(text);

        assertEquals(agency, parsed.agencyName());
        assertEquals(year, parsed.year());
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
