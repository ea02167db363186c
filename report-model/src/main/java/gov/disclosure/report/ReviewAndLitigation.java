package gov.disclosure.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Section 四: administrative review and litigation about disclosure. */
public record ReviewAndLitigation(
        @NotNull(message = "is missing") @Valid ReviewCounts administrativeReview,
        @NotNull(message = "is missing") @Valid ReviewCounts litigationDirect,
        @NotNull(message = "is missing") @Valid ReviewCounts litigationAfterReview) {
}
