package gov.disclosure.reports.parsing;

import gov.disclosure.report.ApplicantColumn;
import gov.disclosure.report.ApplicationRow;
import gov.disclosure.report.ProactiveItem;
import gov.disclosure.report.ReviewColumn;
import gov.disclosure.report.ReviewGroup;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Renders a {@link GeneratedReport} as a published text, the way real reports come: tab-separated rows with
 * merged cells and labels in varying columns, markdown headings and pipe tables, PDF extraction with single spaces,
 * wrapped labels, blank lines, split headers and page numbers; optionally with Kangxi and radicals-supplement
 * characters, full-width digits and stray spaces inside labels. Every choice comes from the seed.
 */
final class ReportRenderer {

    enum Layout { TAB, MARKDOWN, PDF }

    /** How one text is rendered; {@code omittedRows} are left out of section 三 (for tests of missing rows). */
    record Options(Layout proactive, Layout applications, Layout review, boolean markdownHeadings,
                   boolean kangxi, boolean fullWidthDigits, boolean straySpaces, boolean pageNumbers,
                   Set<ApplicationRow> omittedRows, Set<String> omittedProactiveRows, boolean omitReview) {

        static Options of(Layout layout, boolean kangxi, Random random) {
            return new Options(layout, layout, layout, layout == Layout.MARKDOWN, kangxi, kangxi || random.nextInt(5) == 0,
                    random.nextInt(3) == 0, layout == Layout.PDF && random.nextBoolean(), Set.of(), Set.of(), false);
        }

        static Options mixed(Random random) {
            Layout[] layouts = Layout.values();
            return new Options(layouts[random.nextInt(3)], layouts[random.nextInt(3)], layouts[random.nextInt(3)],
                    random.nextBoolean(), random.nextBoolean(), random.nextBoolean(), random.nextBoolean(),
                    random.nextBoolean(), Set.of(), Set.of(), false);
        }

        Options omitting(Set<ApplicationRow> rows, Set<String> proactiveRows, boolean wholeReview) {
            return new Options(proactive, applications, review, markdownHeadings, kangxi,
                    fullWidthDigits, straySpaces, pageNumbers, rows, proactiveRows, wholeReview);
        }
    }

