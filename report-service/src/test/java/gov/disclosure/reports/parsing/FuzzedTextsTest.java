package gov.disclosure.reports.parsing;

import gov.disclosure.report.ReportNumbers;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Mangled reports and garbage: the parser returns a report or throws {@link UnreadableReportException} naming what
 * is missing in the text, never anything else, and never fails for a reason of its own ({@value
 * PublishedTextParser#WHOLE_TEXT}).
 */
class FuzzedTextsTest {

    private static final int MUTATIONS = 3_000;
    private static final String[] FIXTURES = {"ruzhou-szfb-2024.txt", "zhoukou-xzfwzx-2021.txt",
            "zhengzhou-zwfwb-2021.txt", "xinan-example-2023-pdf.txt", "xinan-example-2023-kangxi.txt"};
    private static final String ODD_CHARACTERS = "\u0000\t\r\n\u2028\uFEFF\u200B\uD83D\uDE00\uD800\uDC00\u0301|#*>-—/无"
            + "（）()、。，0123456789０１２⼀⺠⼾①⑴〇\\\"<br>&nbsp;";

    private final PublishedTextParser parser = new PublishedTextParser();

    @Test
    void mangledReportsAreReadOrRefusedButNeverBreakTheParser() throws IOException {
        List<String> originals = new ArrayList<>();
        for (String fixture : FIXTURES) {
            originals.add(FixtureReportsTest.text(fixture));
        }
        for (long seed = 0; seed < 40; seed++) {
            GeneratedReport report = new GeneratedReport(seed, seed % 3 == 0 ? TemplateFormat.FORMAT_2019 : TemplateFormat.FORMAT_2021);
            originals.add(GeneratedReportsTest.render(report, GeneratedReportsTest.Variant.values()[(int) (seed % 6)]));
        }
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            for (int seed = 0; seed < MUTATIONS; seed++) {
                Random random = new Random(seed);
                String text = mutate(originals.get(random.nextInt(originals.size())), random);
                parseSafely(text, "mutation seed " + seed);
            }
        });
    }

    @Test
    void garbageIsRefused() {
        Random random = new Random(42);
        for (int i = 0; i < 500; i++) {
            StringBuilder garbage = new StringBuilder();
            int length = random.nextInt(2_000);
            for (int c = 0; c < length; c++) {
                garbage.append(random.nextInt(3) == 0
                        ? ODD_CHARACTERS.charAt(random.nextInt(ODD_CHARACTERS.length()))
                        : (char) random.nextInt(0x10000));
            }
            parseSafely(garbage.toString(), "garbage " + i);
        }
    }

    @Test
    void hugeTextsAreReadInReasonableTime() throws IOException {
        String report = FixtureReportsTest.text("ruzhou-szfb-2024.txt");
        String repeated = report.repeat(PublishedTextParser.MAX_TEXT_LENGTH / report.length());
        String oneLine = report.replace('\n', ' ').repeat(50);
        String digits = "1 ".repeat(500_000);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            parseSafely(repeated, "the report repeated");
            parseSafely(oneLine, "the report on one line");
            parseSafely(digits, "digits");
            parseSafely("x".repeat(PublishedTextParser.MAX_TEXT_LENGTH + 1), "too long");
        });
    }

    private void parseSafely(String text, String what) {
        try {
            ParsedText parsed = parser.parse(text);
            assertSound(parsed, what);
        } catch (UnreadableReportException e) {
            assertFalse(e.missing().isEmpty(), what);
            assertTrue(e.missing().stream().noneMatch(part -> part.detail().startsWith("the parser failed")),
                    () -> what + ": " + e.missing() + "\n" + text);
        } catch (RuntimeException | Error e) {
            fail(what + ": " + e + "\n" + text, e);
        }
    }

    /** A report that is returned is complete: a name, a plausible year, every number present and not negative. */
    private static void assertSound(ParsedText parsed, String what) {
        assertFalse(parsed.agencyName() == null || parsed.agencyName().isBlank(), what);
        assertTrue(parsed.year() >= 2000 && parsed.year() <= 2100, what);
        Map<String, BigDecimal> numbers = ReportNumbers.flatten(parsed.toReport("fuzz", "000000"));
        assertTrue(numbers.values().stream().allMatch(number -> number != null && number.signum() >= 0), what);
    }

    private static String mutate(String text, Random random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int operations = 1 + random.nextInt(6);
        for (int i = 0; i < operations && !lines.isEmpty(); i++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(11)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
                case 2 -> Collections.swap(lines, at, random.nextInt(lines.size()));
                case 3 -> lines.set(at, insertOdd(lines.get(at), random));
                case 4 -> lines.set(at, deleteRange(lines.get(at), random));
                case 5 -> lines.subList(at, lines.size()).clear();
                case 6 -> lines.set(at, lines.get(at).replaceAll("\\d", String.valueOf(random.nextInt(10))));
                case 7 -> lines.set(at, lines.get(at).replace('\t', ' '));
                case 8 -> Collections.shuffle(lines.subList(at, Math.min(lines.size(), at + 5)), random);
                case 9 -> lines.set(at, lines.get(at).repeat(1 + random.nextInt(4)));
                default -> {
                    String joined = String.join(random.nextBoolean() ? " " : "", lines);
                    lines.clear();
                    lines.add(joined);
                }
            }
        }
        return String.join("\n", lines);
    }

    private static String insertOdd(String line, Random random) {
        StringBuilder mangled = new StringBuilder(line);
        for (int i = 1 + random.nextInt(5); i > 0; i--) {
            mangled.insert(random.nextInt(mangled.length() + 1), ODD_CHARACTERS.charAt(random.nextInt(ODD_CHARACTERS.length())));
        }
        return mangled.toString();
    }

    private static String deleteRange(String line, Random random) {
        if (line.isEmpty()) {
            return line;
        }
        int start = random.nextInt(line.length());
        int end = Math.min(line.length(), start + 1 + random.nextInt(10));
        return line.substring(0, start) + line.substring(end);
    }
}
