package gov.disclosure.reports.parsing;

import gov.disclosure.report.ReportTemplate;
import gov.disclosure.report.ReportTemplate.Column;
import gov.disclosure.report.ReportTemplate.Row;
import gov.disclosure.reports.parsing.text.ChineseText;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Renders a {@link GeneratedReport} as a published text, the way real reports come: tab-separated rows with
 * merged cells and labels in varying columns, markdown headings and pipe tables, PDF extraction with single spaces,
 * wrapped labels, blank lines, split headers and page numbers; optionally with Kangxi and radicals-supplement
 * characters, full-width digits and stray spaces inside labels; and with the faults of real pages: cells run
 * together, labels misspelt, rows merged or left out, the agency's place named only in the body. Labels come from
 * the template's catalogue. Every choice comes from the seed.
 */
final class ReportRenderer {

    enum Layout { TAB, MARKDOWN, PDF }

    /**
     * How a page lost its tables' separators: not at all, within each row, a whole table run into one line, or
     * between two neighbouring cells of some rows of section 三 printed as a PDF (cells too narrow for a gap).
     */
    enum Glue {
        NONE, ROWS, TABLES, NEIGHBOURS;

        /** Whether whole rows or tables lost their separators. */
        boolean wholeRows() {
            return this == ROWS || this == TABLES;
        }
    }

    /**
     * How one text is rendered.
     *
     * @param omittedRows         rows of section 三 left out (their paths)
     * @param misspelt            how many labels of sections 二 and 三 carry a typo
     * @param mergedOtherHandling （六）其他处理 printed as one row, as in the 2019 format
     * @param placeInBody         the title names the agency without its place; the first sentence names it in full
     */
    record Options(Layout proactive, Layout applications, Layout review, boolean markdownHeadings,
                   boolean kangxi, boolean fullWidthDigits, boolean straySpaces, boolean pageNumbers,
                   Set<String> omittedRows, Set<String> omittedProactiveRows, boolean omitReview,
                   Glue glue, int misspelt, boolean mergedOtherHandling, boolean placeInBody) {

        static Options of(Layout layout, boolean kangxi, Random random) {
            return new Options(layout, layout, layout, layout == Layout.MARKDOWN, kangxi, kangxi || random.nextInt(5) == 0,
                    random.nextInt(3) == 0, layout == Layout.PDF && random.nextBoolean(), Set.of(), Set.of(), false,
                    Glue.NONE, 0, false, false);
        }

        static Options mixed(Random random) {
            Layout[] layouts = Layout.values();
            return new Options(layouts[random.nextInt(3)], layouts[random.nextInt(3)], layouts[random.nextInt(3)],
                    random.nextBoolean(), random.nextBoolean(), random.nextBoolean(), random.nextBoolean(),
                    random.nextBoolean(), Set.of(), Set.of(), false, Glue.NONE, 0, false, false);
        }

        Options omitting(Set<String> rows, Set<String> proactiveRows, boolean wholeReview) {
            return new Options(proactive, applications, review, markdownHeadings, kangxi, fullWidthDigits, straySpaces,
                    pageNumbers, rows, proactiveRows, wholeReview, glue, misspelt, mergedOtherHandling, placeInBody);
        }

        Options glued(Glue how) {
            return new Options(proactive, applications, review, markdownHeadings, kangxi, fullWidthDigits, straySpaces,
                    pageNumbers, omittedRows, omittedProactiveRows, omitReview, how, misspelt, mergedOtherHandling,
                    placeInBody);
        }

        Options misspelling(int labels) {
            return new Options(proactive, applications, review, markdownHeadings, kangxi, fullWidthDigits, straySpaces,
                    pageNumbers, omittedRows, omittedProactiveRows, omitReview, glue, labels, mergedOtherHandling,
                    placeInBody);
        }

        Options mergingOtherHandling() {
            return new Options(proactive, applications, review, markdownHeadings, kangxi, fullWidthDigits, straySpaces,
                    pageNumbers, omittedRows, omittedProactiveRows, omitReview, glue, misspelt, true, placeInBody);
        }

        Options withPlaceInBody() {
            return new Options(proactive, applications, review, markdownHeadings, kangxi, fullWidthDigits, straySpaces,
                    pageNumbers, omittedRows, omittedProactiveRows, omitReview, glue, misspelt, mergedOtherHandling, true);
        }
    }

