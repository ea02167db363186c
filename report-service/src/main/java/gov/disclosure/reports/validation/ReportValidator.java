package gov.disclosure.reports.validation;

import gov.disclosure.region.Regions;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.report.ReportNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidatorFactory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks a report's shape (every field present and in range, a known region, a plausible year) and arithmetic. */
@ApplicationScoped
public class ReportValidator {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    private final Validator validator;
    private final Regions regions;

    public ReportValidator(ValidatorFactory validators, Regions regions) {
        // a report is no entity: every property is reachable, without asking JPA of each (the default resolver);
        // and no cache of those answers, which Hibernate Validator keys by each record's hashCode, over its fields
        this.validator = validators.unwrap(HibernateValidatorFactory.class).usingContext()
                .traversableResolver(new EveryPropertyReachable())
                .enableTraversableResolverResultCache(false)
                .getValidator();
        this.regions = regions;
    }

    /** Every field that keeps the report from being a report, ordered by pointer; empty when its shape is right. */
    public List<FieldError> shapeErrors(AnnualReport report) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<AnnualReport> violation : validator.validate(report)) {
            errors.add(new FieldError(pointer(violation), violation.getMessage()));
        }
        if (report.regionCode() != null && SIX_DIGITS.matcher(report.regionCode()).matches() && !regions.contains(report.regionCode())) {
            errors.add(new FieldError("/regionCode",
                    "is not a region of the table (GB/T 2260 county, city or province code, or 000000)"));
        }
        if (report.year() != null && !isPlausible(report.year())) {
            errors.add(new FieldError("/year", yearError(report.year())));
        }
        if (report.publishedOn() != null && report.year() != null && !isPlausible(report.publishedOn(), report.year())) {
            errors.add(new FieldError("/publishedOn", "must be a date from the report's year to today"));
        }
        errors.sort(Comparator.comparing(FieldError::pointer));
        return errors;
    }

    /**
     * The arithmetic verdict on a well-shaped report; {@code yearBefore} and {@code yearAfter} are the agency's
     * reports of the years around it, if any.
     */
    public ValidationResult verdict(AnnualReport report, ValidationMode mode, AnnualReport yearBefore,
                                    AnnualReport yearAfter) {
        Map<String, BigDecimal> numbers = ReportNumbers.flatten(report);
        return ValidationResult.of(mode, ReportRules.violations(numbers),
                ReportRules.warnings(report, numbers, yearBefore, yearAfter));
    }

    /** Why a year cannot be reported on, and which years can, with the format each follows. */
    static String yearError(int year) {
        String range = "must be from %d to %d (reports for 2019 and 2020 follow %s; from 2021, %s)".formatted(
                AnnualReport.FIRST_YEAR, lastYear(), AnnualReport.formatOf(AnnualReport.FIRST_YEAR),
                AnnualReport.formatOf(lastYear()));
        return year < AnnualReport.FIRST_YEAR
                ? range + ": reports for %d had no national tables".formatted(year)
                : range + ": %d is after the current year, and a year's report is written once the year ends".formatted(year);
    }

    public static boolean isPlausible(int year) {
        return year >= AnnualReport.FIRST_YEAR && year <= lastYear();
    }

    /** A report on a year is published in that year or later, and not in the future (a day's margin for zones). */
    private static boolean isPlausible(LocalDate publishedOn, int year) {
        return publishedOn.getYear() >= year && !publishedOn.isAfter(LocalDate.now().plusDays(1));
    }

    /** The current year: its report is written once it ends, but may be drafted and checked before. */
    private static int lastYear() {
        return Year.now().getValue();
    }

    /** Reports are plain records: each of their properties is there to validate. */
    private static final class EveryPropertyReachable implements TraversableResolver {
        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToBean,
                                   java.lang.annotation.ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToBean,
                                    java.lang.annotation.ElementType elementType) {
            return true;
        }
    }

    private static String pointer(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.isEmpty() ? "" : "/" + path.replace('.', '/');
    }
}
