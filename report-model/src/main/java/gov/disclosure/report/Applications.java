package gov.disclosure.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Section 三: applications received and how they were handled. */
public record Applications(
        @NotNull(message = "is missing") @Valid ApplicantCounts newlyReceived,
        @NotNull(message = "is missing") @Valid ApplicantCounts carriedOver,
        @NotNull(message = "is missing") @Valid Outcomes outcomes,
        @NotNull(message = "is missing") @Valid ApplicantCounts carriedForward) {
}
