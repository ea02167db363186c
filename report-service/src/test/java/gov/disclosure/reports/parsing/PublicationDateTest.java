package gov.disclosure.reports.parsing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.time.LocalDate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** When a published text says the report was published: its 发布时间 line, or the date under its signature. */
class PublicationDateTest {

    private final PublishedTextParser parser = new PublishedTextParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "发布时间：2025-01-20 10:32:00 | | 2025-01-20",
            "发布日期: 2025年1月8日 | | 2025-01-08",
            " | 汝州市人民政府办公室\\n2025年1月20日 | 2025-01-20",
            " | 汝州市人民政府办公室\\n二〇二五年一月二十日 | 2025-01-20",
            " | 汝州市人民政府办公室\\n2025 年 3 月 31 日 | 2025-03-31",
    })
    void theDateTheTextGivesIsTaken(String metadata, String signature, LocalDate expected) throws IOException {
        ParsedText parsed = parser.parse(text(metadata, signature));

        assertEquals(expected, parsed.publishedOn());
        assertThat(parsed.notes(), hasItem(org.hamcrest.Matchers.containsString("published on " + expected)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "发布时间：2023-12-01 | ",
            " | 汝州市人民政府办公室\\n2099年1月20日",
            " | 2025年1月20日\\n汝州市人民政府办公室\\n联系电话：0375-1234567\\n地址：汝州市广成路\\n邮编：467599",
    })
    void aDateBeforeTheReportsYearAfterTodayOrNotUnderTheSignatureIsNotTaken(String metadata, String signature)
            throws IOException {
        assertNull(parser.parse(text(metadata, signature)).publishedOn());
    }

    @Test
    void aTextThatSaysNothingHasNoDate() throws IOException {
        assertNull(parser.parse(FixtureReportsTest.text("ruzhou-szfb-2024.txt")).publishedOn());
    }

    private static String text(String metadata, String signature) throws IOException {
        String text = FixtureReportsTest.text("ruzhou-szfb-2024.txt");
        String before = metadata == null ? "" : metadata.strip() + "\n\n";
        String after = signature == null ? "" : "\n\n" + signature.strip().replace("\\n", "\n") + "\n";
        return before + text + after;
    }
}
