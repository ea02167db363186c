package gov.disclosure.reports.parsing;

import gov.disclosure.report.AnnualReport;
import gov.disclosure.report.ReportNumbers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What copying, converting and sending a text does to it, which a person reading it would not notice: other line
 * endings, a byte-order mark, no-break and ideographic spaces, zero-width and soft-hyphen characters, HTML's
 * {@code &nbsp;}, doubled blank lines, full-width digits, tabs turned into runs of spaces or pipes. Each fixture reads
 * to the same report through each.
 */
class TransportArtifactsTest {

    private static final Map<String, UnaryOperator<String>> ARTIFACTS = Map.ofEntries(
            Map.entry("CRLF line endings", text -> text.replace("\n", "\r\n")),
            Map.entry("CR line endings", text -> text.replace("\n", "\r")),
            Map.entry("byte-order mark", text -> "\uFEFF" + text),
            Map.entry("no-break spaces", text -> text.replace(' ', '\u00A0')),
            Map.entry("ideographic spaces", text -> text.replace(' ', '\u3000')),
            Map.entry("zero-width spaces", text -> text.replace("政府信息", "政府\u200B信息")),
            Map.entry("soft hyphens", text -> text.replace("申请", "申\u00AD请")),
            Map.entry("&nbsp; entities", text -> text.replace(" ", "&nbsp;")),
            Map.entry("doubled blank lines", text -> text.replace("\n", "\n\n")),
            Map.entry("trailing spaces", text -> text.replace("\n", "  \n")),
            Map.entry("indented lines", text -> text.replace("\n", "\n    ")),
            Map.entry("tabs as spaces", text -> text.replace("\t", "   ")),
            Map.entry("tabs as pipes", text -> text.replace("\t", " | ")),
            Map.entry("full-width digits", TransportArtifactsTest::fullWidthDigits));

    private final PublishedTextParser parser = new PublishedTextParser();

    static Stream<Arguments> fixturesThroughArtifacts() {
        return Stream.of("ruzhou-szfb-2024", "zhoukou-xzfwzx-2021", "zhengzhou-zwfwb-2021",
                        "xinan-example-2023-pdf", "xinan-example-2023-kangxi")
                .flatMap(fixture -> ARTIFACTS.keySet().stream().sorted().map(artifact -> Arguments.of(fixture, artifact)));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("fixturesThroughArtifacts")
    void readsTheSameReport(String fixture, String artifact) throws IOException {
        AnnualReport expected = FixtureReportsTest.expected(fixture);
        String text = ARTIFACTS.get(artifact).apply(FixtureReportsTest.text(fixture + ".txt"));

        ParsedText parsed = parser.parse(text);

        assertEquals(expected.agency().name(), parsed.agencyName());
        assertEquals(expected.year(), parsed.year());
        FixtureReportsTest.assertSameNumbers(ReportNumbers.flatten(expected),
                ReportNumbers.flatten(parsed.toReport(expected.agency().id(), expected.regionCode())));
    }

    private static String fullWidthDigits(String text) {
        StringBuilder converted = new StringBuilder(text.length());
        text.chars().forEach(c -> converted.append((char) (c >= '0' && c <= '9' ? c - '0' + '０' : c)));
        return converted.toString();
    }
}
