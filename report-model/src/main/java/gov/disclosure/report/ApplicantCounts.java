package gov.disclosure.report;

/**
 * One row of the applications table (section 三): a count for each kind of applicant and the row's total.
 */
public record ApplicantCounts(
        @Count Long naturalPerson,
        @Count Long commercialEnterprise,
        @Count Long researchInstitution,
        @Count Long socialWelfareOrganization,
        @Count Long legalServiceAgency,
        @Count Long otherOrganization,
        @Count Long total) {

    public static final ApplicantCounts ZERO = new ApplicantCounts(0L, 0L, 0L, 0L, 0L, 0L, 0L);
}
