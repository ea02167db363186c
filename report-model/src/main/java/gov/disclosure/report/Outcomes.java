package gov.disclosure.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** 三、本年度办理结果: the outcome rows and their total. */
public record Outcomes(
        @NotNull(message = "is missing") @Valid ApplicantCounts granted,
        @NotNull(message = "is missing") @Valid ApplicantCounts partiallyGranted,
        @NotNull(message = "is missing") @Valid Withheld withheld,
        @NotNull(message = "is missing") @Valid UnableToProvide unableToProvide,
        @NotNull(message = "is missing") @Valid NotProcessed notProcessed,
        @NotNull(message = "is missing") @Valid OtherHandling otherHandling,
        @NotNull(message = "is missing") @Valid ApplicantCounts total) {

    /** （三）不予公开 */
    public record Withheld(
            @NotNull(message = "is missing") @Valid ApplicantCounts stateSecret,
            @NotNull(message = "is missing") @Valid ApplicantCounts prohibitedByLaw,
            @NotNull(message = "is missing") @Valid ApplicantCounts endangersSafetyOrStability,
            @NotNull(message = "is missing") @Valid ApplicantCounts thirdPartyRights,
            @NotNull(message = "is missing") @Valid ApplicantCounts internalAffairs,
            @NotNull(message = "is missing") @Valid ApplicantCounts processInformation,
            @NotNull(message = "is missing") @Valid ApplicantCounts lawEnforcementFiles,
            @NotNull(message = "is missing") @Valid ApplicantCounts administrativeQuery) {
    }

    /** （四）无法提供 */
    public record UnableToProvide(
            @NotNull(message = "is missing") @Valid ApplicantCounts notHeld,
            @NotNull(message = "is missing") @Valid ApplicantCounts needsCreation,
            @NotNull(message = "is missing") @Valid ApplicantCounts unclearAfterCorrection) {
    }

    /** （五）不予处理 */
    public record NotProcessed(
            @NotNull(message = "is missing") @Valid ApplicantCounts complaintOrPetition,
            @NotNull(message = "is missing") @Valid ApplicantCounts repeatedApplication,
            @NotNull(message = "is missing") @Valid ApplicantCounts publicationRequested,
            @NotNull(message = "is missing") @Valid ApplicantCounts excessiveRequests,
            @NotNull(message = "is missing") @Valid ApplicantCounts confirmationRequested) {
    }

    /** （六）其他处理 */
    public record OtherHandling(
            @NotNull(message = "is missing") @Valid ApplicantCounts correctionOverdue,
            @NotNull(message = "is missing") @Valid ApplicantCounts feeUnpaid,
            @NotNull(message = "is missing") @Valid ApplicantCounts other) {
    }
}
