package gov.disclosure.reports.parsing;

import gov.disclosure.report.ReportTemplate.Cell;
import gov.disclosure.report.ReportTemplate.Identity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Chooses between the readings of a table's rows as a person checks a reading: by the template's arithmetic. A row
 * whose cells alone do not say its values (numbers that ran together, blank cells that left no trace) has several
 * readings; the readings of all such rows are tried together against every identity of the template that ties them
 * (row totals, column totals, the balance, the review totals), and a value is taken only where every combination
 * that adds up gives the same one. Where several do and they differ, the numbers the report's prose states about its
 * tables ({@link TextFacts}) may tell which; where nothing tells, the cells are left unread, never guessed.
 */
final class TableSolver {

    /**
     * A row of the table: the JSON pointers of its cells, and its readings (one when its cells said its values).
     *
     * @param byPlace whether the row was read by its place, its label not found: even a single reading must then be
     *                proven by an identity that checks it
     */
    record Row(RowSpec spec, List<String> cells, List<List<BigDecimal>> readings, boolean byPlace) {

        Row(RowSpec spec, List<String> cells, List<List<BigDecimal>> readings) {
            this(spec, cells, readings, false);
        }
    }

    /**
     * What the arithmetic made of the rows.
     *
     * @param values   every cell of every row it could tell, by JSON pointer
     * @param unread   for each row with cells it could not tell, those cells and why
     * @param notes    how rows were decided
     */
    record Outcome(Map<String, BigDecimal> values, Map<RowSpec, Unread> unread, List<String> notes) {
    }

    /** Cells of a row the arithmetic could not tell, and why. */
    record Unread(List<String> cells, String reason) {
    }

    /** Combinations tried before giving up on a table: enough for any real table, bounded for a hostile one. */
    private static final int MAX_STEPS = 200_000;
    private static final int MAX_SOLUTIONS = 64;

    private TableSolver() {
    }

