package gov.disclosure.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The national template of the annual report (国办公开办函〔2021〕30号), described once: the tables of sections 二, 三
 * and 四 with every row and column, the labels they are printed with and the common variants of those labels, the
 * place of each number in the canonical JSON (its flat name), the arithmetic identities that tie the numbers
 * together, and how the 2019 format (国办公开办函〔2019〕60号) maps onto it. Validation, flattening, the readers of
 * published texts, problems and events are driven from here: a change to the template is a change to this file.
 *
 * <p>Row and column keys are what tells a label in text reduced to its letters and digits (see the parser's
 * {@code Compact}), most specific first; a key may be a regular expression where a bare word would match other
 * labels ("其他" must not match "其他处理").
 */
public final class ReportTemplate {

    /** A column of a table: its name in the canonical JSON and the label it is printed with. */
    public record Column(String name, String label) {
    }

    /**
     * A row of a table.
     *
     * @param path    its place under its table's JSON object, joined with dots ({@code outcomes.withheld.stateSecret})
     * @param groups  the labels of the merged cells it is printed under, outermost first (三、本年度办理结果, （三）不予公开)
     * @param item    its own label as printed (1.属于国家秘密)
     * @param keys    what tells its label in compact text, most specific first
     * @param columns its columns, in print order
     */
    public record Row(String path, List<String> groups, String item, List<String> keys, List<Column> columns) {

        public Row {
            groups = List.copyOf(groups);
            keys = List.copyOf(keys);
            columns = List.copyOf(columns);
        }

        /**
         * The label problems name the row by: its item, after the group that tells what it is part of where it has
         * one (（三）不予公开 1.属于国家秘密, 行政诉讼 未经复议直接起诉).
         */
        public String label() {
            String group = groups.isEmpty() ? "" : groups.get(groups.size() - 1);
            return group.startsWith("（") || group.equals(LITIGATION) ? group + " " + item : item;
        }
    }

    /** A table of the template: a section's numbers, {@code path} their JSON object. */
    public record Table(String section, String title, String path, List<Row> rows) {

        public Table {
            rows = List.copyOf(rows);
        }

        public Row row(String rowPath) {
            return rows.stream().filter(row -> row.path().equals(rowPath)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no row " + rowPath + " in " + path));
        }

        /** The table's cells in print order: row by row. */
        public List<Cell> cells() {
            return CELLS.stream().filter(cell -> cell.table() == this).toList();
        }
    }

    /**
     * One number of a report.
     *
     * @param index    its place among all the template's numbers in print order
     * @param flatName its JSON path joined with dots, the name events and rollups use
     */
    public record Cell(int index, String flatName, Table table, Row row, Column column) {

        /** Its JSON pointer ({@code /applications/newlyReceived/total}). */
        public String pointer() {
            return "/" + flatName.replace('.', '/');
        }

        /** The one number that is an amount of money (万元) rather than a count. */
        public boolean isAmount() {
            return flatName.equals(FEES_AMOUNT);
        }

        public String rowLabel() {
            return row.label();
        }

        public String columnLabel() {
            return column.label();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Cell cell && cell.index == index;
        }

        @Override
        public int hashCode() {
            return index;
        }

        @Override
        public String toString() {
            return flatName;
        }
    }

    /**
     * An arithmetic identity of the template (勾稽关系): {@code target} = Σ {@code plus} − Σ {@code minus}. A broken
     * identity is reported at its target, the cell it computes.
     *
     * @param rule      the rule's stable code (BALANCE, OUTCOME_TOTAL, ROW_TOTAL, REVIEW_TOTAL)
     * @param statement the rule in words, as problems state it
     */
    public record Identity(String rule, String statement, Cell target, List<Cell> plus, List<Cell> minus) {

        public Identity {
            plus = List.copyOf(plus);
            minus = List.copyOf(minus);
        }

        /** Every cell the identity ties together: its target first. */
        public List<Cell> cells() {
            List<Cell> cells = new ArrayList<>(1 + plus.size() + minus.size());
            cells.add(target);
            cells.addAll(plus);
            cells.addAll(minus);
            return cells;
        }
    }

