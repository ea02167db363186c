package gov.disclosure.reports.parsing;

import gov.disclosure.report.Count;
import gov.disclosure.reports.parsing.text.Token;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The readings a row can have when it printed fewer numbers than it has cells and its cells do not show where the
 * numbers stand: the numbers in order with the other cells blank (0), or the digits of numbers whose cells ran
 * together ("21710000218" for 217 | 1 | 0 | 0 | 0 | 0 | 218, or "80 63 69 83 56 45396" for … 56 | 45 | 396, where
 * a PDF's narrow cells left no gap between two of them) cut into the row's cells. A cut number does not start with
 * 0 unless it is 0, and each reading must add up where the row has totals. Which reading is right the row
 * cannot tell; the table's arithmetic may ({@link TableSolver}).
 */
final class CellAlternatives {

    /** More readings than this and a row is not worth solving: its cells say too little. */
    static final int MAX_READINGS = 2_000;
    private static final int MAX_DIGITS = String.valueOf(Count.MAX).length();

    /**
     * The row's readings; {@code null} when there are more than {@link #MAX_READINGS}. A row printed as one run of
     * digits may hold its cells run together; where that run was glued to the label (the page lost its separators),
     * it holds them so, and is not a single number with blank cells beside it.
     */
    static List<List<BigDecimal>> of(RowSpec spec, List<Token> printed) {
        Set<List<BigDecimal>> readings = new LinkedHashSet<>();
        boolean oneRun = printed.size() == 1 && isRun(printed.get(0));
        if (printed.stream().anyMatch(CellAlternatives::isRun) && !cuts(spec, printed, readings)) {
            return null;
        }
        boolean separatorsLost = oneRun && printed.get(0).glued() && !readings.isEmpty();
        if (!separatorsLost && !blanks(spec, printed, readings)) {
            return null;
        }
        return new ArrayList<>(readings);
    }

    private static boolean isRun(Token token) {
        return token.kind() == Token.Kind.NUMBER && token.text().length() > 1
                && token.text().chars().allMatch(c -> c >= '0' && c <= '9');
    }

    // ---- the printed numbers in order, the other cells blank

    private static boolean blanks(RowSpec spec, List<Token> printed, Set<List<BigDecimal>> into) {
        BigDecimal[] values = new BigDecimal[spec.values()];
        return place(spec, printed, 0, 0, values, into);
    }

    private static boolean place(RowSpec spec, List<Token> printed, int next, int cell, BigDecimal[] values,
                                 Set<List<BigDecimal>> into) {
        ReadingBudget.check();
        if (next == printed.size()) {
            for (int i = cell; i < values.length; i++) {
                values[i] = BigDecimal.ZERO;
            }
            return add(spec, List.of(values.clone()), into);
        }
        for (int at = cell; at <= values.length - (printed.size() - next); at++) {
            for (int blank = cell; blank < at; blank++) {
                values[blank] = BigDecimal.ZERO;
            }
            values[at] = value(printed.get(next));
            if (!place(spec, printed, next + 1, at + 1, values, into)) {
                return false;
            }
        }
        return true;
    }

    // ---- runs of digits cut into cells

    private static boolean cuts(RowSpec spec, List<Token> printed, Set<List<BigDecimal>> into) {
        Digits digits = Digits.of(printed);
        if (digits == null || !digits.anyRun()) {
            return true;
        }
        return spec.totalEvery() > 0 ? new TotalledCuts(spec, digits, into).run() : cutFreely(spec, digits, 0, new ArrayList<>(), into);
    }

    /**
     * The printed numbers as one string of digits and where it may be cut: between two printed numbers it must be,
     * inside a run of digits it may be, inside a number printed with a separator, a unit or a dash it may not.
     */
    private record Digits(String digits, boolean[] mayCut, boolean[] mustCut, boolean anyRun) {

        static Digits of(List<Token> printed) {
            StringBuilder digits = new StringBuilder();
            List<Boolean> may = new ArrayList<>();
            List<Boolean> must = new ArrayList<>();
            boolean anyRun = false;
            for (Token token : printed) {
                BigDecimal value = value(token);
                if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
                    return null;
                }
                boolean run = token.kind() == Token.Kind.NUMBER && token.text().length() > 1
                        && token.text().chars().allMatch(c -> c >= '0' && c <= '9');
                String text = run ? token.text() : value.toBigInteger().toString();
                for (int i = 0; i < text.length(); i++) {
                    boolean first = i == 0;
                    may.add(first || run);
                    must.add(first);
                }
                digits.append(text);
                anyRun |= run;
            }
            boolean[] mayCut = new boolean[digits.length() + 1];
            boolean[] mustCut = new boolean[digits.length() + 1];
            for (int i = 0; i < digits.length(); i++) {
                mayCut[i] = may.get(i);
                mustCut[i] = must.get(i);
            }
            mayCut[digits.length()] = true;
            mustCut[digits.length()] = true;
            return new Digits(digits.toString(), mayCut, mustCut, anyRun);
        }

        int length() {
            return digits.length();
        }

        /** The part from {@code start} to {@code end}, or {@code null} where it may not be one (a cut skipped). */
        BigDecimal part(int start, int end) {
            if (!mayCut[end] || end - start > MAX_DIGITS || digits.charAt(start) == '0' && end - start > 1) {
                return null;
            }
            for (int i = start + 1; i < end; i++) {
                if (mustCut[i]) {
                    return null;
                }
            }
            return new BigDecimal(digits.substring(start, end));
        }
    }

    /** Rows without totals (规章 …): every cut into the row's cells, for the prose to choose from. */
    private static boolean cutFreely(RowSpec spec, Digits digits, int at, List<BigDecimal> values,
                                     Set<List<BigDecimal>> into) {
        ReadingBudget.check();
        int left = spec.values() - values.size();
        if (left == 0) {
            return at != digits.length() || add(spec, List.copyOf(values), into);
        }
        for (int end = at + 1; end <= digits.length() - (left - 1); end++) {
            BigDecimal part = digits.part(at, end);
            if (part != null) {
                values.add(part);
                boolean more = cutFreely(spec, digits, end, values, into);
                values.remove(values.size() - 1);
                if (!more) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Cuts of a row with totals, group by group: a group ends with its total, which must be the sum of the parts
     * before it, so each part is at most what the total leaves, and a total is where a group can end. What each
     * group can be from each place is worked out once.
     */
    private static final class TotalledCuts {
        private final RowSpec spec;
        private final Digits digits;
        private final Set<List<BigDecimal>> into;
        private final int size;
        private final int groups;
        private final java.util.Map<Long, List<Group>> groupsFrom = new java.util.HashMap<>();

        /** One way a group can be read: its values and where it ends. */
        private record Group(List<BigDecimal> values, int end) {
        }

        TotalledCuts(RowSpec spec, Digits digits, Set<List<BigDecimal>> into) {
            this.spec = spec;
            this.digits = digits;
            this.into = into;
            this.size = spec.totalEvery();
            this.groups = spec.values() / size;
        }

        boolean run() {
            return combine(0, 0, new ArrayList<>());
        }

        private boolean combine(int group, int at, List<BigDecimal> values) {
            if (group == groups) {
                return at != digits.length() || add(spec, List.copyOf(values), into);
            }
            for (Group read : groupsFrom(group, at)) {
                values.addAll(read.values());
                boolean more = combine(group + 1, read.end(), values);
                values.subList(values.size() - size, values.size()).clear();
                if (!more) {
                    return false;
                }
            }
            return true;
        }

        /** The ways group {@code group} can be read from {@code at}: for each place its total can be, its parts. */
        private List<Group> groupsFrom(int group, int at) {
            long key = (long) group << 32 | at;
            List<Group> cached = groupsFrom.get(key);
            if (cached != null) {
                return cached;
            }
            List<Group> found = new ArrayList<>();
            int groupsAfter = groups - group - 1;
            int lastEnd = digits.length() - groupsAfter * size;
            for (int end = at + size; end <= lastEnd; end++) {
                for (int start = Math.max(at + size - 1, end - MAX_DIGITS); start < end; start++) {
                    BigDecimal total = digits.part(start, end);
                    if (total != null && digits.mayCut[start]) {
                        split(at, start, size - 1, total.longValueExact(), new ArrayList<>(), total, end, found);
                    }
                }
            }
            groupsFrom.put(key, found);
            return found;
        }

        /** Parts from {@code at} to {@code end} summing to {@code left}, each at most {@code left}. */
        private void split(int at, int end, int parts, long left, List<BigDecimal> values, BigDecimal total,
                           int groupEnd, List<Group> into) {
            if ((++steps & 1023) == 0) {
                ReadingBudget.check();
            }
            if (into.size() > MAX_READINGS) {
                return;
            }
            if (parts == 0) {
                if (at == end && left == 0) {
                    List<BigDecimal> group = new ArrayList<>(values);
                    group.add(total);
                    into.add(new Group(List.copyOf(group), groupEnd));
                }
                return;
            }
            int digitsLeft = end - at;
            if (digitsLeft < parts || digitsLeft > parts * digitCount(left)) {
                return;
            }
            long part = 0;
            for (int partEnd = at + 1; partEnd <= end - (parts - 1); partEnd++) {
                if (partEnd > at + 1 && (digits.digits.charAt(at) == '0' || digits.mustCut[partEnd - 1])) {
                    break;
                }
                part = part * 10 + (digits.digits.charAt(partEnd - 1) - '0');
                if (part > left) {
                    break;
                }
                if (!digits.mayCut[partEnd] || digitsLeft - (partEnd - at) > (parts - 1) * digitCount(left - part)) {
                    continue;
                }
                values.add(BigDecimal.valueOf(part));
                split(partEnd, end, parts - 1, left - part, values, total, groupEnd, into);
                values.remove(values.size() - 1);
            }
        }

        private int steps;
    }

    private static int digitCount(long value) {
        int count = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            count++;
        }
        return count;
    }

    private static boolean add(RowSpec spec, List<BigDecimal> values, Set<List<BigDecimal>> into) {
        if (spec.addsUp(values)) {
            into.add(values);
        }
        return into.size() <= MAX_READINGS;
    }

    private static BigDecimal value(Token token) {
        return token.value() != null ? token.value() : BigDecimal.ZERO;
    }
}
