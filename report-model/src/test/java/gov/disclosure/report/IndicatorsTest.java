package gov.disclosure.report;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndicatorsTest {

    @Test
    void idsAreStableAndUnique() {
        assertEquals(List.of("disclosureRate", "refusalRate", "unableToProvideRate", "carriedForwardShare",
                        "correctionRateReview", "correctionRateLitigation", "newlyReceivedChange"),
                Indicators.CATALOGUE.stream().map(Indicator::id).toList());
    }

    @Test
    void theRefusalRateSumsEveryWithheldRowOfTheTemplate() {
        assertEquals(8, Indicators.REFUSAL_RATE.numerator().size());
        assertTrue(Indicators.REFUSAL_RATE.numerator().stream()
                .allMatch(name -> name.startsWith("applications.outcomes.withheld.") && name.endsWith(".total")));
        assertEquals(List.of("applications.outcomes.total.total"), Indicators.REFUSAL_RATE.denominator());
    }

    @Test
    void theDisclosureRateIsGrantedAndPartiallyGrantedOverTheOutcomeTotal() {
        Map<String, BigDecimal> numbers = numbers(
                "applications.outcomes.granted.total", 12,
                "applications.outcomes.partiallyGranted.total", 3,
                "applications.outcomes.withheld.stateSecret.total", 5,
                "applications.outcomes.total.total", 20);
        IndicatorValue disclosure = Indicators.value(Indicators.DISCLOSURE_RATE, numbers, null);
        assertEquals(new BigDecimal("0.750000"), disclosure.value());
        assertEquals(new BigDecimal("15"), disclosure.numerator());
        assertEquals(new BigDecimal("20"), disclosure.denominator());
        assertEquals(new BigDecimal("0.250000"), Indicators.value(Indicators.REFUSAL_RATE, numbers, null).value());
    }

    @Test
    void everyRatioIsNullWhenItsDenominatorIsZero() {
        for (IndicatorValue value : Indicators.values(Map.of(), Map.of())) {
            assertNull(value.value(), value.id());
            assertEquals(0, value.denominator().signum(), value.id());
            assertNull(value.change(), value.id());
        }
    }

    @Test
    void aZeroNumeratorOverANonZeroDenominatorIsZeroNotNull() {
        IndicatorValue review = Indicators.value(Indicators.CORRECTION_RATE_REVIEW,
                numbers("reviewAndLitigation.administrativeReview.total", 4), null);
        assertEquals(0, review.value().signum());
    }

    @Test
    void theLitigationCorrectionRateCoversBothKindsOfLawsuit() {
        Map<String, BigDecimal> numbers = numbers(
                "reviewAndLitigation.litigationDirect.corrected", 1,
                "reviewAndLitigation.litigationDirect.total", 3,
                "reviewAndLitigation.litigationAfterReview.corrected", 1,
                "reviewAndLitigation.litigationAfterReview.total", 5);
        assertEquals(new BigDecimal("0.250000"),
                Indicators.value(Indicators.CORRECTION_RATE_LITIGATION, numbers, null).value());
    }

    @Test
    void theCarriedForwardShareIsOverEverythingOpenDuringTheYear() {
        Map<String, BigDecimal> numbers = numbers(
                "applications.newlyReceived.total", 8, "applications.carriedOver.total", 2,
                "applications.carriedForward.total", 1);
        IndicatorValue share = Indicators.value(Indicators.CARRIED_FORWARD_SHARE, numbers, null);
        assertEquals(new BigDecimal("10"), share.denominator());
        assertEquals(new BigDecimal("0.100000"), share.value());
    }

    @Test
    void theChangeFromTheYearBeforeComparesNewlyReceivedApplications() {
        IndicatorValue change = Indicators.value(Indicators.NEWLY_RECEIVED_CHANGE,
                numbers("applications.newlyReceived.total", 30), numbers("applications.newlyReceived.total", 20));
        assertEquals(new BigDecimal("10"), change.numerator());
        assertEquals(new BigDecimal("20"), change.denominator());
        assertEquals(new BigDecimal("0.500000"), change.value());
    }

    @Test
    void withoutAYearBeforeTheChangeHasDenominatorZeroAndNoValue() {
        IndicatorValue change = Indicators.value(Indicators.NEWLY_RECEIVED_CHANGE,
                numbers("applications.newlyReceived.total", 30), null);
        assertNull(change.value());
        assertEquals(0, change.denominator().signum());
    }

    @Test
    void everyRatioComesWithItsValueTheYearBeforeAndTheChange() {
        IndicatorValue disclosure = Indicators.value(Indicators.DISCLOSURE_RATE,
                numbers("applications.outcomes.granted.total", 3, "applications.outcomes.total.total", 4),
                numbers("applications.outcomes.granted.total", 1, "applications.outcomes.total.total", 2));
        assertEquals(new BigDecimal("0.500000"), disclosure.previousValue());
        assertEquals(new BigDecimal("0.250000"), disclosure.change());
    }

    @Test
    void rankingPutsUnknownValuesLastInEitherDirection() {
        IndicatorValue none = new IndicatorValue("x", null, BigDecimal.ZERO, BigDecimal.ZERO, null, null);
        IndicatorValue low = new IndicatorValue("x", new BigDecimal("0.1"), null, null, null, null);
        IndicatorValue high = new IndicatorValue("x", new BigDecimal("0.9"), null, null, null, null);
        assertEquals(List.of(high, low, none),
                List.of(none, low, high).stream().sorted(Indicators.ranking(true)).toList());
        assertEquals(List.of(low, high, none),
                List.of(none, high, low).stream().sorted(Indicators.ranking(false)).toList());
    }

    private static Map<String, BigDecimal> numbers(Object... nameThenValue) {
        Map<String, BigDecimal> numbers = new HashMap<>();
        for (int i = 0; i < nameThenValue.length; i += 2) {
            numbers.put((String) nameThenValue[i], BigDecimal.valueOf((Integer) nameThenValue[i + 1]));
        }
        return numbers;
    }
}
