package gov.disclosure.reports.parsing;

import gov.disclosure.report.ProactiveDisclosure;
import gov.disclosure.report.ProactiveDisclosure.Decisions;
import gov.disclosure.report.ProactiveDisclosure.DocumentCounts;
import gov.disclosure.report.ProactiveDisclosure.Fees;
import gov.disclosure.report.ProactiveItem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Section 二: the small tables of article 20 items. The 2021 format has six rows (规章 … 行政事业性收费, from
 * {@link ProactiveItem}); the 2019 format had more columns and rows, mapped onto the canonical fields with notes.
 */
final class ProactiveDisclosureReader {

    static final String SECTION = Section.PROACTIVE_DISCLOSURE.numeral();

    private static final String REGULATIONS = "规章";
    private static final String NORMATIVE_DOCUMENTS_2019 = "规范性文件";
    private static final String LICENSING = "行政许可";
    private static final String OTHER_SERVICES_2019 = "其他对外管理服务事项";
    private static final String PENALTIES = "行政处罚";
    private static final String COERCION = "行政强制";
    private static final String FEES = "行政事业性收费";
    private static final String PROCUREMENT_2019 = "政府集中采购";

    private static final List<RowSpec> ROWS_2021 = rows2021();
    private static final List<RowSpec> ROWS_2019 = List.of(
            RowSpec.of(REGULATIONS, 3),
            RowSpec.of(NORMATIVE_DOCUMENTS_2019, 3, "(?<!行政)规范性文件", "规范性文件"),
            RowSpec.of(LICENSING, 3),
            RowSpec.optional(OTHER_SERVICES_2019, 3, "其他对外管理服务事项", "对外管理服务事项"),
            RowSpec.of(PENALTIES, 3),
            RowSpec.of(COERCION, 3),
            RowSpec.of(FEES, 2, "行政事业性收费", "事业性收费"),
            RowSpec.optional(PROCUREMENT_2019, 2, "政府集中采购", "集中采购"));

    private ProactiveDisclosureReader() {
    }

    /** The format of the tables, by the column headers only one format has, else by the year. */
    static TemplateFormat format(List<Token> tokens, Integer year) {
        String compact = Compact.ofTexts(tokens);
        if (compact.contains("本年新制作") || compact.contains("本年新公开") || compact.contains("对外公开总数量")
                || compact.contains("上一年项目数量") || compact.contains("政府集中采购") || compact.contains("采购总金额")) {
            return TemplateFormat.FORMAT_2019;
        }
        boolean has2021Columns = compact.contains("本年制发件数") || compact.contains("本年废止件数")
                || compact.contains("现行有效件数") || compact.contains("本年收费金额");
        return has2021Columns || !TemplateFormat.isOf2019(year) ? TemplateFormat.FORMAT_2021 : TemplateFormat.FORMAT_2019;
    }

    /** The section's numbers, or {@code null} when some are missing (recorded in {@code log}). */
    static ProactiveDisclosure read(List<Token> tokens, TemplateFormat format, ReadingLog log) {
        List<RowSpec> specs = format == TemplateFormat.FORMAT_2019 ? ROWS_2019 : ROWS_2021;
        List<TableReader.Row> rows = TableReader.read(tokens, specs);
        if (rows.stream().noneMatch(TableReader.Row::found)) {
            log.missing(SECTION, Section.PROACTIVE_DISCLOSURE.title(), "the tables of article 20 items were not found");
            return null;
        }
        Map<String, List<BigDecimal>> values = new LinkedHashMap<>();
        for (TableReader.Row row : rows) {
            String label = row.spec().label();
            if (row.found()) {
                values.put(label, row.values());
                if (row.note() != null) {
                    log.note(SECTION + " " + label + ": " + row.note());
                }
            } else if (row.spec().optional()) {
                log.note(SECTION + " " + label + ": not printed");
            } else {
                log.missing(SECTION, label, row.problem());
            }
        }
        if (format == TemplateFormat.FORMAT_2019) {
            return from2019(values, log);
        }
        ProactiveDisclosure disclosure = from2021(values, log);
        return disclosure != null && FeeUnit.isYuan(tokens) ? withFeesInTenThousands(disclosure, log) : disclosure;
    }

    private static ProactiveDisclosure withFeesInTenThousands(ProactiveDisclosure disclosure, ReadingLog log) {
        BigDecimal yuan = disclosure.fees().amount();
        BigDecimal amount = FeeUnit.toTenThousands(yuan);
        log.note(SECTION + " " + FEES + ": the amount is printed in 元: " + yuan.toPlainString() + " 元 read as "
                + amount.toPlainString() + " 万元");
        return new ProactiveDisclosure(disclosure.regulations(), disclosure.normativeDocuments(),
                disclosure.licensing(), disclosure.penalties(), disclosure.coercion(), new Fees(amount));
    }

