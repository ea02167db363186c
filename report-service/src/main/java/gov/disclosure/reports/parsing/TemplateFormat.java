package gov.disclosure.reports.parsing;

/** The national template a report's tables follow. */
public enum TemplateFormat {
    /** 国办公开办函〔2021〕30号: reports for 2021 and later. */
    FORMAT_2021,
    /** 国办公开办函〔2019〕60号: reports for 2019 and 2020. */
    FORMAT_2019
}