    private static final String MERGED_OTHER_HANDLING = ReportTemplate.Format2019.OTHER_HANDLING_ROW.item();
    private static final String[] HEADINGS = {"总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
            "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"};
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六"};
    private static final Map<Character, Character> RADICAL_FORMS = radicalForms();
    /** Characters a typo may put in a label's place: common ones, none of them a label's distinctive word. */
    private static final String TYPO_CHARACTERS = "的了是在有个人这上们来到时大地为子中你说生国年着就那和要她出也得里后自以会";

    private final GeneratedReport report;
    private final Options options;
    private final Random random;
    private final StringBuilder out = new StringBuilder();
    private final boolean asciiBrackets;
    private final String itemSeparator;
    private final Set<String> misspeltLabels;
    private int page = 1;

    private ReportRenderer(GeneratedReport report, Options options, long seed) {
        this.report = report;
        this.options = options;
        this.random = new Random(seed * 31 + 7);
        this.asciiBrackets = random.nextBoolean();
        this.itemSeparator = new String[]{".", "、", ". ", "．"}[random.nextInt(4)];
        this.misspeltLabels = misspeltLabels(options.misspelt(), random);
    }

    static String render(GeneratedReport report, Options options) {
        return new ReportRenderer(report, options, report.seed).render();
    }

    private String render() {
        title();
        heading(0);
        if (options.placeInBody()) {
            line("现将" + report.agencyName + report.year + "年政府信息公开工作年度报告公布如下。");
        }
        paragraphs(report.overview, options.proactive() == Layout.PDF);
        heading(1);
        if (random.nextInt(4) == 0) {
            line("本年度主动公开规范性文件 " + random.nextInt(9) + " 件，详见下表。");
        }
        if (report.format == TemplateFormat.FORMAT_2019) {
            proactive2019();
        } else {
            proactive2021();
        }
        heading(2);
        applications();
        if (!options.omitReview()) {
            heading(3);
            review();
        }
        heading(4);
        paragraphs(report.problems, false);
        heading(5);
        paragraphs(report.otherMatters, false);
        if (random.nextBoolean()) {
            line("");
            line(report.agencyName);
            line((report.year + 1) + "年1月" + (10 + random.nextInt(20)) + "日");
        }
        return transform(out.toString());
    }

    // ---- title, headings, prose

    private void title() {
        String name = options.placeInBody() ? report.agencyWithoutPlace : report.agencyName;
        int year = report.year;
        String hash = options.markdownHeadings() ? "# " : "";
        blankLines(random.nextInt(3));
        switch (random.nextInt(6)) {
            case 0 -> line(hash + name + year + "年政府信息公开工作年度报告");
            case 1 -> line(hash + name + " " + year + " 年度政府信息公开工作年度报告");
            case 2 -> line(hash + year + "年度" + name + "政府信息公开工作年度报告");
            case 3 -> {
                line(hash + name);
                blankLines(random.nextInt(2));
                line((options.markdownHeadings() ? "## " : "") + year + "年政府信息公开工作年度报告");
            }
            case 4 -> line(hash + name + "关于" + year + "年政府信息公开工作的年度报告");
            default -> {
                line(hash + name);
                line((options.markdownHeadings() ? "## " : "") + "政府信息公开工作年度报告");
            }
        }
        blankLines(1);
        if (random.nextBoolean()) {
            line("本报告根据《中华人民共和国政府信息公开条例》要求编制，所列数据统计期限自" + year + "年1月1日起至"
                    + year + "年12月31日止。");
            blankLines(1);
        }
    }

