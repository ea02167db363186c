package gov.disclosure.reports.parsing.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a key occurs in a text with a few typos (a character changed, missing or added): published labels have
 * them ("属于三类内容事务信息", "只计这一情况"). Sellers' algorithm, keeping where each match starts.
 */
public record ApproximateMatch(int start, int end, int errors) {

    /** Keys shorter than this must match exactly: one typo would leave too little of them. */
    private static final int SHORTEST_KEY = 8;
    private static final int CHARACTERS_PER_TYPO = 7;
    private static final int MOST_TYPOS = 3;

    /** Matches with at least one and at most a few typos, not overlapping one another, fewest typos first. */
    public static List<ApproximateMatch> find(String text, String key, int limit) {
        int allowed = Math.min(MOST_TYPOS, key.length() / CHARACTERS_PER_TYPO);
        if (key.length() < SHORTEST_KEY || allowed == 0) {
            return List.of();
        }
        List<ApproximateMatch> found = new ArrayList<>();
        int m = key.length();
        int[] cost = new int[m + 1];
        int[] start = new int[m + 1];
        int[] previousCost = new int[m + 1];
        int[] previousStart = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            previousCost[i] = i;
        }
        for (int j = 1; j <= text.length(); j++) {
            cost[0] = 0;
            start[0] = j;
            char c = text.charAt(j - 1);
            for (int i = 1; i <= m; i++) {
                int best = previousCost[i - 1] + (key.charAt(i - 1) == c ? 0 : 1);
                int bestStart = previousStart[i - 1];
                if (previousCost[i] + 1 < best) {
                    best = previousCost[i] + 1;
                    bestStart = previousStart[i];
                }
                if (cost[i - 1] + 1 < best) {
                    best = cost[i - 1] + 1;
                    bestStart = start[i - 1];
                }
                cost[i] = best;
                start[i] = bestStart;
            }
            if (cost[m] <= allowed && cost[m] > 0) {
                found.add(new ApproximateMatch(start[m], j, cost[m]));
            }
            int[] swap = previousCost;
            previousCost = cost;
            cost = swap;
            swap = previousStart;
            previousStart = start;
            start = swap;
        }
        return nonOverlapping(found, limit);
    }

    private static List<ApproximateMatch> nonOverlapping(List<ApproximateMatch> found, int limit) {
        found.sort(Comparator.comparingInt(ApproximateMatch::errors).thenComparingInt(ApproximateMatch::start));
        List<ApproximateMatch> kept = new ArrayList<>();
        for (ApproximateMatch match : found) {
            if (kept.size() < limit && kept.stream().noneMatch(k -> k.start() < match.end() && match.start() < k.end())) {
                kept.add(match);
            }
        }
        return kept;
    }
}
