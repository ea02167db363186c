package gov.disclosure.reports.parsing;

import gov.disclosure.report.ApplicantColumn;
import gov.disclosure.report.ApplicantCounts;
import gov.disclosure.report.ApplicationRow;
import gov.disclosure.report.Applications;
import gov.disclosure.report.Outcomes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static gov.disclosure.report.ApplicationRow.*;

/** Section 三: the applications table, 25 rows (2021 format) or 23 (2019 format) × 7 columns. */
final class ApplicationsReader {

    static final String SECTION = Section.APPLICATIONS.numeral();
    static final String OTHER_HANDLING_2019 = "（六）其他处理";
    private static final int COLUMNS = ApplicantColumn.values().length;

    /** What tells a row in compact text, most specific first. The labels themselves are {@link ApplicationRow}'s. */
    private static final Map<ApplicationRow, String[]> KEYS = keys();

    private static final List<ApplicationRow> ROWS_2021 = ApplicationRow.inPrintOrder();
    /** The 2019 format's rows; {@code null} stands for its single （六）其他处理 row. */
    private static final List<ApplicationRow> ROWS_2019 = rows2019();

    /** @param applications {@code null} when rows are missing; {@code lastLine} is the table's last line, -1 if none */
    record Result(Applications applications, TemplateFormat format, int lastLine) {
    }

    private ApplicationsReader() {
    }

    /**
     * The format of the table: a 2021 table shows itself by its three rows under （六）其他处理, a 2019 table only
     * by their absence, so that takes the year or section 二 to confirm (else a 2021 table missing those rows
     * would read as a 2019 one).
     */
    static TemplateFormat format(List<Token> tokens, TemplateFormat proactiveFormat, Integer year) {
        String compact = Compact.ofTexts(tokens);
        boolean has2021Rows = compact.contains("逾期不补正") || compact.contains("缴纳费用") || compact.contains("收费通知");
        return !has2021Rows && (proactiveFormat == TemplateFormat.FORMAT_2019 || TemplateFormat.isOf2019(year))
                ? TemplateFormat.FORMAT_2019 : TemplateFormat.FORMAT_2021;
    }

    static Result read(List<Token> tokens, TemplateFormat format, ReadingLog log) {
        List<ApplicationRow> rows = format == TemplateFormat.FORMAT_2019 ? ROWS_2019 : ROWS_2021;
        List<RowSpec> specs = rows.stream().map(ApplicationsReader::spec).toList();
        List<TableReader.Row> read = TableReader.read(tokens, specs);
        if (read.stream().noneMatch(TableReader.Row::found)) {
            log.missing(SECTION, Section.APPLICATIONS.title(), "the applications table was not found");
            return new Result(null, format, -1);
        }
        Map<ApplicationRow, ApplicantCounts> counts = new EnumMap<>(ApplicationRow.class);
        int lastLine = -1;
        for (int i = 0; i < rows.size(); i++) {
            TableReader.Row row = read.get(i);
            ApplicationRow target = rows.get(i) == null ? OTHER : rows.get(i);
            if (!row.found()) {
                log.missing(SECTION, row.spec().label(), row.problem());
                continue;
            }
            lastLine = Math.max(lastLine, row.lastLine());
            if (row.note() != null) {
                log.note(SECTION + " " + row.spec().label() + ": " + row.note());
            }
            ApplicantCounts applicantCounts = applicantCounts(row.values());
            if (applicantCounts == null) {
                log.missing(SECTION, row.spec().label(), "not counts: " + row.values());
            } else {
                counts.put(target, applicantCounts);
            }
        }
        if (format == TemplateFormat.FORMAT_2019 && counts.containsKey(OTHER)) {
            counts.put(CORRECTION_OVERDUE, ApplicantCounts.ZERO);
            counts.put(FEE_UNPAID, ApplicantCounts.ZERO);
            log.note(SECTION + " 2019 format: its single row （六）其他处理 is read as outcomes.otherHandling.other; "
                    + "correctionOverdue and feeUnpaid, which that format does not have, are 0");
        }
        Applications applications = counts.size() == ROWS_2021.size() ? applications(counts) : null;
        return new Result(applications, format, lastLine);
    }

    private static RowSpec spec(ApplicationRow row) {
        return row == null ? RowSpec.of(OTHER_HANDLING_2019, COLUMNS, "六其他处理", "其他处理")
                : RowSpec.of(row.label(), COLUMNS, KEYS.get(row));
    }