    private void heading(int section) {
        blankLines(1 + random.nextInt(2));
        String numbering = switch (random.nextInt(5)) {
            case 0 -> NUMERALS[section] + ".";
            case 1 -> NUMERALS[section] + "．";
            case 2 -> NUMERALS[section] + "、 ";
            default -> NUMERALS[section] + "、";
        };
        String hashes = options.markdownHeadings() ? "#".repeat(2 + random.nextInt(3)) + " " : "";
        line(hashes + numbering + HEADINGS[section]);
        blankLines(random.nextInt(2) + (options.markdownHeadings() ? 1 : 0));
    }

    private void paragraphs(List<String> paragraphs, boolean wrapped) {
        for (String paragraph : paragraphs) {
            if (wrapped) {
                for (int start = 0; start < paragraph.length(); start += 34) {
                    line(paragraph.substring(start, Math.min(paragraph.length(), start + 34)));
                }
            } else {
                line(paragraph);
                blankLines(random.nextInt(2));
            }
        }
    }

    // ---- section 二

    private void proactive2021() {
        Layout layout = options.proactive();
        String lastGroup = null;
        List<Object[]> rows = new ArrayList<>();
        String[] header = null;
        for (Row row : ReportTemplate.PROACTIVE_DISCLOSURE.rows()) {
            String group = row.groups().get(0);
            if (!group.equals(lastGroup) && lastGroup != null) {
                table2(layout, lastGroup, header, rows.toArray(Object[][]::new));
                rows.clear();
            }
            lastGroup = group;
            header = header(row);
            Object[] cells = new Object[row.columns().size() + 1];
            cells[0] = row.item();
            long[] values = row.path().equals("fees") ? null : report.values(ReportTemplate.PROACTIVE_DISCLOSURE, row);
            for (int i = 0; i < row.columns().size(); i++) {
                cells[i + 1] = values == null ? report.feePrinted : values[i];
            }
            rows.add(cells);
        }
        table2(layout, lastGroup, header, rows.toArray(Object[][]::new));
    }

    private String[] header(Row row) {
        List<String> header = new ArrayList<>();
        header.add("信息内容");
        for (Column column : row.columns()) {
            header.add(column.name().equals("amount")
                    ? "本年收费金额" + bracket("单位：万元" + (random.nextBoolean() ? "，保留 4 位小数" : ""))
                    : column.label());
        }
        return header.toArray(String[]::new);
    }

    private void proactive2019() {
        Layout layout = options.proactive();
        String[] decisionHeader = {"信息内容", "上一年项目数量", "本年增/减", "处理决定数量"};
        table2(layout, "第二十条第（一）项", new String[]{"信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"},
                new Object[][]{
                        {"规章", report.regulations2019[0], report.regulations2019[1], report.regulations2019[2]},
                        {"规范性文件", report.normativeDocuments2019[0], report.normativeDocuments2019[1],
                                report.normativeDocuments2019[2]}});
        table2(layout, "第二十条第（五）项", decisionHeader, new Object[][]{
                {"行政许可", report.decisions2019[0][0], signed(report.decisions2019[0][1]), report.decisions2019[0][2]},
                {"其他对外管理服务事项", report.decisions2019[1][0], signed(report.decisions2019[1][1]),
                        report.decisions2019[1][2]}});
        table2(layout, "第二十条第（六）项", decisionHeader, new Object[][]{
                {"行政处罚", report.decisions2019[2][0], signed(report.decisions2019[2][1]), report.decisions2019[2][2]},
                {"行政强制", report.decisions2019[3][0], signed(report.decisions2019[3][1]), report.decisions2019[3][2]}});
        table2(layout, "第二十条第（八）项", new String[]{"信息内容", "上一年项目数量", "本年增/减"}, new Object[][]{
                {"行政事业性收费", report.fees2019[0], signed(report.fees2019[1])}});
        table2(layout, "第二十条第（九）项", new String[]{"信息内容", "采购项目数量", "采购总金额"}, new Object[][]{
                {"政府集中采购", report.procurementItems2019, report.procurementAmount2019}});
    }

