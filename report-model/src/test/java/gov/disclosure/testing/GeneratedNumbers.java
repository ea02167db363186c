package gov.disclosure.testing;

import gov.disclosure.report.Count;
import gov.disclosure.report.ReportNumbers;
import gov.disclosure.report.ReportTemplate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Every number of a report, generated (jqwik's generators in a session: its engine does not run here, see the
 * parent pom): counts mostly small, sometimes up to the most a count may be, the fee in 万元 with 0 to 6 decimals.
 */
public final class GeneratedNumbers {

    private GeneratedNumbers() {
    }

    public static List<Map<String, BigDecimal>> reports(long seed, int count) {
        List<Map<String, BigDecimal>> reports = new ArrayList<>();
        JqwikSession.run(String.valueOf(seed), () -> {
            Random random = new Random(seed);
            RandomGenerator<Map<String, BigDecimal>> generator = numbers().generator(100);
            for (int i = 0; i < count; i++) {
                reports.add(generator.next(random).value());
            }
        });
        return reports;
    }

    public static Arbitrary<Map<String, BigDecimal>> numbers() {
        Arbitrary<BigDecimal> count = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.longs().between(0, 1000)),
                Tuple.of(1, Arbitraries.longs().between(0, Count.MAX)))
                .map(BigDecimal::valueOf);
        Arbitrary<BigDecimal> fee = Combinators.combine(Arbitraries.longs().between(0, 100_000_000L),
                Arbitraries.integers().between(0, 6)).as(BigDecimal::valueOf);
        return Combinators.combine(count.list().ofSize(ReportNumbers.NAMES.size()), fee).as((counts, amount) -> {
            Map<String, BigDecimal> numbers = new LinkedHashMap<>();
            List<String> names = ReportNumbers.NAMES;
            for (int i = 0; i < names.size(); i++) {
                numbers.put(names.get(i), names.get(i).equals(ReportTemplate.FEES_AMOUNT) ? amount : counts.get(i));
            }
            return numbers;
        });
    }
}