    public static final String BALANCE = "BALANCE";
    public static final String OUTCOME_TOTAL = "OUTCOME_TOTAL";
    public static final String ROW_TOTAL = "ROW_TOTAL";
    public static final String REVIEW_TOTAL = "REVIEW_TOTAL";

    // ---- section 二: 主动公开政府信息情况

    private static final Column ISSUED = new Column("issued", "本年制发件数");
    private static final Column REPEALED = new Column("repealed", "本年废止件数");
    private static final Column IN_FORCE = new Column("inForce", "现行有效件数");
    private static final Column DECISIONS = new Column("decisions", "本年处理决定数量");
    private static final Column AMOUNT = new Column("amount", "本年收费金额（单位：万元）");
    private static final List<Column> DOCUMENT_COLUMNS = List.of(ISSUED, REPEALED, IN_FORCE);

    public static final Table PROACTIVE_DISCLOSURE = new Table("二", "主动公开政府信息情况", "proactiveDisclosure", List.of(
            new Row("regulations", List.of("第二十条第（一）项"), "规章", List.of("规章"), DOCUMENT_COLUMNS),
            new Row("normativeDocuments", List.of("第二十条第（一）项"), "行政规范性文件",
                    List.of("行政规范性文件", "规范性文件"), DOCUMENT_COLUMNS),
            new Row("licensing", List.of("第二十条第（五）项"), "行政许可", List.of("行政许可"), List.of(DECISIONS)),
            new Row("penalties", List.of("第二十条第（六）项"), "行政处罚", List.of("行政处罚"), List.of(DECISIONS)),
            new Row("coercion", List.of("第二十条第（六）项"), "行政强制", List.of("行政强制"), List.of(DECISIONS)),
            new Row("fees", List.of("第二十条第（八）项"), "行政事业性收费", List.of("行政事业性收费", "事业性收费"),
                    List.of(AMOUNT))));

    /** The flat name of the one amount of the template: 行政事业性收费, in 万元. */
    public static final String FEES_AMOUNT = "proactiveDisclosure.fees.amount";

    // ---- section 三: 收到和处理政府信息公开申请情况

    /** Section 三's columns: the six kinds of applicant, then their total. */
    public static final List<Column> APPLICANT_COLUMNS = List.of(
            new Column("naturalPerson", "自然人"),
            new Column("commercialEnterprise", "商业企业"),
            new Column("researchInstitution", "科研机构"),
            new Column("socialWelfareOrganization", "社会公益组织"),
            new Column("legalServiceAgency", "法律服务机构"),
            new Column("otherOrganization", "其他"),
            new Column("total", "总计"));

    /** The header over section 三's columns, and the one over the five kinds of organisation among them. */
    public static final String APPLICANTS_HEADER = "申请人情况";
    public static final String ORGANIZATIONS_HEADER = "法人或其他组织";
    /** The note the template prints in section 三's corner. */
    public static final String APPLICATIONS_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    /** The header of section 二's label column. */
    public static final String PROACTIVE_ITEM_HEADER = "信息内容";

    private static final String RESULTS = "三、本年度办理结果";
    private static final String WITHHELD = "（三）不予公开";
    private static final String UNABLE = "（四）无法提供";
    private static final String NOT_PROCESSED = "（五）不予处理";
    private static final String OTHER_HANDLING = "（六）其他处理";
    /** "其他" alone: not the column header's 其他, "（六）其他处理", "不计其他情形" or "其他法律…". */
    private static final String OTHER_ALONE = "其他(?!处理|结果|情形|法律|组织|需要|事项)";