    private void table2(Layout layout, String article, String[] header, Object[][] rows) {
        int width = 4;
        String printedArticle = asciiBrackets ? article.replace('（', '(').replace('）', ')') : article;
        if (options.glue().wholeRows()) {
            gluedTable2(printedArticle, header, rows);
            return;
        }
        if (layout == Layout.PDF) {
            line(printedArticle);
            blankLines(random.nextInt(2));
            wrappedLine(String.join(" ", header));
            for (Object[] row : rows) {
                if (options.omittedProactiveRows().contains((String) row[0])) {
                    continue;
                }
                blankLines(random.nextInt(2));
                List<String> cells = new ArrayList<>();
                cells.add(label((String) row[0]));
                for (int i = 1; i < row.length; i++) {
                    cells.add(number(row[i], false));
                }
                line(String.join(" ", cells));
            }
            blankLines(random.nextInt(2));
            return;
        }
        boolean pipes = layout == Layout.MARKDOWN && random.nextBoolean();
        cells(pipes, width, printedArticle);
        cells(pipes, width, header);
        boolean emptyZeros = layout == Layout.TAB && random.nextInt(4) == 0;
        for (Object[] row : rows) {
            if (options.omittedProactiveRows().contains((String) row[0])) {
                continue;
            }
            String[] cells = new String[row.length];
            cells[0] = label((String) row[0]);
            for (int i = 1; i < row.length; i++) {
                cells[i] = number(row[i], emptyZeros && isZero(row[i]));
            }
            cells(pipes, width, cells);
        }
    }

    /** Section 二 as a page that lost its separators prints it: each row's label and its numbers run together. */
    private void gluedTable2(String article, String[] header, Object[][] rows) {
        StringBuilder table = new StringBuilder();
        line(article);
        line(String.join("", header));
        for (Object[] row : rows) {
            if (options.omittedProactiveRows().contains((String) row[0])) {
                continue;
            }
            StringBuilder printed = new StringBuilder(label((String) row[0]));
            for (int i = 1; i < row.length; i++) {
                printed.append(row[i] instanceof String amount ? " " + amount + " " : plain(row[i]));
            }
            if (options.glue() == Glue.TABLES) {
                table.append(printed);
            } else {
                line(printed.toString().strip());
            }
        }
        if (!table.isEmpty()) {
            line(table.toString().strip());
        }
    }

    // ---- section 三

    private void applications() {
        Layout layout = options.applications();
        List<Row> rows = rowsInOrder();
        if (layout == Layout.PDF) {
            pdfApplicationsHeader();
        } else {
            tabApplicationsHeader(layout == Layout.MARKDOWN && random.nextBoolean());
        }
        boolean pipes = layout == Layout.MARKDOWN && random.nextBoolean();
        StringBuilder gluedTable = new StringBuilder();
        Row previous = null;
        for (Row row : rows) {
            String[] labels = printedLabels(row, previous);
            previous = row;
            long[] values = row == ReportTemplate.Format2019.OTHER_HANDLING_ROW ? otherHandlingSum()
                    : report.values(ReportTemplate.APPLICATIONS, row);
            boolean omitted = options.omittedRows().contains(row.path());
            if (options.glue().wholeRows()) {
                if (!omitted) {
                    String printed = String.join("", Arrays.stream(labels).filter(l -> !l.isEmpty()).map(this::label)
                            .toList()) + (random.nextBoolean() ? "" : " ") + gluedNumbers(values);
                    if (options.glue() == Glue.TABLES) {
                        gluedTable.append(printed.replace(" ", ""));
                    } else {
                        line(printed);
                    }
                }
            } else if (layout == Layout.PDF) {
                pdfApplicationRow(labels, values, omitted);
            } else if (!omitted) {
                tabApplicationRow(labels, values, pipes);
            }
        }
        if (!gluedTable.isEmpty()) {
            line(gluedTable.toString());
        }
    }