    /** Section 三's rows as printed: outer group, group, label (empty = a merged cell). */
    static final String[][] ROWS_2021 = {
            {"一、本年新收政府信息公开申请数量"},
            {"二、上年结转政府信息公开申请数量"},
            {"三、本年度办理结果", "（一）予以公开"},
            {"", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"},
            {"", "（三）不予公开", "1.属于国家秘密"},
            {"", "", "2.其他法律行政法规禁止公开"},
            {"", "", "3.危及“三安全一稳定”"},
            {"", "", "4.保护第三方合法权益"},
            {"", "", "5.属于三类内部事务信息"},
            {"", "", "6.属于四类过程性信息"},
            {"", "", "7.属于行政执法案卷"},
            {"", "", "8.属于行政查询事项"},
            {"", "（四）无法提供", "1.本机关不掌握相关政府信息"},
            {"", "", "2.没有现成信息需要另行制作"},
            {"", "", "3.补正后申请内容仍不明确"},
            {"", "（五）不予处理", "1.信访举报投诉类申请"},
            {"", "", "2.重复申请"},
            {"", "", "3.要求提供公开出版物"},
            {"", "", "4.无正当理由大量反复申请"},
            {"", "", "5.要求行政机关确认或重新出具已获取信息"},
            {"", "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
            {"", "", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
            {"", "", "3.其他"},
            {"", "（七）总计"},
            {"四、结转下年度继续办理"}};
    private static final String[] OTHER_HANDLING_2019 = {"", "（六）其他处理"};

    private static final String[] HEADINGS = {"总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
            "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"};
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六"};
    private static final Map<Character, Character> RADICAL_FORMS = radicalForms();

    private final GeneratedReport report;
    private final Options options;
    private final Random random;
    private final StringBuilder out = new StringBuilder();
    private final boolean asciiBrackets;
    private final String itemSeparator;
    private int page = 1;

    private ReportRenderer(GeneratedReport report, Options options, long seed) {
        this.report = report;
        this.options = options;
        this.random = new Random(seed * 31 + 7);
        this.asciiBrackets = random.nextBoolean();
        this.itemSeparator = new String[]{".", "、", ". ", "．"}[random.nextInt(4)];
    }

    static String render(GeneratedReport report, Options options) {
        return new ReportRenderer(report, options, report.seed).render();
    }

    private String render() {
        title();
        heading(0);
        paragraphs(report.overview, options.proactive == Layout.PDF);
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
        if (!options.omitReview) {
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
        String name = report.agencyName;
        int year = report.year;
        String hash = options.markdownHeadings ? "# " : "";
        blankLines(random.nextInt(3));
        switch (random.nextInt(6)) {
            case 0 -> line(hash + name + year + "年政府信息公开工作年度报告");
            case 1 -> line(hash + name + " " + year + " 年度政府信息公开工作年度报告");
            case 2 -> line(hash + year + "年度" + name + "政府信息公开工作年度报告");
            case 3 -> {
                line(hash + name);
                blankLines(random.nextInt(2));
                line((options.markdownHeadings ? "## " : "") + year + "年政府信息公开工作年度报告");
            }
            case 4 -> line(hash + name + "关于" + year + "年政府信息公开工作的年度报告");
            default -> {
                line(hash + name);
                line((options.markdownHeadings ? "## " : "") + "政府信息公开工作年度报告");
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
        String hashes = options.markdownHeadings ? "#".repeat(2 + random.nextInt(3)) + " " : "";
        line(hashes + numbering + HEADINGS[section]);
        blankLines(random.nextInt(2) + (options.markdownHeadings ? 1 : 0));
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
        Layout layout = options.proactive;
        String header = "本年收费金额" + bracket("单位：万元" + (random.nextBoolean() ? "，保留 4 位小数" : ""));
        table2(layout, "（一）", new String[]{"信息内容", "本年制发件数", "本年废止件数", "现行有效件数"}, new Object[][]{
                {"规章", report.value(ProactiveItem.REGULATIONS_ISSUED), report.value(ProactiveItem.REGULATIONS_REPEALED),
                        report.value(ProactiveItem.REGULATIONS_IN_FORCE)},
                {"行政规范性文件", report.value(ProactiveItem.NORMATIVE_DOCUMENTS_ISSUED),
                        report.value(ProactiveItem.NORMATIVE_DOCUMENTS_REPEALED),
                        report.value(ProactiveItem.NORMATIVE_DOCUMENTS_IN_FORCE)}});
        table2(layout, "（五）", new String[]{"信息内容", "本年处理决定数量"}, new Object[][]{
                {"行政许可", report.value(ProactiveItem.LICENSING_DECISIONS)}});
        table2(layout, "（六）", new String[]{"信息内容", "本年处理决定数量"}, new Object[][]{
                {"行政处罚", report.value(ProactiveItem.PENALTIES_DECISIONS)},
                {"行政强制", report.value(ProactiveItem.COERCION_DECISIONS)}});
        table2(layout, "（八）", new String[]{"信息内容", header}, new Object[][]{{"行政事业性收费", report.feePrinted}});
    }

    private void proactive2019() {
        Layout layout = options.proactive;
        String[] decisionHeader = {"信息内容", "上一年项目数量", "本年增/减", "处理决定数量"};
        table2(layout, "（一）", new String[]{"信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"}, new Object[][]{
                {"规章", report.regulations2019[0], report.regulations2019[1], report.regulations2019[2]},
                {"规范性文件", report.normativeDocuments2019[0], report.normativeDocuments2019[1],
                        report.normativeDocuments2019[2]}});
        table2(layout, "（五）", decisionHeader, new Object[][]{
                {"行政许可", report.decisions2019[0][0], signed(report.decisions2019[0][1]), report.decisions2019[0][2]},
                {"其他对外管理服务事项", report.decisions2019[1][0], signed(report.decisions2019[1][1]),
                        report.decisions2019[1][2]}});
        table2(layout, "（六）", decisionHeader, new Object[][]{
                {"行政处罚", report.decisions2019[2][0], signed(report.decisions2019[2][1]), report.decisions2019[2][2]},
                {"行政强制", report.decisions2019[3][0], signed(report.decisions2019[3][1]), report.decisions2019[3][2]}});
        table2(layout, "（八）", new String[]{"信息内容", "上一年项目数量", "本年增/减"}, new Object[][]{
                {"行政事业性收费", report.fees2019[0], signed(report.fees2019[1])}});
        table2(layout, "（九）", new String[]{"信息内容", "采购项目数量", "采购总金额"}, new Object[][]{
                {"政府集中采购", report.procurementItems2019, report.procurementAmount2019}});
    }

    private void table2(Layout layout, String item, String[] header, Object[][] rows) {
        int width = 4;
        String article = "第二十条第" + bracket(item.substring(1, item.length() - 1)) + "项";
        if (layout == Layout.PDF) {
            line(article);
            blankLines(random.nextInt(2));
            wrappedLine(String.join(" ", header));
            for (Object[] row : rows) {
                if (options.omittedProactiveRows.contains((String) row[0])) {
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
        cells(pipes, width, article);
        cells(pipes, width, header);
        boolean emptyZeros = layout == Layout.TAB && random.nextInt(4) == 0;
        for (Object[] row : rows) {
            if (options.omittedProactiveRows.contains((String) row[0])) {
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

    // ---- section 三

    private void applications() {
        Layout layout = options.applications;
        String[][] printed = rows();
        List<ApplicationRow> rows = rowsInOrder();
        if (layout == Layout.PDF) {
            pdfApplicationsHeader();
        } else {
            tabApplicationsHeader(layout == Layout.MARKDOWN && random.nextBoolean());
        }
        boolean pipes = layout == Layout.MARKDOWN && random.nextBoolean();
        for (int i = 0; i < rows.size(); i++) {
            ApplicationRow row = rows.get(i);
            String[] labels = printed[i];
            long[] values = new long[7];
            for (ApplicantColumn column : ApplicantColumn.values()) {
                values[column.ordinal()] = row == null ? report.value(ApplicationRow.OTHER, column) : report.value(row, column);
            }
            boolean omitted = options.omittedRows.contains(row == null ? ApplicationRow.OTHER : row);
            if (layout == Layout.PDF) {
                pdfApplicationRow(labels, values, omitted);
            } else if (!omitted) {
                tabApplicationRow(labels, values, pipes);
            }
        }
    }

    private List<ApplicationRow> rowsInOrder() {
        List<ApplicationRow> rows = new ArrayList<>();
        for (ApplicationRow row : ApplicationRow.values()) {
            if (report.format == TemplateFormat.FORMAT_2019) {
                if (row == ApplicationRow.CORRECTION_OVERDUE) {
                    rows.add(null);
                    continue;
                }
                if (row == ApplicationRow.FEE_UNPAID || row == ApplicationRow.OTHER) {
                    continue;
                }
            }
            rows.add(row);
        }
        return rows;
    }

    private String[][] rows() {
        if (report.format != TemplateFormat.FORMAT_2019) {
            return ROWS_2021;
        }
        List<String[]> rows = new ArrayList<>(List.of(ROWS_2021).subList(0, 20));
        rows.add(OTHER_HANDLING_2019);
        rows.add(ROWS_2021[23]);
        rows.add(ROWS_2021[24]);
        return rows.toArray(String[][]::new);
    }

    private void tabApplicationsHeader(boolean pipes) {
        String check = bracket("本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和");
        int shift = random.nextInt(2);
        String[] first = new String[10];
        String[] second = new String[10];
        String[] third = new String[10];
        java.util.Arrays.fill(first, "");
        java.util.Arrays.fill(second, "");
        java.util.Arrays.fill(third, "");
        first[0] = check;
        first[1 + shift] = "申请人情况";
        first[8] = "总计";
        second[1 + shift] = "自然人";
        second[2 + shift] = "法人或其他组织";
        String[] organisations = {"商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"};
        for (int i = 0; i < organisations.length; i++) {
            third[2 + shift + i] = organisations[i];
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
        String numbers = String.join(" ", valueCells(values, false));
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
        Layout layout = options.review;
        List<String> numbers = new ArrayList<>();
        for (ReviewGroup group : ReviewGroup.values()) {
            for (ReviewColumn column : ReviewColumn.values()) {
                numbers.add(number(report.value(group, column), false));
            }
        }
        String results = "结果维持 结果纠正 其他结果 尚未审结 总计";
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
        java.util.Arrays.fill(first, "");
        java.util.Arrays.fill(second, "");
        java.util.Arrays.fill(third, "");
        first[0] = "行政复议";
        first[5] = "行政诉讼";
        String[] columns = results.split(" ");
        boolean spaced = random.nextBoolean();
        for (int i = 0; i < 5; i++) {
            String column = spaced && i < 4 ? columns[i].substring(0, 2) + " " + columns[i].substring(2) : columns[i];
            second[i] = column;
            third[5 + i] = column;
            third[10 + i] = column;
        }
        second[5] = "未经复议直接起诉";
        second[10] = "复议后起诉";
        cells(pipes, 15, first);
        cells(pipes, 15, second);
        cells(pipes, 15, third);
        cells(pipes, 15, numbers.toArray(String[]::new));
    }

    // ---- cells and numbers

    private List<String> valueCells(long[] values, boolean tabbed) {
        List<String> cells = new ArrayList<>();
        boolean allZero = java.util.Arrays.stream(values).allMatch(v -> v == 0);
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
        String text = label;
        text = text.replaceFirst("^(\\d)\\.", "$1" + itemSeparator);
        if (asciiBrackets) {
            text = text.replace('（', '(').replace('）', ')');
        }
        if (random.nextInt(3) == 0) {
            text = text.replaceFirst("[)）]", "$0 ");
        }
        if (options.straySpaces && random.nextInt(3) == 0 && text.length() > 3) {
            int at = 1 + random.nextInt(text.length() - 2);
            if (Character.isIdeographic(text.charAt(at - 1)) && Character.isIdeographic(text.charAt(at))) {
                text = text.substring(0, at) + " " + text.substring(at);
            }
        }
        return text;
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
        if (options.pageNumbers && random.nextInt(40) == 0) {
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
            if (options.kangxi && radical != null && random.nextInt(3) > 0) {
                transformed.append(radical);
            } else if (options.fullWidthDigits && c >= '0' && c <= '9') {
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
