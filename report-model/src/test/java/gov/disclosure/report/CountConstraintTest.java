package gov.disclosure.report;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountConstraintTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void aValidRowHasNoViolations() {
        assertTrue(validator.validate(new ApplicantCounts(1L, 0L, 0L, 0L, 0L, 0L, 1L)).isEmpty());
    }

    @Test
    void missingNegativeAndAbsurdCountsAreNamedByTheirProperty() {
        ApplicantCounts row = new ApplicantCounts(null, -1L, Count.MAX + 1, 0L, 0L, 0L, Count.MAX);

        Set<String> messages = validator.validate(row).stream()
                .map(v -> v.getPropertyPath() + " " + v.getMessage())
                .collect(Collectors.toSet());

        assertEquals(Set.of(
                "naturalPerson is missing",
                "commercialEnterprise must not be negative",
                "researchInstitution must be at most 999999999"), messages);
    }

    @Test
    void violationsDeepInAReportCarryTheirWholePath() {
        AnnualReport report = ReportNumbersTest.reportWithDistinctNumbers();
        ApplicantCounts broken = new ApplicantCounts(-5L, 0L, 0L, 0L, 0L, 0L, 0L);
        Outcomes outcomes = report.applications().outcomes();
        Outcomes.Withheld withheld = outcomes.withheld();
        AnnualReport changed = new AnnualReport(report.agency(), report.regionCode(), report.year(), null,
                report.proactiveDisclosure(),
                new Applications(report.applications().newlyReceived(), report.applications().carriedOver(),
                        new Outcomes(outcomes.granted(), outcomes.partiallyGranted(),
                                new Outcomes.Withheld(broken, withheld.prohibitedByLaw(),
                                        withheld.endangersSafetyOrStability(), withheld.thirdPartyRights(),
                                        withheld.internalAffairs(), withheld.processInformation(),
                                        withheld.lawEnforcementFiles(), withheld.administrativeQuery()),
                                outcomes.unableToProvide(), outcomes.notProcessed(), outcomes.otherHandling(),
                                outcomes.total()),
                        report.applications().carriedForward()),
                report.reviewAndLitigation());

        Set<ConstraintViolation<AnnualReport>> violations = validator.validate(changed);

        assertEquals(1, violations.size());
        assertEquals("applications.outcomes.withheld.stateSecret.naturalPerson",
                violations.iterator().next().getPropertyPath().toString());
    }
}