    public static final Table APPLICATIONS = new Table("三", "收到和处理政府信息公开申请情况", "applications", List.of(
            applications("newlyReceived", List.of(), "一、本年新收政府信息公开申请数量", "本年新收"),
            applications("carriedOver", List.of(), "二、上年结转政府信息公开申请数量", "上年结转"),
            applications("outcomes.granted", List.of(RESULTS), "（一）予以公开", "予以公开"),
            applications("outcomes.partiallyGranted", List.of(RESULTS),
                    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "部分公开"),
            applications("outcomes.withheld.stateSecret", List.of(RESULTS, WITHHELD), "1.属于国家秘密", "国家秘密"),
            applications("outcomes.withheld.prohibitedByLaw", List.of(RESULTS, WITHHELD), "2.其他法律行政法规禁止公开",
                    "法律行政法规禁止公开", "禁止公开"),
            applications("outcomes.withheld.endangersSafetyOrStability", List.of(RESULTS, WITHHELD),
                    "3.危及“三安全一稳定”", "三安全一稳定", "危及"),
            applications("outcomes.withheld.thirdPartyRights", List.of(RESULTS, WITHHELD), "4.保护第三方合法权益",
                    "第三方合法权益", "第三方"),
            applications("outcomes.withheld.internalAffairs", List.of(RESULTS, WITHHELD), "5.属于三类内部事务信息",
                    "内部事务信息", "内部事务"),
            applications("outcomes.withheld.processInformation", List.of(RESULTS, WITHHELD), "6.属于四类过程性信息",
                    "过程性信息"),
            applications("outcomes.withheld.lawEnforcementFiles", List.of(RESULTS, WITHHELD), "7.属于行政执法案卷",
                    "行政执法案卷", "执法案卷"),
            applications("outcomes.withheld.administrativeQuery", List.of(RESULTS, WITHHELD), "8.属于行政查询事项",
                    "行政查询事项", "行政查询"),
            applications("outcomes.unableToProvide.notHeld", List.of(RESULTS, UNABLE), "1.本机关不掌握相关政府信息",
                    "不掌握相关政府信息", "不掌握"),
            applications("outcomes.unableToProvide.needsCreation", List.of(RESULTS, UNABLE),
                    "2.没有现成信息需要另行制作", "另行制作", "没有现成信息"),
            applications("outcomes.unableToProvide.unclearAfterCorrection", List.of(RESULTS, UNABLE),
                    "3.补正后申请内容仍不明确", "仍不明确"),
            applications("outcomes.notProcessed.complaintOrPetition", List.of(RESULTS, NOT_PROCESSED),
                    "1.信访举报投诉类申请", "信访举报投诉", "信访"),
            applications("outcomes.notProcessed.repeatedApplication", List.of(RESULTS, NOT_PROCESSED), "2.重复申请"),
            applications("outcomes.notProcessed.publicationRequested", List.of(RESULTS, NOT_PROCESSED),
                    "3.要求提供公开出版物", "公开出版物"),
            applications("outcomes.notProcessed.excessiveRequests", List.of(RESULTS, NOT_PROCESSED),
                    "4.无正当理由大量反复申请", "大量反复申请", "反复申请"),
            applications("outcomes.notProcessed.confirmationRequested", List.of(RESULTS, NOT_PROCESSED),
                    "5.要求行政机关确认或重新出具已获取信息", "重新出具已获取信息", "确认或重新出具", "重新出具"),
            applications("outcomes.otherHandling.correctionOverdue", List.of(RESULTS, OTHER_HANDLING),
                    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "逾期不补正"),
            applications("outcomes.otherHandling.feeUnpaid", List.of(RESULTS, OTHER_HANDLING),
                    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                    "逾期未按收费通知要求缴纳费用", "缴纳费用", "收费通知"),
            new Row("outcomes.otherHandling.other", List.of(RESULTS, OTHER_HANDLING), "3.其他",
                    List.of("3" + OTHER_ALONE, OTHER_ALONE), APPLICANT_COLUMNS),
            new Row("outcomes.total", List.of(RESULTS), "（七）总计", List.of("七总计", "总计"), APPLICANT_COLUMNS),
            applications("carriedForward", List.of(), "四、结转下年度继续办理", "结转下年度", "下年度继续办理")));

    // ---- section 四: 政府信息公开行政复议、行政诉讼情况

    private static final String LITIGATION = "行政诉讼";

    /** The five columns of each group of section 四. */
    public static final List<Column> REVIEW_COLUMNS = List.of(
            new Column("upheld", "结果维持"),
            new Column("corrected", "结果纠正"),
            new Column("other", "其他结果"),
            new Column("pending", "尚未审结"),
            new Column("total", "总计"));

