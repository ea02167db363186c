package gov.disclosure.reports.parsing;

import gov.disclosure.reports.parsing.text.Line;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers a report's prose states about its own tables ("共收到政府信息公开申请20件", "制发规范性文件3件"). They decide
 * between readings of a table that its arithmetic leaves open, and nothing else: prose is often loose (a total that
 * includes last year's applications, a count of something else), so a fact never overrides what the tables say.
 */
final class TextFacts {

    /**
     * A number the prose states.
     *
     * @param alternatives what it may be the number of: each a list of cells (JSON pointers) whose sum it would be
     * @param quote        the words that state it, for notes
     */
    record Fact(BigDecimal value, List<List<String>> alternatives, String quote) {

        /** Whether the fact agrees with {@code values}; a fact about cells not known agrees with anything. */
        boolean agreesWith(Map<String, BigDecimal> values) {
            boolean evaluated = false;
            for (List<String> cells : alternatives) {
                BigDecimal sum = BigDecimal.ZERO;
                boolean known = true;
                for (String cell : cells) {
                    BigDecimal value = values.get(cell);
                    if (value == null) {
                        known = false;
                        break;
                    }
                    sum = sum.add(value);
                }
                if (known && sum.compareTo(value) == 0) {
                    return true;
                }
                evaluated |= known;
            }
            return !evaluated;
        }

        boolean concerns(String cell) {
            return alternatives.stream().anyMatch(cells -> cells.contains(cell));
        }
    }

    private record Statement(Pattern pattern, List<List<String>> alternatives) {
    }

    /** Between a subject and its number: a few words, no clause break, no other number. */
    private static final String WORDS = "[^，。；;,:：0-9]{0,12}?";
    private static final String COUNT = "(\\d+)(?:件|个|条|份|宗|起|项)";

    private static final List<Statement> STATEMENTS = List.of(
            statement("(?:新收|收到|受理|接到|接收|共收)" + WORDS + "申请" + WORDS + COUNT,
                    List.of("/applications/newlyReceived/total"),
                    List.of("/applications/newlyReceived/total", "/applications/carriedOver/total")),
            statement("上年(?:度)?结转" + WORDS + COUNT, List.of("/applications/carriedOver/total")),
            statement("结转(?:至|到)?下(?:一)?年(?:度)?" + WORDS + COUNT, List.of("/applications/carriedForward/total")),
            statement("(?:办结|答复|办理完毕)" + WORDS + COUNT, List.of("/applications/outcomes/total")),
            statement("行政复议" + WORDS + COUNT, List.of("/reviewAndLitigation/administrativeReview/total")),
            statement("行政诉讼" + WORDS + COUNT, List.of("/reviewAndLitigation/litigationDirect/total",
                    "/reviewAndLitigation/litigationAfterReview/total")),
            statement("(?:制发|印发|出台|制定)" + WORDS + "规范性文件" + WORDS + COUNT,
                    List.of("/proactiveDisclosure/normativeDocuments/issued")),
            statement("废止" + WORDS + "规范性文件" + WORDS + COUNT, List.of("/proactiveDisclosure/normativeDocuments/repealed")),
            statement("现行有效(?:的)?(?:行政)?规范性文件" + WORDS + COUNT,
                    List.of("/proactiveDisclosure/normativeDocuments/inForce")),
            statement("(?:制发|出台|制定)" + WORDS + "规章" + WORDS + COUNT, List.of("/proactiveDisclosure/regulations/issued")));

    private final List<Fact> facts;

    private TextFacts(List<Fact> facts) {
        this.facts = List.copyOf(facts);
    }

    static final TextFacts NONE = new TextFacts(List.of());

    /** The facts the lines' sentences state. */
    static TextFacts of(List<Line> lines) {
        List<Fact> facts = new ArrayList<>();
        for (Line line : lines) {
            String text = line.text().replaceAll("\\s+", "");
            for (Statement statement : STATEMENTS) {
                Matcher matcher = statement.pattern().matcher(text);
                while (matcher.find()) {
                    facts.add(new Fact(new BigDecimal(matcher.group(1)), statement.alternatives(), matcher.group()));
                }
            }
        }
        return new TextFacts(facts);
    }

    List<Fact> facts() {
        return facts;
    }

    @SafeVarargs
    private static Statement statement(String pattern, List<String>... alternatives) {
        return new Statement(Pattern.compile(pattern), List.of(alternatives));
    }
}
