package gov.disclosure.rollups.domain;

import gov.disclosure.report.ReportNumbers;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every number of a report or a rollup, exact, in the order of the template's catalogue ({@link ReportNumbers#NAMES}):
 * the form rollups are summed and stored in. A number the catalogue does not name is not kept; one it names that is
 * missing is zero.
 */
public final class Numbers {

    public static final List<String> NAMES = ReportNumbers.NAMES;
    public static final int SIZE = NAMES.size();
    private static final Map<String, Integer> POSITIONS = positions();
    private static final Numbers ZERO = new Numbers(zeros());

    private final BigDecimal[] values;

    private Numbers(BigDecimal[] values) {
        this.values = values;
    }

    public static Numbers zero() {
        return ZERO;
    }

    public static Numbers of(Map<String, BigDecimal> byName) {
        BigDecimal[] values = zeros();
        byName.forEach((name, value) -> {
            Integer position = POSITIONS.get(name);
            if (position != null && value != null) {
                values[position] = value;
            }
        });
        return new Numbers(values);
    }

    /** @param inOrder as many numbers as the catalogue names, in its order (a shorter array is padded with zeros) */
    public static Numbers inOrder(BigDecimal[] inOrder) {
        BigDecimal[] values = zeros();
        for (int i = 0; i < Math.min(SIZE, inOrder.length); i++) {
            if (inOrder[i] != null) {
                values[i] = inOrder[i];
            }
        }
        return new Numbers(values);
    }

    /** The position of a number in the catalogue's order, from 0. */
    public static int position(String name) {
        Integer position = POSITIONS.get(name);
        if (position == null) {
            throw new IllegalArgumentException("no number " + name + " in the catalogue");
        }
        return position;
    }

    public BigDecimal get(int position) {
        return values[position];
    }

    public BigDecimal get(String name) {
        return values[position(name)];
    }

    /** These numbers plus {@code sign} times {@code other}, into {@code sums}. */
    static void addTo(BigDecimal[] sums, Numbers other, int sign) {
        for (int i = 0; i < SIZE; i++) {
            BigDecimal value = other.values[i];
            if (value.signum() != 0) {
                sums[i] = sign > 0 ? sums[i].add(value) : sums[i].subtract(value);
            }
        }
    }

    public Numbers plus(Numbers other) {
        BigDecimal[] sums = values.clone();
        addTo(sums, other, +1);
        return new Numbers(sums);
    }

    public boolean isZero() {
        for (BigDecimal value : values) {
            if (value.signum() != 0) {
                return false;
            }
        }
        return true;
    }

    /** By name, in the catalogue's order. */
    public Map<String, BigDecimal> byName() {
        Map<String, BigDecimal> byName = new LinkedHashMap<>();
        for (int i = 0; i < SIZE; i++) {
            byName.put(NAMES.get(i), values[i]);
        }
        return Collections.unmodifiableMap(byName);
    }

    /** As PostgreSQL reads a numeric[]: {@code {1,0,2.5}}; a zero is {@code 0}, whatever its scale. */
    public String toArrayLiteral() {
        StringBuilder literal = new StringBuilder(SIZE * 3).append('{');
        for (int i = 0; i < SIZE; i++) {
            if (i > 0) {
                literal.append(',');
            }
            BigDecimal value = values[i];
            if (value.signum() == 0) {
                literal.append('0');
            } else {
                literal.append(value.toPlainString());
            }
        }
        return literal.append('}').toString();
    }

    static BigDecimal[] zeros() {
        BigDecimal[] zeros = new BigDecimal[SIZE];
        Arrays.fill(zeros, BigDecimal.ZERO);
        return zeros;
    }

    private static Map<String, Integer> positions() {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < NAMES.size(); i++) {
            positions.put(NAMES.get(i), i);
        }
        return Map.copyOf(positions);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Numbers numbers && Arrays.equals(values, numbers.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return byName().toString();
    }
}
