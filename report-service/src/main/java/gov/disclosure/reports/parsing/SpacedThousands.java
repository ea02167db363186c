package gov.disclosure.reports.parsing;

import gov.disclosure.reports.parsing.text.Token;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Numbers a PDF extraction printed with a space for the thousands separator ("1 046" in a row of single-space
 * cells). A row with more numbers than cells is read so only if exactly one way of joining such groups gives it its
 * cells: a group is a number of 1–3 digits followed by numbers of exactly 3 digits, on one line; a lone "046" is no
 * cell of its own. A stray number could be joined so too: a row with a total must add up once joined.
 */
final class SpacedThousands {

    private static final Pattern HEAD = Pattern.compile("[1-9]\\d{0,2}");
    private static final Pattern GROUP = Pattern.compile("\\d{3}");
    private static final Pattern LEADING_ZERO = Pattern.compile("0\\d+");

    private SpacedThousands() {
    }

    /** The row's {@code cells} values with groups joined, or {@code null} when none or several joinings fit. */
    static List<Token> join(List<Token> printed, int cells) {
        int n = printed.size();
        // ways[i][k]: how many ways printed[i..] splits into k values (capped at 2: only "one" matters)
        int[][] ways = new int[n + 1][cells + 1];
        ways[n][0] = 1;
        for (int i = n - 1; i >= 0; i--) {
            for (int end = i + 1; end <= n && isValue(printed, i, end); end++) {
                for (int k = 1; k <= cells; k++) {
                    ways[i][k] = Math.min(2, ways[i][k] + ways[end][k - 1]);
                }
            }
        }
        if (ways[0][cells] != 1) {
            return null;
        }
        List<Token> joined = new ArrayList<>(cells);
        for (int i = 0, k = cells; i < n; k--) {
            int end = i + 1;
            while (!(isValue(printed, i, end) && ways[end][k - 1] == 1)) {
                end++;
            }
            joined.add(joinedToken(printed.subList(i, end)));
            i = end;
        }
        return joined;
    }

    /** Whether printed[from..to) can be one value: one number (not "046"), or a head and 3-digit groups on one line. */
    private static boolean isValue(List<Token> printed, int from, int to) {
        Token head = printed.get(from);
        if (to - from == 1) {
            return head.kind() != Token.Kind.NUMBER || !LEADING_ZERO.matcher(head.text()).matches();
        }
        if (head.kind() != Token.Kind.NUMBER || !HEAD.matcher(head.text()).matches()) {
            return false;
        }
        for (Token group : printed.subList(from + 1, to)) {
            if (group.kind() != Token.Kind.NUMBER || !GROUP.matcher(group.text()).matches() || group.line() != head.line()) {
                return false;
            }
        }
        return true;
    }

    private static Token joinedToken(List<Token> group) {
        if (group.size() == 1) {
            return group.get(0);
        }
        StringBuilder digits = new StringBuilder();
        group.forEach(token -> digits.append(token.text()));
        Token head = group.get(0);
        return new Token(Token.Kind.NUMBER, String.join(" ", group.stream().map(Token::text).toList()),
                new BigDecimal(digits.toString()), head.line(), head.cell());
    }
}