    private static ApplicantCounts applicantCounts(List<BigDecimal> values) {
        Long[] counts = new Long[COLUMNS];
        for (int i = 0; i < COLUMNS; i++) {
            counts[i] = Counts.count(values.get(i));
            if (counts[i] == null) {
                return null;
            }
        }
        return new ApplicantCounts(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6]);
    }

    private static Applications applications(Map<ApplicationRow, ApplicantCounts> rows) {
        Outcomes outcomes = new Outcomes(
                rows.get(GRANTED),
                rows.get(PARTIALLY_GRANTED),
                new Outcomes.Withheld(rows.get(STATE_SECRET), rows.get(PROHIBITED_BY_LAW),
                        rows.get(ENDANGERS_SAFETY_OR_STABILITY), rows.get(THIRD_PARTY_RIGHTS),
                        rows.get(INTERNAL_AFFAIRS), rows.get(PROCESS_INFORMATION), rows.get(LAW_ENFORCEMENT_FILES),
                        rows.get(ADMINISTRATIVE_QUERY)),
                new Outcomes.UnableToProvide(rows.get(NOT_HELD), rows.get(NEEDS_CREATION),
                        rows.get(UNCLEAR_AFTER_CORRECTION)),
                new Outcomes.NotProcessed(rows.get(COMPLAINT_OR_PETITION), rows.get(REPEATED_APPLICATION),
                        rows.get(PUBLICATION_REQUESTED), rows.get(EXCESSIVE_REQUESTS),
                        rows.get(CONFIRMATION_REQUESTED)),
                new Outcomes.OtherHandling(rows.get(CORRECTION_OVERDUE), rows.get(FEE_UNPAID), rows.get(OTHER)),
                rows.get(OUTCOMES_TOTAL));
        return new Applications(rows.get(NEWLY_RECEIVED), rows.get(CARRIED_OVER), outcomes, rows.get(CARRIED_FORWARD));
    }

    private static List<ApplicationRow> rows2019() {
        List<ApplicationRow> rows = new ArrayList<>();
        for (ApplicationRow row : ApplicationRow.values()) {
            if (row == CORRECTION_OVERDUE) {
                rows.add(null);
            } else if (row != FEE_UNPAID && row != OTHER) {
                rows.add(row);
            }
        }
        return Collections.unmodifiableList(rows);
    }

    /**
     * Each row's label with its item number, without it, and distinctive parts of it; a label wrapped, spaced or
     * mistyped is still found by one of them.
     */
    private static Map<ApplicationRow, String[]> keys() {
        Map<ApplicationRow, String[]> keys = new EnumMap<>(ApplicationRow.class);
        keys.put(NEWLY_RECEIVED, keys("一本年新收政府信息公开申请数量", "本年新收政府信息公开申请数量", "本年新收"));
        keys.put(CARRIED_OVER, keys("二上年结转政府信息公开申请数量", "上年结转政府信息公开申请数量", "上年结转"));
        keys.put(GRANTED, keys("一予以公开", "予以公开"));
        keys.put(PARTIALLY_GRANTED, keys("二部分公开区分处理的只计这一情形不计其他情形",
                "部分公开区分处理的只计这一情形不计其他情形", "部分公开"));
        keys.put(STATE_SECRET, keys("1属于国家秘密", "属于国家秘密", "国家秘密"));
        keys.put(PROHIBITED_BY_LAW, keys("2其他法律行政法规禁止公开", "其他法律行政法规禁止公开", "法律行政法规禁止公开",
                "禁止公开"));
        keys.put(ENDANGERS_SAFETY_OR_STABILITY, keys("3危及三安全一稳定", "危及三安全一稳定", "三安全一稳定", "危及"));
        keys.put(THIRD_PARTY_RIGHTS, keys("4保护第三方合法权益", "保护第三方合法权益", "第三方合法权益", "第三方"));
        keys.put(INTERNAL_AFFAIRS, keys("5属于三类内部事务信息", "属于三类内部事务信息", "内部事务信息", "内部事务"));
        keys.put(PROCESS_INFORMATION, keys("6属于四类过程性信息", "属于四类过程性信息", "过程性信息"));
        keys.put(LAW_ENFORCEMENT_FILES, keys("7属于行政执法案卷", "属于行政执法案卷", "行政执法案卷", "执法案卷"));
        keys.put(ADMINISTRATIVE_QUERY, keys("8属于行政查询事项", "属于行政查询事项", "行政查询事项", "行政查询"));
        keys.put(NOT_HELD, keys("1本机关不掌握相关政府信息", "本机关不掌握相关政府信息", "不掌握相关政府信息", "不掌握"));
        keys.put(NEEDS_CREATION, keys("2没有现成信息需要另行制作", "没有现成信息需要另行制作", "另行制作", "没有现成信息"));
        keys.put(UNCLEAR_AFTER_CORRECTION, keys("3补正后申请内容仍不明确", "补正后申请内容仍不明确", "仍不明确"));
        keys.put(COMPLAINT_OR_PETITION, keys("1信访举报投诉类申请", "信访举报投诉类申请", "信访举报投诉", "信访"));
        keys.put(REPEATED_APPLICATION, keys("2重复申请", "重复申请"));
        keys.put(PUBLICATION_REQUESTED, keys("3要求提供公开出版物", "要求提供公开出版物", "公开出版物"));
        keys.put(EXCESSIVE_REQUESTS, keys("4无正当理由大量反复申请", "无正当理由大量反复申请", "大量反复申请", "反复申请"));
        keys.put(CONFIRMATION_REQUESTED, keys("5要求行政机关确认或重新出具已获取信息", "要求行政机关确认或重新出具已获取信息",
                "重新出具已获取信息", "确认或重新出具", "重新出具"));
        keys.put(CORRECTION_OVERDUE, keys("1申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请",
                "申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请", "逾期不补正"));
        keys.put(FEE_UNPAID, keys("2申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请",
                "申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请", "逾期未按收费通知要求缴纳费用",
                "缴纳费用", "收费通知"));
        // "其他" alone: the column header, "（六）其他处理", "不计其他情形" and "其他法律…" are not this row
        keys.put(OTHER, keys("3其他(?!处理|结果|情形|法律|组织|需要|事项)", "其他(?!处理|结果|情形|法律|组织|需要|事项)"));
        keys.put(OUTCOMES_TOTAL, keys("七总计", "总计"));
        keys.put(CARRIED_FORWARD, keys("四结转下年度继续办理", "结转下年度继续办理", "结转下年度", "下年度继续办理"));
        return keys;
    }

    private static String[] keys(String... keys) {
        return keys;
    }
}
