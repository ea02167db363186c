package gov.disclosure.report;

import java.util.List;

/** The seven columns of the applications table (section 三), in print order. */
public enum ApplicantColumn {
    NATURAL_PERSON("naturalPerson", "自然人"),
    COMMERCIAL_ENTERPRISE("commercialEnterprise", "商业企业"),
    RESEARCH_INSTITUTION("researchInstitution", "科研机构"),
    SOCIAL_WELFARE_ORGANIZATION("socialWelfareOrganization", "社会公益组织"),
    LEGAL_SERVICE_AGENCY("legalServiceAgency", "法律服务机构"),
    OTHER_ORGANIZATION("otherOrganization", "其他"),
    TOTAL("total", "总计");

    /** The six applicant columns whose sum is {@link #TOTAL}. */
    public static final List<ApplicantColumn> APPLICANTS = List.of(
            NATURAL_PERSON, COMMERCIAL_ENTERPRISE, RESEARCH_INSTITUTION,
            SOCIAL_WELFARE_ORGANIZATION, LEGAL_SERVICE_AGENCY, OTHER_ORGANIZATION);

    private final String jsonName;
    private final String label;

    ApplicantColumn(String jsonName, String label) {
        this.jsonName = jsonName;
        this.label = label;
    }

    public String jsonName() {
        return jsonName;
    }

    public String label() {
        return label;
    }
}
