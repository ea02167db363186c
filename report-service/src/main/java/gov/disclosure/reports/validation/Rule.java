package gov.disclosure.reports.validation;

/** The arithmetic rules of the template (勾稽关系), each with a stable code for error reports. */
public enum Rule {
    /** 一 + 二 = 三（七）+ 四, in each of the seven columns. */
    BALANCE(Severity.VIOLATION),
    /** outcomes.total is the sum of the 21 outcome rows, in each column. */
    OUTCOME_TOTAL(Severity.VIOLATION),
    /** A row's total is the sum of its six applicant columns. */
    ROW_TOTAL(Severity.VIOLATION),
    /** total = upheld + corrected + other + pending, in each group of section 四. */
    REVIEW_TOTAL(Severity.VIOLATION),
    /** This year's carriedOver is last year's carriedForward of the same agency. */
    CARRY_CHAIN(Severity.WARNING),
    /** fees.amount has at most four decimals. */
    FEE_PRECISION(Severity.WARNING),
    /** A figure the narrative quotes (共收到政府信息公开申请20件) is not what the tables say. */
    NARRATIVE_MISMATCH(Severity.WARNING),
    /** A number is more than ten times the agency's number of the year before, or less than a tenth of it. */
    YEAR_ON_YEAR_JUMP(Severity.WARNING),
    /** The roster has the agency in another region. */
    ROSTER_REGION(Severity.WARNING),
    /** The roster has the agency under another name. */
    ROSTER_NAME(Severity.WARNING);

    public enum Severity { VIOLATION, WARNING }

    private final Severity severity;

    Rule(Severity severity) {
        this.severity = severity;
    }

    public boolean isWarning() {
        return severity == Severity.WARNING;
    }
}