    /**
     * @param rows       the table's rows that were read (certain or not)
     * @param identities the template's identities; those with a cell of no row read are left out
     */
    static Outcome solve(List<Row> rows, List<Identity> identities, TextFacts facts) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<RowSpec, Unread> unread = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        List<Row> open = new ArrayList<>();
        for (Row row : rows) {
            if (row.readings().size() == 1 && !row.byPlace()) {
                put(values, row.cells(), row.readings().get(0));
            } else {
                open.add(row);
            }
        }
        if (open.isEmpty()) {
            return new Outcome(values, unread, notes);
        }
        Map<String, Integer> owner = new HashMap<>();
        for (int r = 0; r < open.size(); r++) {
            for (String cell : open.get(r).cells()) {
                if (cell != null) {
                    owner.put(cell, r);
                }
            }
        }
        List<Equation> equations = equations(identities, values, owner, open);
        for (List<Integer> component : components(open.size(), equations, facts, owner)) {
            solveComponent(open, component, equations, facts, values, unread, notes);
        }
        return new Outcome(values, unread, notes);
    }

    // ---- identities as equations over the open rows: Σ coefficient × value = 0

    /** An identity whose every cell is known or in an open row: its constant part and its open rows' terms. */
    private record Equation(Identity identity, long constant, Map<Integer, List<Term>> terms) {
    }

    private record Term(int column, int coefficient) {
    }

    private static List<Equation> equations(List<Identity> identities, Map<String, BigDecimal> known,
                                            Map<String, Integer> owner, List<Row> open) {
        List<Equation> equations = new ArrayList<>();
        for (Identity identity : identities) {
            long constant = 0;
            Map<Integer, List<Term>> terms = new HashMap<>();
            boolean usable = true;
            for (Cell cell : identity.cells()) {
                int coefficient = cell.equals(identity.target()) ? 1 : identity.minus().contains(cell) ? 1 : -1;
                String pointer = cell.pointer();
                Integer row = owner.get(pointer);
                if (row != null) {
                    terms.computeIfAbsent(row, r -> new ArrayList<>())
                            .add(new Term(open.get(row).cells().indexOf(pointer), coefficient));
                } else if (known.get(pointer) != null && isWhole(known.get(pointer))) {
                    constant += coefficient * known.get(pointer).longValueExact();
                } else {
                    usable = false;
                    break;
                }
            }
            if (usable && !terms.isEmpty()) {
                equations.add(new Equation(identity, constant, terms));
            }
        }
        return equations;
    }

    /** Open rows tied by an equation or a fact are solved together; others apart (a product of them would explode). */
    private static List<List<Integer>> components(int rows, List<Equation> equations, TextFacts facts,
                                                  Map<String, Integer> owner) {
        int[] parent = new int[rows];
        Arrays.setAll(parent, i -> i);
        for (Equation equation : equations) {
            List<Integer> tied = new ArrayList<>(equation.terms().keySet());
            tied.forEach(row -> union(parent, tied.get(0), row));
        }
        for (TextFacts.Fact fact : facts.facts()) {
            List<Integer> tied = fact.alternatives().stream().flatMap(List::stream).map(owner::get)
                    .filter(Objects::nonNull).distinct().toList();
            tied.forEach(row -> union(parent, tied.get(0), row));
        }
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int row = 0; row < rows; row++) {
            byRoot.computeIfAbsent(find(parent, row), root -> new ArrayList<>()).add(row);
        }
        return new ArrayList<>(byRoot.values());
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    private static int find(int[] parent, int a) {
        while (parent[a] != a) {
            parent[a] = parent[parent[a]];
            a = parent[a];
        }
        return a;
    }

    // ---- one component: every combination of its rows' readings that satisfies its equations

    private static void solveComponent(List<Row> open, List<Integer> component, List<Equation> allEquations,
                                       TextFacts facts, Map<String, BigDecimal> values, Map<RowSpec, Unread> unread,
                                       List<String> notes) {
        List<Equation> equations = allEquations.stream()
                .filter(equation -> component.contains(equation.terms().keySet().iterator().next())).toList();
        for (int row : component) {
            boolean checked = equations.stream().anyMatch(equation -> equation.terms().containsKey(row));
            if (open.get(row).byPlace() && !checked) {
                leaveUnread(open, List.of(row), "its label was not found, and nothing in the table checks a reading by "
                        + "its place", unread);
                return;
            }
        }
        List<Integer> order = new ArrayList<>(component);
        order.sort(Comparator.comparingInt(row -> open.get(row).readings().size()));
        Search search = new Search(open, order, equations);
        search.run();
        if (search.capped) {
            leaveUnread(open, component, "its numbers fit the table's arithmetic in too many ways to tell", unread);
            return;
        }
        if (search.solutions.isEmpty()) {
            leaveUnread(open, component, component.stream().allMatch(row -> open.get(row).readings().size() == 1)
                    ? "read from the numbers around it (its label not found, or its numbers apart from it), but the "
                    + "table does not add up with them"
                    : "no way of reading its numbers makes the table add up", unread);
            return;
        }
        List<int[]> solutions = search.solutions;
        String decidedBy = "the table's arithmetic";
        if (solutions.size() > 1) {
            List<int[]> agreeing = agreeingWithFacts(open, order, solutions, facts, values);
            if (!agreeing.isEmpty() && agreeing.size() < solutions.size()) {
                solutions = agreeing;
                decidedBy = "the table's arithmetic and the text's " + quotes(open, component, facts);
            }
        }
        for (int i = 0; i < order.size(); i++) {
            Row row = open.get(order.get(i));
            List<String> undecided = new ArrayList<>();
            for (int column = 0; column < row.cells().size(); column++) {
                BigDecimal first = row.readings().get(solutions.get(0)[i]).get(column);
                boolean agreed = true;
                for (int[] solution : solutions) {
                    agreed &= row.readings().get(solution[i]).get(column).compareTo(first) == 0;
                }
                String cell = row.cells().get(column);
                if (agreed && cell != null) {
                    values.put(cell, first);
                } else if (cell != null) {
                    undecided.add(cell);
                }
            }
            if (undecided.isEmpty() && row.readings().size() == 1) {
                notes.add(row.spec().label() + ": " + decidedBy + " confirms it");
            } else if (undecided.isEmpty()) {
                notes.add(row.spec().label() + ": its printed numbers fit its cells in " + row.readings().size()
                        + " ways; " + decidedBy + " tells which");
            } else {
                unread.put(row.spec(), new Unread(undecided, "its printed numbers fit its cells in "
                        + row.readings().size() + " ways, and the table adds up with more than one of them"));
            }
        }
    }

    private static void leaveUnread(List<Row> open, List<Integer> component, String reason, Map<RowSpec, Unread> unread) {
        for (int row : component) {
            List<String> cells = open.get(row).cells().stream().filter(Objects::nonNull).toList();
            unread.put(open.get(row).spec(), new Unread(cells, reason));
        }
    }

    private static List<int[]> agreeingWithFacts(List<Row> open, List<Integer> order, List<int[]> solutions,
                                                 TextFacts facts, Map<String, BigDecimal> known) {
        List<int[]> agreeing = new ArrayList<>();
        for (int[] solution : solutions) {
            Map<String, BigDecimal> values = new HashMap<>(known);
            for (int i = 0; i < order.size(); i++) {
                Row row = open.get(order.get(i));
                put(values, row.cells(), row.readings().get(solution[i]));
            }
            if (facts.facts().stream().allMatch(fact -> fact.agreesWith(values))) {
                agreeing.add(solution);
            }
        }
        return agreeing;
    }

    private static String quotes(List<Row> open, List<Integer> component, TextFacts facts) {
        List<String> quotes = new ArrayList<>();
        for (TextFacts.Fact fact : facts.facts()) {
            boolean concerns = component.stream().flatMap(row -> open.get(row).cells().stream())
                    .anyMatch(cell -> cell != null && fact.concerns(cell));
            if (concerns && !quotes.contains("\"" + fact.quote() + "\"")) {
                quotes.add("\"" + fact.quote() + "\"");
            }
        }
        return String.join(", ", quotes);
    }

    /** Depth-first over the rows' readings, pruned by the bounds each equation can still reach. */
    private static final class Search {
        private final List<Row> open;
        private final List<Integer> order;
        private final List<Equation> equations;
        /** contribution[i][reading][equation]: what row order[i] read so adds to each equation. */
        private final long[][][] contribution;
        /** lowest[i][e], highest[i][e]: the least and most rows order[i..] can still add to equation e. */
        private final long[][] lowest;
        private final long[][] highest;
        private final int[] choice;
        private final long[] partial;
        final List<int[]> solutions = new ArrayList<>();
        boolean capped;
        private int steps;

        Search(List<Row> open, List<Integer> order, List<Equation> equations) {
            this.open = open;
            this.order = order;
            this.equations = equations;
            int n = order.size();
            int m = equations.size();
            contribution = new long[n][][];
            lowest = new long[n + 1][m];
            highest = new long[n + 1][m];
            for (int i = 0; i < n; i++) {
                Row row = open.get(order.get(i));
                contribution[i] = new long[row.readings().size()][m];
                for (int r = 0; r < row.readings().size(); r++) {
                    for (int e = 0; e < m; e++) {
                        contribution[i][r][e] = contribution(equations.get(e), order.get(i), row.readings().get(r));
                    }
                }
            }
            for (int i = n - 1; i >= 0; i--) {
                for (int e = 0; e < m; e++) {
                    long low = Long.MAX_VALUE;
                    long high = Long.MIN_VALUE;
                    for (long[] reading : contribution[i]) {
                        low = Math.min(low, reading[e]);
                        high = Math.max(high, reading[e]);
                    }
                    lowest[i][e] = lowest[i + 1][e] + low;
                    highest[i][e] = highest[i + 1][e] + high;
                }
            }
            choice = new int[n];
            partial = new long[m];
            for (int e = 0; e < m; e++) {
                partial[e] = equations.get(e).constant();
            }
        }

        void run() {
            if (feasible(0)) {
                descend(0);
            }
        }

        private void descend(int i) {
            if (capped) {
                return;
            }
            if (++steps > MAX_STEPS) {
                capped = true;
                return;
            }
            if ((steps & 1023) == 0) {
                ReadingBudget.check();
            }
            if (i == order.size()) {
                if (solutions.size() == MAX_SOLUTIONS) {
                    capped = true;
                    return;
                }
                solutions.add(choice.clone());
                return;
            }
            for (int r = 0; r < contribution[i].length && !capped; r++) {
                add(i, r, 1);
                if (feasible(i + 1)) {
                    choice[i] = r;
                    descend(i + 1);
                }
                add(i, r, -1);
            }
        }

        private void add(int i, int reading, int sign) {
            for (int e = 0; e < partial.length; e++) {
                partial[e] += sign * contribution[i][reading][e];
            }
        }

        /** Whether every equation can still come to 0 with the rows from {@code i} on. */
        private boolean feasible(int i) {
            for (int e = 0; e < partial.length; e++) {
                if (partial[e] + lowest[i][e] > 0 || partial[e] + highest[i][e] < 0) {
                    return false;
                }
            }
            return true;
        }

        private static long contribution(Equation equation, int row, List<BigDecimal> reading) {
            long sum = 0;
            for (Term term : equation.terms().getOrDefault(row, List.of())) {
                BigDecimal value = reading.get(term.column());
                sum += term.coefficient() * (isWhole(value) ? value.longValueExact() : Long.MAX_VALUE / 64);
            }
            return sum;
        }
    }

    private static void put(Map<String, BigDecimal> values, List<String> cells, List<BigDecimal> reading) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) != null) {
                values.put(cells.get(i), reading.get(i));
            }
        }
    }

    private static boolean isWhole(BigDecimal value) {
        return value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 64)) < 0
                && value.stripTrailingZeros().scale() <= 0;
    }
}
