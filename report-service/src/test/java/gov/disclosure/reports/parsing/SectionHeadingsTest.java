package gov.disclosure.reports.parsing;

import gov.disclosure.reports.parsing.text.Line;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Headings as reports word and number them. */
class SectionHeadingsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "二、主动公开政府信息情况 | PROACTIVE_DISCLOSURE",
            "二、行政机关主动公开政府信息情况 | PROACTIVE_DISCLOSURE",
            "三、行政机关收到和处理政府信息公开申请情况 | APPLICATIONS",
            "五、存在问题及改进情况 | PROBLEMS",
            "五、存在的问题及改进措施 | PROBLEMS",
            "四、存在的问题及改进情况 | PROBLEMS",
            "五、其他需要报告的事项 | OTHER_MATTERS",
            "四、因政府信息公开工作被申请行政复议提起行政诉讼情况 | REVIEW_AND_LITIGATION",
    })
    void headingsWordedAndNumberedAsReportsDoAreFound(String line, Section section) {
        assertEquals(section, SectionSplitter.heading(new Line(0, line)).section());
    }

    /** Table rows numbered like headings, and sub-headings of 一 numbered like sections, are not headings. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "四、结转下年度继续办理 0 0 0 0 0 0 0",
            "三、本年度办理结果",
            "二、依申请公开情况",
            "四、政府信息管理情况",
    })
    void rowsAndSubHeadingsAreNoHeadings(String line) {
        assertEquals(null, SectionSplitter.heading(new Line(0, line)));
    }
}