    public static final Table REVIEW_AND_LITIGATION = new Table("四", "政府信息公开行政复议、行政诉讼情况",
            "reviewAndLitigation", List.of(
            new Row("administrativeReview", List.of(), "行政复议", List.of("行政复议"), REVIEW_COLUMNS),
            new Row("litigationDirect", List.of(LITIGATION), "未经复议直接起诉", List.of("未经复议直接起诉", "直接起诉"),
                    REVIEW_COLUMNS),
            new Row("litigationAfterReview", List.of(LITIGATION), "复议后起诉", List.of("复议后起诉"), REVIEW_COLUMNS)));

    /** The tables in print order. */
    public static final List<Table> TABLES = List.of(PROACTIVE_DISCLOSURE, APPLICATIONS, REVIEW_AND_LITIGATION);

    /** Every number of a report, in print order. */
    public static final List<Cell> CELLS = cells();

    private static final Map<String, Cell> BY_FLAT_NAME = byFlatName();

    /** The 21 outcome rows whose sum is （七）总计: every row from （一）予以公开 to （六）3.其他. */
    public static final List<Row> OUTCOME_ROWS = APPLICATIONS.rows().subList(2, 23);

    /** Every identity of the template, in the order problems list them. */
    public static final List<Identity> IDENTITIES = identities();

    private ReportTemplate() {
    }

    /** The cell of a flat name, if the template has it. */
    public static Optional<Cell> find(String flatName) {
        return Optional.ofNullable(BY_FLAT_NAME.get(flatName));
    }

    /** The cell of a flat name the template has. */
    public static Cell cell(String flatName) {
        return find(flatName).orElseThrow(() -> new IllegalArgumentException("no number " + flatName + " in the template"));
    }

    public static Cell cell(Table table, String rowPath, String column) {
        return cell(table.path() + "." + rowPath + "." + column);
    }

    /** The cells of one row, in column order. */
    public static List<Cell> cells(Table table, Row row) {
        String prefix = table.path() + "." + row.path() + ".";
        return row.columns().stream().map(column -> cell(prefix + column.name())).toList();
    }

    private static Row applications(String path, List<String> groups, String item, String... distinctive) {
        List<String> keys = new ArrayList<>();
        String compact = compact(item);
        keys.add(compact);
        String withoutNumber = compact.replaceFirst("^([一二三四五六七八九]|\\d)", "");
        if (!withoutNumber.equals(compact)) {
            keys.add(withoutNumber);
        }
        for (String key : distinctive) {
            if (!keys.contains(key)) {
                keys.add(key);
            }
        }
        return new Row(path, groups, item, keys, APPLICANT_COLUMNS);
    }

    /** Letters and digits only, as labels are matched. */
    static String compact(String text) {
        StringBuilder compact = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).forEach(compact::appendCodePoint);
        return compact.toString();
    }

