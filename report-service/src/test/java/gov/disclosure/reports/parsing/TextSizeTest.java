package gov.disclosure.reports.parsing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A text is counted before it is read, and one far larger than any report is refused unread. */
class TextSizeTest {

    private final PublishedTextParser parser = new PublishedTextParser();

    @Test
    void linesPiecesAndNumbersAreCounted() {
        assertEquals(new TextSize(3, 7, 5), TextSize.of("行政许可\t12\t3\n（一）1.5 件\n\u3000合计 ２０"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ruzhou-szfb-2024.txt", "zhoukou-xzfwzx-2021.txt", "zhengzhou-zwfwb-2021.txt",
            "xinan-example-2023-pdf.txt", "xinan-example-2023-kangxi.txt"})
    void aReportIsTwentyTimesWithinEveryCount(String fixture) throws IOException {
        TextSize size = TextSize.of(FixtureReportsTest.text(fixture));

        assertNull(size.tooLarge());
        assertThat(size.numbers() * 20, lessThan(TextSize.MAX_NUMBERS));
        assertThat(size.lines() * 20, lessThan(TextSize.MAX_LINES));
        assertThat(size.pieces() * 20, lessThan(TextSize.MAX_PIECES));
    }

    @Test
    void aTextOfMoreNumbersThanAnyReportIsRefusedSayingHowMany() {
        UnreadableReportException refused = assertThrows(UnreadableReportException.class,
                () -> parser.parse("1\t".repeat(125_000)));

        assertThat(refused.getMessage(), containsString("the text has 125000 numbers"));
    }

    @Test
    void aTextOfMoreLinesOrWordsThanAnyReportIsRefused() {
        assertThat(assertThrows(UnreadableReportException.class, () -> parser.parse("（一）\n".repeat(30_000)))
                .getMessage(), containsString("30001 lines"));
        assertThat(assertThrows(UnreadableReportException.class, () -> parser.parse("合 ".repeat(150_000)))
                .getMessage(), containsString("150000 words or cells"));
    }
}
