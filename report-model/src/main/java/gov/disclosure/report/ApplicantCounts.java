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

    public long get(ApplicantColumn column) {
        return switch (column) {
            case NATURAL_PERSON -> naturalPerson;
            case COMMERCIAL_ENTERPRISE -> commercialEnterprise;
            case RESEARCH_INSTITUTION -> researchInstitution;
            case SOCIAL_WELFARE_ORGANIZATION -> socialWelfareOrganization;
            case LEGAL_SERVICE_AGENCY -> legalServiceAgency;
            case OTHER_ORGANIZATION -> otherOrganization;
            case TOTAL -> total;
        };
    }
}