    private static ProactiveDisclosure from2021(Map<String, List<BigDecimal>> rows, ReadingLog log) {
        Numbers numbers = new Numbers(rows, log);
        ProactiveDisclosure disclosure = new ProactiveDisclosure(
                new DocumentCounts(numbers.count(ProactiveItem.REGULATIONS_ISSUED.rowLabel(), 0),
                        numbers.count(ProactiveItem.REGULATIONS_REPEALED.rowLabel(), 1),
                        numbers.count(ProactiveItem.REGULATIONS_IN_FORCE.rowLabel(), 2)),
                new DocumentCounts(numbers.count(ProactiveItem.NORMATIVE_DOCUMENTS_ISSUED.rowLabel(), 0),
                        numbers.count(ProactiveItem.NORMATIVE_DOCUMENTS_REPEALED.rowLabel(), 1),
                        numbers.count(ProactiveItem.NORMATIVE_DOCUMENTS_IN_FORCE.rowLabel(), 2)),
                new Decisions(numbers.count(ProactiveItem.LICENSING_DECISIONS.rowLabel(), 0)),
                new Decisions(numbers.count(ProactiveItem.PENALTIES_DECISIONS.rowLabel(), 0)),
                new Decisions(numbers.count(ProactiveItem.COERCION_DECISIONS.rowLabel(), 0)),
                new Fees(numbers.amount(ProactiveItem.FEES_AMOUNT.rowLabel(), 0)));
        return numbers.complete() ? disclosure : null;
    }

    private static ProactiveDisclosure from2019(Map<String, List<BigDecimal>> rows, ReadingLog log) {
        Numbers numbers = new Numbers(rows, log);
        ProactiveDisclosure disclosure = new ProactiveDisclosure(
                new DocumentCounts(numbers.count(REGULATIONS, 0), 0L, numbers.count(REGULATIONS, 2)),
                new DocumentCounts(numbers.count(NORMATIVE_DOCUMENTS_2019, 0), 0L,
                        numbers.count(NORMATIVE_DOCUMENTS_2019, 2)),
                new Decisions(numbers.count(LICENSING, 2)),
                new Decisions(numbers.count(PENALTIES, 2)),
                new Decisions(numbers.count(COERCION, 2)),
                new Fees(BigDecimal.ZERO));
        log.note(SECTION + " 2019 format: 规章 and 规范性文件 本年新制作数量 → issued, 对外公开总数量 → inForce; "
                + "repealed is not in that format: 0; 本年新公开数量 is not kept");
        log.note(SECTION + " 2019 format: 行政许可, 行政处罚 and 行政强制 处理决定数量 → decisions; "
                + "their 上一年项目数量 and 本年增/减 are not kept");
        log.note(SECTION + " 2019 format: 行政事业性收费 has only 上一年项目数量 and 本年增/减, no amount: "
                + "fees.amount is 0");
        if (rows.containsKey(OTHER_SERVICES_2019)) {
            log.note(SECTION + " 2019 format: 其他对外管理服务事项 has no canonical field: not kept");
        }
        if (rows.containsKey(PROCUREMENT_2019)) {
            log.note(SECTION + " 2019 format: 第二十条第（九）项 政府集中采购 (项目数量, 采购总金额) has no canonical "
                    + "field: not kept");
        }
        return numbers.complete() ? disclosure : null;
    }

    private static List<RowSpec> rows2021() {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (ProactiveItem item : ProactiveItem.values()) {
            columns.merge(item.rowLabel(), 1, Integer::sum);
        }
        List<RowSpec> rows = new ArrayList<>();
        columns.forEach((label, count) -> rows.add(label.equals(FEES)
                ? RowSpec.of(label, count, "行政事业性收费", "事业性收费")
                : label.equals("行政规范性文件") ? RowSpec.of(label, count, "行政规范性文件", "规范性文件")
                : RowSpec.of(label, count)));
        return List.copyOf(rows);
    }

    /** Reads numbers out of the rows found, recording what is not a count or an amount. */
    private static final class Numbers {
        private final Map<String, List<BigDecimal>> rows;
        private final ReadingLog log;
        private boolean complete = true;

        Numbers(Map<String, List<BigDecimal>> rows, ReadingLog log) {
            this.rows = rows;
            this.log = log;
        }

        Long count(String row, int column) {
            BigDecimal value = value(row, column);
            if (value == null) {
                return 0L;
            }
            Long count = Counts.count(value);
            if (count == null) {
                log.missing(SECTION, row, "not a count: " + value.toPlainString());
                complete = false;
                return 0L;
            }
            return count;
        }

        BigDecimal amount(String row, int column) {
            BigDecimal value = value(row, column);
            if (value == null) {
                return BigDecimal.ZERO;
            }
            if (value.signum() < 0) {
                log.missing(SECTION, row, "not an amount: " + value.toPlainString());
                complete = false;
            }
            return value;
        }

        private BigDecimal value(String row, int column) {
            List<BigDecimal> values = rows.get(row);
            if (values == null) {
                complete = false;
                return null;
            }
            return values.get(column);
        }

        boolean complete() {
            return complete;
        }
    }
}
