package gov.disclosure.rollups.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.disclosure.report.Applications;
import gov.disclosure.report.ProactiveDisclosure;
import gov.disclosure.report.ReportNumbers;
import gov.disclosure.report.ReviewAndLitigation;
import gov.disclosure.rollups.domain.Numbers;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The sections of a rollup, written straight from the sums, are the JSON the report's own records give. */
class RollupSectionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Random RANDOM = new Random();

    /** What the answer was before: the numbers put into the records through a JSON tree, the records written. */
    record Figures(ProactiveDisclosure proactiveDisclosure, Applications applications,
                   ReviewAndLitigation reviewAndLitigation) {
    }

    @RepeatedTest(20)
    void eachSectionIsWhatTheReportsRecordsWrite() throws Exception {
        Numbers sums = Numbers.of(randomSums());
        BigDecimal[] shown = RollupView.plain(sums);
        Figures records = ReportNumbers.unflatten(RollupView.plainByName(sums), Figures.class);

        assertEquals(JSON.writeValueAsString(records.proactiveDisclosure()),
                JSON.writeValueAsString(RollupSection.proactiveDisclosure(shown)));
        assertEquals(JSON.writeValueAsString(records.applications()),
                JSON.writeValueAsString(RollupSection.applications(shown)));
        assertEquals(JSON.writeValueAsString(records.reviewAndLitigation()),
                JSON.writeValueAsString(RollupSection.reviewAndLitigation(shown)));
    }

    @Test
    void sumsAreShownWithoutTrailingZerosAsTheRecordsShowThem() throws Exception {
        Map<String, BigDecimal> sums = new HashMap<>();
        sums.put("proactiveDisclosure.fees.amount", new BigDecimal("1500.0000"));
        sums.put("applications.newlyReceived.total", new BigDecimal("12"));
        BigDecimal[] shown = RollupView.plain(Numbers.of(sums));

        String written = JSON.writeValueAsString(RollupSection.proactiveDisclosure(shown));

        assertEquals(JSON.writeValueAsString(ReportNumbers.unflatten(RollupView.plainByName(Numbers.of(sums)),
                Figures.class).proactiveDisclosure()), written);
        assertEquals(true, written.contains("\"fees\":{\"amount\":1500}"), written);
    }

    private static Map<String, BigDecimal> randomSums() {
        Map<String, BigDecimal> sums = new HashMap<>();
        for (String name : Numbers.NAMES) {
            int kind = RANDOM.nextInt(4);
            sums.put(name, kind == 0 ? BigDecimal.ZERO
                    : name.endsWith(".amount") ? new BigDecimal(RANDOM.nextInt(10_000_000)).movePointLeft(RANDOM.nextInt(6))
                    : BigDecimal.valueOf(kind == 1 ? RANDOM.nextInt(10) : RANDOM.nextLong(5_000_000_000L)));
        }
        return sums;
    }
}