    private static List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        for (Table table : List.of(PROACTIVE_DISCLOSURE, APPLICATIONS, REVIEW_AND_LITIGATION)) {
            for (Row row : table.rows()) {
                for (Column column : row.columns()) {
                    String flatName = table.path() + "." + row.path() + "." + column.name();
                    cells.add(new Cell(cells.size(), flatName, table, row, column));
                }
            }
        }
        return Collections.unmodifiableList(cells);
    }

    private static Map<String, Cell> byFlatName() {
        Map<String, Cell> map = new LinkedHashMap<>();
        CELLS.forEach(cell -> map.put(cell.flatName(), cell));
        return Collections.unmodifiableMap(map);
    }

    private static List<Identity> identities() {
        List<Identity> identities = new ArrayList<>();
        for (Column column : APPLICANT_COLUMNS) {
            identities.add(new Identity(BALANCE, "一 + 二 must equal 三（七）+ 四",
                    applicationCell("carriedForward", column),
                    List.of(applicationCell("newlyReceived", column), applicationCell("carriedOver", column)),
                    List.of(applicationCell("outcomes.total", column))));
        }
        for (Column column : APPLICANT_COLUMNS) {
            identities.add(new Identity(OUTCOME_TOTAL, "（七）总计 must be the sum of the outcome rows （一） to （六）",
                    applicationCell("outcomes.total", column),
                    OUTCOME_ROWS.stream().map(row -> applicationCell(row.path(), column)).toList(), List.of()));
        }
        for (Row row : APPLICATIONS.rows()) {
            List<Cell> cells = cells(APPLICATIONS, row);
            identities.add(new Identity(ROW_TOTAL, "总计 must be the sum of the six applicant columns",
                    cells.get(cells.size() - 1), cells.subList(0, cells.size() - 1), List.of()));
        }
        for (Row group : REVIEW_AND_LITIGATION.rows()) {
            List<Cell> cells = cells(REVIEW_AND_LITIGATION, group);
            identities.add(new Identity(REVIEW_TOTAL, "总计 must be 结果维持 + 结果纠正 + 其他结果 + 尚未审结",
                    cells.get(cells.size() - 1), cells.subList(0, cells.size() - 1), List.of()));
        }
        return List.copyOf(identities);
    }

    private static Cell applicationCell(String rowPath, Column column) {
        return cell(APPLICATIONS, rowPath, column.name());
    }

    /**
     * The 2019 format (国办公开办函〔2019〕60号), the format of reports for 2019 and 2020, as a person maps it onto the 2021
     * template. Its section 二 has other columns and more rows; its section 三 prints one （六）其他处理 row where the 2021
     * template has three. Numbers it does not have are 0 in the canonical report; numbers it has that the canonical
     * report does not are not kept.
     */
    public static final class Format2019 {

        /** The last year whose reports were due in this format. */
        public static final int LAST_YEAR = 2020;

        /**
         * A row of its section 二.
         *
         * @param columns the column labels, in print order
         * @param kept    column index → the flat name of the canonical number it is read into; columns not here are
         *                not kept
         * @param optional whether reports may leave the row out
         */
        public record ProactiveRow(String label, List<String> keys, List<String> columns, Map<Integer, String> kept,
                                   boolean optional) {
        }

        private static final List<String> DOCUMENTS = List.of("本年新制作数量", "本年新公开数量", "对外公开总数量");
        private static final List<String> ITEMS = List.of("上一年项目数量", "本年增/减", "处理决定数量");

        public static final List<ProactiveRow> PROACTIVE_ROWS = List.of(
                new ProactiveRow("规章", List.of("规章"), DOCUMENTS,
                        Map.of(0, "proactiveDisclosure.regulations.issued", 2, "proactiveDisclosure.regulations.inForce"),
                        false),
                new ProactiveRow("规范性文件", List.of("(?<!行政)规范性文件", "规范性文件"), DOCUMENTS,
                        Map.of(0, "proactiveDisclosure.normativeDocuments.issued",
                                2, "proactiveDisclosure.normativeDocuments.inForce"), false),
                new ProactiveRow("行政许可", List.of("行政许可"), ITEMS,
                        Map.of(2, "proactiveDisclosure.licensing.decisions"), false),
                new ProactiveRow("其他对外管理服务事项", List.of("其他对外管理服务事项", "对外管理服务事项"), ITEMS, Map.of(), true),
                new ProactiveRow("行政处罚", List.of("行政处罚"), ITEMS,
                        Map.of(2, "proactiveDisclosure.penalties.decisions"), false),
                new ProactiveRow("行政强制", List.of("行政强制"), ITEMS,
                        Map.of(2, "proactiveDisclosure.coercion.decisions"), false),
                new ProactiveRow("行政事业性收费", List.of("行政事业性收费", "事业性收费"), List.of("上一年项目数量", "本年增/减"),
                        Map.of(), false),
                new ProactiveRow("政府集中采购", List.of("政府集中采购", "集中采购"), List.of("采购项目数量", "采购总金额"),
                        Map.of(), true));

        /** Column headers only this format's section 二 prints. */
        public static final List<String> PROACTIVE_MARKERS = List.of("本年新制作", "本年新公开", "对外公开总数量",
                "上一年项目数量", "政府集中采购", "采购总金额");

        /** Its single （六）其他处理 row, which stands for the three rows the 2021 template has under that label. */
        public static final Row OTHER_HANDLING_ROW = new Row("outcomes.otherHandling", List.of(RESULTS), OTHER_HANDLING,
                List.of("六其他处理", "其他处理"), APPLICANT_COLUMNS);

        /** The row of the 2021 template its （六）其他处理 is read into; the other two rows under that label are 0. */
        public static final Row OTHER_HANDLING_READ_AS = APPLICATIONS.row("outcomes.otherHandling.other");

        private Format2019() {
        }
    }
}
