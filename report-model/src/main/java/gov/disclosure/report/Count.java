package gov.disclosure.report;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * One number of a report: present, a whole number, not negative, and below {@link #MAX}.
 * The bound admits the largest real agencies (a city's 行政处罚 decisions run into millions a year)
 * while catching numbers no agency can have, such as a misplaced phone number.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER})
@Constraint(validatedBy = {})
@NotNull(message = "is missing")
@PositiveOrZero(message = "must not be negative")
@Max(value = Count.MAX, message = "must be at most {value}")
public @interface Count {

    long MAX = 999_999_999L;

    String message() default "is not a valid count";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