    /** The rows as printed: the template's, or with （六）其他处理 as one row (2019 format, or merged on purpose). */
    private List<Row> rowsInOrder() {
        boolean merged = report.format == TemplateFormat.FORMAT_2019 || options.mergedOtherHandling();
        List<Row> rows = new ArrayList<>();
        for (Row row : ReportTemplate.APPLICATIONS.rows()) {
            if (merged && row.path().startsWith("outcomes.otherHandling")) {
                if (row.path().endsWith("correctionOverdue")) {
                    rows.add(ReportTemplate.Format2019.OTHER_HANDLING_ROW);
                }
                continue;
            }
            rows.add(row);
        }
        return rows;
    }

    private long[] otherHandlingSum() {
        long[] sum = new long[ReportTemplate.APPLICANT_COLUMNS.size()];
        for (String path : List.of("correctionOverdue", "feeUnpaid", "other")) {
            long[] values = report.values(ReportTemplate.APPLICATIONS,
                    ReportTemplate.APPLICATIONS.row("outcomes.otherHandling." + path));
            for (int i = 0; i < sum.length; i++) {
                sum[i] += values[i];
            }
        }
        return sum;
    }

    /** The labels a row is printed with: its groups' labels on the first row of each group (merged cells), its item. */
    private static String[] printedLabels(Row row, Row previous) {
        String[] labels = new String[row.groups().size() + 1];
        for (int g = 0; g < row.groups().size(); g++) {
            boolean continues = previous != null && previous.groups().size() > g
                    && previous.groups().subList(0, g + 1).equals(row.groups().subList(0, g + 1));
            labels[g] = continues ? "" : row.groups().get(g);
        }
        labels[labels.length - 1] = row.item();
        return labels;
    }

    private void tabApplicationsHeader(boolean pipes) {
        String check = bracket("本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和");
        int shift = random.nextInt(2);
        String[] first = new String[10];
        String[] second = new String[10];
        String[] third = new String[10];
        Arrays.fill(first, "");
        Arrays.fill(second, "");
        Arrays.fill(third, "");
        first[0] = check;
        first[1 + shift] = "申请人情况";
        first[8] = "总计";
        List<String> columns = GeneratedReport.applicantColumnLabels();
        second[1 + shift] = columns.get(0);
        second[2 + shift] = "法人或其他组织";
        for (int i = 1; i < columns.size() - 1; i++) {
            third[1 + shift + i] = columns.get(i);
        }
        cells(pipes, 10, first);
        cells(pipes, 10, second);
        cells(pipes, 10, third);
    }

