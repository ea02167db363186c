package gov.disclosure.reports.parsing;

import gov.disclosure.report.ReportTemplate;

/** The national template a report's tables follow. */
public enum TemplateFormat {
    /** 国办公开办函〔2021〕30号: reports for 2021 and later. */
    FORMAT_2021,
    /** 国办公开办函〔2019〕60号: reports for 2019 and 2020. */
    FORMAT_2019;

    /** Whether a report for {@code year} was due in the 2019 format; {@code false} for an unknown year. */
    static boolean isOf2019(Integer year) {
        return year != null && year <= ReportTemplate.Format2019.LAST_YEAR;
    }
}
