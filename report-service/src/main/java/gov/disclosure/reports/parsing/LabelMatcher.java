package gov.disclosure.reports.parsing;

import gov.disclosure.reports.parsing.text.ApproximateMatch;
import gov.disclosure.reports.parsing.text.Compact;
import gov.disclosure.reports.parsing.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Finds the labels of a table's rows in a token stream. The text of all text tokens is joined into one compact
 * string (letters and digits only), so a label matches whatever its spacing, punctuation or wrapping over lines.
 * Every occurrence of every key is a candidate; the chosen ones are the largest set of rows found in print order
 * (then the most specific keys), which keeps a column header "总计" or a group label "（六）其他处理" from being
 * taken for a row.
 */
final class LabelMatcher {

    /** Where a row's label is: the first and last token it covers. */
    record Span(int firstToken, int lastToken) {
    }

    private static final int CANDIDATES_PER_KEY = 64;
    private static final int FOUND_WEIGHT = 10_000;
    /** A typo costs more than the characters it spoils, so exact keys win. */
    private static final int TYPO_COST = 4;
    /** Tables are a few thousand characters; approximate matching is not tried on texts far beyond that. */
    private static final int MAX_APPROXIMATE_TEXT = 20_000;

    private record Candidate(int row, int start, int end, int weight) {
    }

    private LabelMatcher() {
    }

    /** For each row, its span, or {@code null} where it was not found. */
    static Span[] match(List<Token> tokens, List<RowSpec> rows) {
        StringBuilder compact = new StringBuilder();
        List<Integer> owner = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.isText()) {
                String text = Compact.of(token.text());
                compact.append(text);
                for (int c = 0; c < text.length(); c++) {
                    owner.add(i);
                }
            }
        }
        List<Candidate> candidates = candidates(compact.toString(), rows);
        Span[] spans = new Span[rows.size()];
        for (Candidate chosen : bestInOrder(candidates)) {
            spans[chosen.row()] = new Span(owner.get(chosen.start()), owner.get(chosen.end() - 1));
        }
        return spans;
    }

    private static List<Candidate> candidates(String compact, List<RowSpec> rows) {
        List<Candidate> candidates = new ArrayList<>();
        Map<String, WithoutGroup> withoutGroups = new HashMap<>();
        for (int row = 0; row < rows.size(); row++) {
            boolean mostSpecificKeyFound = false;
            for (var key : rows.get(row).keys()) {
                ReadingBudget.check();
                Matcher matcher = key.matcher(compact);
                for (int count = 0; count < CANDIDATES_PER_KEY && matcher.find(); count++) {
                    if (matcher.end() > matcher.start()) {
                        int length = matcher.end() - matcher.start();
                        candidates.add(new Candidate(row, matcher.start(), matcher.end(), FOUND_WEIGHT + length));
                        mostSpecificKeyFound |= key == rows.get(row).keys().get(0);
                    }
                }
            }
            if (!mostSpecificKeyFound) {
                addAcrossOwnGroups(compact, row, rows.get(row), candidates, withoutGroups);
            }
            if (!mostSpecificKeyFound && compact.length() <= MAX_APPROXIMATE_TEXT) {
                addApproximate(compact, row, rows.get(row), candidates);
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::row));
        return candidates;
    }

    /** The compact text without a group's label, and where each of its characters stands in the compact text. */
    private record WithoutGroup(String text, int[] at) {

        static WithoutGroup of(String compact, String group) {
            StringBuilder text = new StringBuilder(compact.length());
            int[] at = new int[compact.length()];
            for (int i = 0; i < compact.length(); ) {
                if (compact.startsWith(group, i)) {
                    i += group.length();
                } else {
                    at[text.length()] = i;
                    text.append(compact.charAt(i++));
                }
            }
            return new WithoutGroup(text.toString(), at);
        }
    }

    /**
     * For a row printed under merged cells: its full label (its most specific key) where its group's label interrupts
     * it. In a table wrapped into narrow cells the merged cell's text stands on a line of its first row's label
     * ("1.本机关不掌", "（四）无法提供 握相关", "政府信息").
     */
    private static void addAcrossOwnGroups(String compact, int row, RowSpec spec, List<Candidate> candidates,
                                           Map<String, WithoutGroup> withoutGroups) {
        for (String group : spec.groups()) {
            if (group.isEmpty() || !compact.contains(group)) {
                continue;
            }
            WithoutGroup without = withoutGroups.computeIfAbsent(group, g -> WithoutGroup.of(compact, g));
            ReadingBudget.check();
            Matcher matcher = spec.keys().get(0).matcher(without.text());
            for (int count = 0; count < CANDIDATES_PER_KEY && matcher.find(); count++) {
                int start = without.at()[matcher.start()];
                int end = matcher.end() > matcher.start() ? without.at()[matcher.end() - 1] + 1 : start;
                if (end - start > matcher.end() - matcher.start()) {
                    candidates.add(new Candidate(row, start, end, FOUND_WEIGHT + matcher.end() - matcher.start()));
                }
            }
        }
    }

    /** For a row whose full label does not occur as such: its literal keys with a typo or two. */
    private static void addApproximate(String compact, int row, RowSpec spec, List<Candidate> candidates) {
        for (var key : spec.keys()) {
            ReadingBudget.check();
            if (isLiteral(key.pattern())) {
                for (ApproximateMatch match : ApproximateMatch.find(compact, key.pattern(), CANDIDATES_PER_KEY)) {
                    int weight = FOUND_WEIGHT + key.pattern().length() - TYPO_COST * match.errors();
                    candidates.add(new Candidate(row, match.start(), match.end(), weight));
                }
            }
        }
    }

    private static boolean isLiteral(String key) {
        return key.chars().allMatch(Character::isLetterOrDigit);
    }

    /** The heaviest chain of candidates with increasing rows and non-overlapping, increasing positions. */
    private static List<Candidate> bestInOrder(List<Candidate> candidates) {
        int n = candidates.size();
        long[] best = new long[n];
        int[] previous = new int[n];
        Arrays.fill(previous, -1);
        int bestEnd = -1;
        for (int j = 0; j < n; j++) {
            if ((j & 255) == 0) {
                ReadingBudget.check();
            }
            Candidate candidate = candidates.get(j);
            best[j] = candidate.weight();
            for (int i = 0; i < j; i++) {
                Candidate earlier = candidates.get(i);
                if (earlier.row() < candidate.row() && earlier.end() <= candidate.start()
                        && best[i] + candidate.weight() > best[j]) {
                    best[j] = best[i] + candidate.weight();
                    previous[j] = i;
                }
            }
            if (bestEnd < 0 || best[j] > best[bestEnd]) {
                bestEnd = j;
            }
        }
        List<Candidate> chain = new ArrayList<>();
        for (int j = bestEnd; j >= 0; j = previous[j]) {
            chain.add(0, candidates.get(j));
        }
        return chain;
    }
}