    private void tabApplicationRow(String[] labels, long[] values, boolean pipes) {
        List<String> cells = new ArrayList<>();
        boolean misaligned = random.nextInt(4) == 0;
        int firstLabel = firstNonEmpty(labels);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].isEmpty() && misaligned && i < firstLabel) {
                continue;
            }
            cells.add(labels[i].isEmpty() ? "" : label(labels[i]));
        }
        if (random.nextInt(3) == 0) {
            cells.add("");
        }
        List<String> numbers = valueCells(values, true);
        boolean nextLine = !pipes && random.nextInt(10) == 0;
        if (nextLine) {
            int width = cells.size() + numbers.size();
            cells(false, width, cells.toArray(String[]::new));
            cells.clear();
            for (int i = random.nextInt(3); i > 0; i--) {
                cells.add("");
            }
            if (random.nextBoolean()) {
                blankLines(1);
            }
        }
        cells.addAll(numbers);
        for (int i = random.nextInt(3); i > 0; i--) {
            cells.add("");
        }
        cells(pipes, cells.size(), cells.toArray(String[]::new));
    }

    private void pdfApplicationsHeader() {
        String check = bracket("本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和");
        wrappedLine(check + " 申请人情况");
        blankLines(random.nextInt(3));
        wrappedLine("自然人 法人或其他组织 总计");
        blankLines(random.nextInt(2));
        wrappedLine("商业企业 科研机构 社会公益组织 法律服务机构 其他");
        blankLines(random.nextInt(2));
    }

    private void pdfApplicationRow(String[] labels, long[] values, boolean omitted) {
        // group labels of merged cells come before their first row (as in the fixtures)
        for (int i = 0; i < labels.length - 1; i++) {
            if (!labels[i].isEmpty()) {
                for (String piece : pieces(label(labels[i]), 2)) {
                    line(piece);
                    blankLines(random.nextInt(2));
                }
            }
        }
        if (omitted) {
            return;
        }
        List<String> pieces = pieces(label(labels[labels.length - 1]), 3);
        List<String> cells = new ArrayList<>(valueCells(values, false));
        if (options.glue() == Glue.NEIGHBOURS && random.nextInt(3) == 0) {
            int first = random.nextInt(cells.size() - 1);
            cells.set(first, cells.get(first) + cells.remove(first + 1));
        }
        String numbers = String.join(" ", cells);
        int placement = random.nextInt(pieces.size() > 1 ? 3 : 2);
        for (int i = 0; i < pieces.size(); i++) {
            boolean last = i == pieces.size() - 1;
            String piece = pieces.get(i);
            if (placement == 0 && last || placement == 2 && i == 0) {
                piece = piece + " " + numbers;
            }
            line(piece);
            if (!last) {
                blankLines(random.nextInt(3) == 0 ? 1 : 0);
            }
        }
        if (placement == 1) {
            line(numbers);
        }
        blankLines(random.nextInt(2));
    }

    // ---- section 四

    private void review() {
        Layout layout = options.review();
        List<Long> values = new ArrayList<>();
        for (Row group : ReportTemplate.REVIEW_AND_LITIGATION.rows()) {
            for (long value : report.values(ReportTemplate.REVIEW_AND_LITIGATION, group)) {
                values.add(value);
            }
        }
        List<String> numbers = values.stream().map(value -> number(value, false)).toList();
        String results = String.join(" ", ReportTemplate.REVIEW_COLUMNS.stream().map(Column::label).toList());
        if (options.glue().wholeRows()) {
            line("行政复议 行政诉讼");
            line(results + " 未经复议直接起诉 复议后起诉");
            line(results + " " + results);
            line(gluedNumbers(values.stream().mapToLong(Long::longValue).toArray()));
            return;
        }
        if (layout == Layout.PDF) {
            wrappedLine("行政复议 行政诉讼");
            blankLines(random.nextInt(2));
            wrappedLine(results + " 未经复议直接起诉 复议后起诉");
            blankLines(random.nextInt(3));
            wrappedLine(results + " " + results);
            blankLines(random.nextInt(3));
            int splits = random.nextInt(3);
            int from = 0;
            for (int part = 0; part <= splits; part++) {
                int to = part == splits ? 15 : from + 1 + random.nextInt(15 - from - (splits - part));
                line(String.join(" ", numbers.subList(from, to)));
                from = to;
            }
            return;
        }
        boolean pipes = layout == Layout.MARKDOWN && random.nextBoolean();
        String[] first = new String[15];
        String[] second = new String[15];
        String[] third = new String[15];
        Arrays.fill(first, "");
        Arrays.fill(second, "");
        Arrays.fill(third, "");
        first[0] = ReportTemplate.REVIEW_AND_LITIGATION.rows().get(0).item();
        first[5] = "行政诉讼";
        String[] columns = results.split(" ");
        boolean spaced = random.nextBoolean();
        for (int i = 0; i < 5; i++) {
            String column = spaced && i < 4 ? columns[i].substring(0, 2) + " " + columns[i].substring(2) : columns[i];
            second[i] = column;
            third[5 + i] = column;
            third[10 + i] = column;
        }
        second[5] = ReportTemplate.REVIEW_AND_LITIGATION.rows().get(1).item();
        second[10] = ReportTemplate.REVIEW_AND_LITIGATION.rows().get(2).item();
        cells(pipes, 15, first);
        cells(pipes, 15, second);
        cells(pipes, 15, third);
        cells(pipes, 15, numbers.toArray(String[]::new));
    }

    // ---- cells and numbers

    /** A row's numbers as a page that lost its separators prints them: digits run together. */
    private static String gluedNumbers(long[] values) {
        StringBuilder run = new StringBuilder();
        for (long value : values) {
            run.append(value);
        }
        return run.toString();
    }

    private static String plain(Object value) {
        return value instanceof Long count ? Long.toString(count) : String.valueOf(value);
    }

    private List<String> valueCells(long[] values, boolean tabbed) {
        List<String> cells = new ArrayList<>();
        boolean allZero = Arrays.stream(values).allMatch(v -> v == 0);
        boolean emptyRow = tabbed && allZero && random.nextInt(6) == 0;
        boolean emptyInner = tabbed && !allZero && values[0] != 0 && values[values.length - 1] != 0 && random.nextInt(6) == 0;
        boolean dashes = random.nextInt(25) == 0;
        for (long value : values) {
            if (value == 0 && (emptyRow || emptyInner)) {
                cells.add("");
            } else if (value == 0 && dashes) {
                cells.add(tabbed ? "—" : "/");
            } else {
                cells.add(number(value, false));
            }
        }
        return cells;
    }

    private String number(Object value, boolean empty) {
        if (empty) {
            return "";
        }
        if (value instanceof String printed) {
            BigDecimal amount = new BigDecimal(printed);
            if (random.nextInt(5) == 0 && amount.compareTo(BigDecimal.valueOf(1000)) >= 0) {
                String decimals = amount.scale() > 0 ? "." + "0".repeat(amount.scale()) : "";
                return new DecimalFormat("#,##0" + decimals).format(amount);
            }
            return printed;
        }
        long count = (Long) value;
        return count >= 1000 && random.nextInt(4) == 0 ? String.format("%,d", count) : Long.toString(count);
    }

    private static String signed(long value) {
        return value > 0 && value % 2 == 0 ? "+" + value : Long.toString(value);
    }

    private static boolean isZero(Object value) {
        return value instanceof Long count ? count == 0 : new BigDecimal((String) value).signum() == 0;
    }

    private String label(String label) {
        String text = misspeltLabels.contains(label) ? misspelt(label) : label;
        text = text.replaceFirst("^(\\d)\\.", "$1" + itemSeparator);
        if (asciiBrackets) {
            text = text.replace('（', '(').replace('）', ')');
        }
        if (random.nextInt(3) == 0) {
            text = text.replaceFirst("[)）]", "$0 ");
        }
        if (options.straySpaces() && random.nextInt(3) == 0 && text.length() > 3) {
            int at = 1 + random.nextInt(text.length() - 2);
            if (Character.isIdeographic(text.charAt(at - 1)) && Character.isIdeographic(text.charAt(at))) {
                text = text.substring(0, at) + " " + text.substring(at);
            }
        }
        return text;
    }

    /** Labels of sections 二 and 三 chosen to carry a typo: long item labels, where a person still reads them. */
    private static Set<String> misspeltLabels(int count, Random random) {
        List<String> labels = new ArrayList<>();
        for (Row row : ReportTemplate.APPLICATIONS.rows()) {
            if (row.item().length() >= 8) {
                labels.add(row.item());
            }
        }
        Set<String> chosen = new java.util.LinkedHashSet<>();
        while (chosen.size() < Math.min(count, labels.size())) {
            chosen.add(labels.get(random.nextInt(labels.size())));
        }
        return chosen;
    }

    /** The label with one typo past its item number: a character dropped, two swapped, or one replaced. */
    private String misspelt(String label) {
        int from = label.indexOf('.') + 2;
        int at = from + random.nextInt(label.length() - from - 1);
        return switch (random.nextInt(3)) {
            case 0 -> label.substring(0, at) + label.substring(at + 1);
            case 1 -> label.substring(0, at) + label.charAt(at + 1) + label.charAt(at) + label.substring(at + 2);
            default -> label.substring(0, at) + TYPO_CHARACTERS.charAt(random.nextInt(TYPO_CHARACTERS.length()))
                    + label.substring(at + 1);
        };
    }

    private String bracket(String text) {
        return asciiBrackets ? "(" + text + ")" : "（" + text + "）";
    }

    /** The text cut at random places into 1 to {@code max} pieces of at least two characters. */
    private List<String> pieces(String text, int max) {
        List<String> pieces = new ArrayList<>();
        int count = text.length() < 6 ? 1 : 1 + random.nextInt(max);
        int start = 0;
        for (int i = 1; i < count; i++) {
            int remaining = text.length() - start;
            if (remaining < 4) {
                break;
            }
            int cut = start + 2 + random.nextInt(remaining - 3);
            pieces.add(text.substring(start, cut).strip());
            start = cut;
        }
        pieces.add(text.substring(start).strip());
        pieces.removeIf(String::isEmpty);
        return pieces;
    }

    /** A header line, maybe split over lines between or inside its words. */
    private void wrappedLine(String text) {
        if (random.nextInt(3) == 0) {
            for (String piece : pieces(text, 3)) {
                line(piece);
            }
        } else {
            line(text);
        }
    }

    private void cells(boolean pipes, int width, String... cells) {
        List<String> row = new ArrayList<>(List.of(cells));
        while (pipes && row.size() < width) {
            row.add("");
        }
        line(pipes ? "| " + String.join(" | ", row) + " |" : String.join("\t", row));
        if (pipes && random.nextInt(8) == 0) {
            line("|" + " --- |".repeat(row.size()));
        }
    }

    private static int firstNonEmpty(String[] labels) {
        for (int i = 0; i < labels.length; i++) {
            if (!labels[i].isEmpty()) {
                return i;
            }
        }
        return labels.length;
    }

    private void line(String text) {
        out.append(text).append('\n');
        if (options.pageNumbers() && random.nextInt(40) == 0) {
            out.append("- ").append(++page).append(" -\n");
        }
    }

    private void blankLines(int count) {
        for (int i = 0; i < count; i++) {
            out.append('\n');
        }
    }

    // ---- characters

    private String transform(String text) {
        StringBuilder transformed = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Character radical = RADICAL_FORMS.get(c);
            if (options.kangxi() && radical != null && random.nextInt(3) > 0) {
                transformed.append(radical);
            } else if (options.fullWidthDigits() && c >= '0' && c <= '9') {
                transformed.append((char) ('０' + (c - '0')));
            } else {
                transformed.append(c);
            }
        }
        return transformed.toString();
    }

    /** Ordinary character → the Kangxi radical or radicals-supplement form a PDF may put instead. */
    private static Map<Character, Character> radicalForms() {
        Map<Character, Character> forms = new HashMap<>();
        for (char radical = '\u2F00'; radical <= '\u2FD5'; radical++) {
            String ordinary = Normalizer.normalize(String.valueOf(radical), Normalizer.Form.NFKC);
            if (ordinary.length() == 1 && ChineseText.normalize(String.valueOf(radical)).equals(ordinary)) {
                forms.put(ordinary.charAt(0), radical);
            }
        }
        forms.put('户', '⼾');
        String supplement = "民⺠长⻓门⻔见⻅车⻋黄⻩马⻢风⻛飞⻜齐⻬页⻚西⻄贝⻉鱼⻥鸟⻦龙⻰龟⻳麦⻨韦⻙";
        for (int i = 0; i + 1 < supplement.length(); i += 2) {
            forms.put(supplement.charAt(i), supplement.charAt(i + 1));
        }
        return Map.copyOf(forms);
    }
}
