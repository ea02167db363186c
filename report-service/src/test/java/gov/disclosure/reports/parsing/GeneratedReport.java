package gov.disclosure.reports.parsing;

import gov.disclosure.region.Region;
import gov.disclosure.region.RegionLevel;
import gov.disclosure.region.Regions;
import gov.disclosure.report.ReportTemplate;
import gov.disclosure.report.ReportTemplate.Cell;
import gov.disclosure.report.ReportTemplate.Column;
import gov.disclosure.report.ReportTemplate.Row;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A random report that adds up, as real reports mostly do: an agency of a real region, a year, every number of the
 * template (many zeros, some large) with every identity of the template holding, a fee with 0 to 6 decimals, and
 * some prose that states a few of its numbers. In the 2019 format it also has that format's extra numbers.
 */
final class GeneratedReport {

    private static final List<Region> NAMEABLE_REGIONS = Regions.standard().all().stream()
            .filter(region -> region.level() != RegionLevel.COUNTRY)
            .filter(region -> !region.name().contains("直辖") && !region.name().equals("市辖区")
                    && !region.name().equals("县"))
            .filter(region -> Regions.standard().named(region.name()).size() == 1)
            .toList();
    static final String[] AGENCIES = {"人民政府办公室", "发展和改革委员会", "市场监督管理局", "教育局",
            "自然资源局", "人力资源和社会保障局", "住房和城乡建设局", "卫生健康委员会", "交通运输局", "财政局",
            "民政局", "司法局", "行政服务中心", "政务服务和大数据管理局", "生态环境局", "农业农村局", "应急管理局"};

    final long seed;
    final Region region;
    final String agencyName;
    /** The agency's name without its place (市场监督管理局), for titles that leave the place to the body. */
    final String agencyWithoutPlace;
    final int year;
    final TemplateFormat format;
    /** Every canonical number by its flat name; the fee exactly as printed. */
    final Map<String, BigDecimal> numbers = new LinkedHashMap<>();
    final String feePrinted;
    /** 2019 format only: 规章, 规范性文件 (本年新制作, 本年新公开, 对外公开总数量). */
    final long[] regulations2019 = new long[3];
    final long[] normativeDocuments2019 = new long[3];
    /** 2019 format only: 行政许可, 其他对外管理服务事项, 行政处罚, 行政强制 (上一年项目数量, 本年增/减, 处理决定数量). */
    final long[][] decisions2019 = new long[4][3];
    /** 2019 format only: 行政事业性收费 (上一年项目数量, 本年增/减); 政府集中采购 (项目数量) and its amount. */
    final long[] fees2019 = new long[2];
    final long procurementItems2019;
    final String procurementAmount2019;
    final List<String> overview = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    final List<String> otherMatters = new ArrayList<>();

    /** How large the agency's numbers run: a city's, or a small office's (mostly single digits). */
    enum Scale { CITY, SMALL }

    private final Scale scale;

    GeneratedReport(long seed, TemplateFormat format) {
        this(seed, format, Scale.CITY);
    }

    GeneratedReport(long seed, TemplateFormat format, Scale scale) {
        this.seed = seed;
        this.format = format;
        this.scale = scale;
        Random random = new Random(seed);
        region = NAMEABLE_REGIONS.get(random.nextInt(NAMEABLE_REGIONS.size()));
        agencyWithoutPlace = AGENCIES[random.nextInt(AGENCIES.length)];
        agencyName = place(random) + agencyWithoutPlace;
        year = format == TemplateFormat.FORMAT_2019 ? 2019 + random.nextInt(2) : 2021 + random.nextInt(5);
        feePrinted = format == TemplateFormat.FORMAT_2019 ? "0" : fee(random);
        for (Cell cell : ReportTemplate.PROACTIVE_DISCLOSURE.cells()) {
            numbers.put(cell.flatName(), cell.isAmount() ? new BigDecimal(feePrinted) : BigDecimal.valueOf(count(random)));
        }
        applications(random);
        for (Row group : ReportTemplate.REVIEW_AND_LITIGATION.rows()) {
            long[] results = {count(random), count(random), count(random), count(random)};
            putRow(ReportTemplate.REVIEW_AND_LITIGATION, group, results);
        }
        if (format == TemplateFormat.FORMAT_2019) {
            regulations2019[0] = value("proactiveDisclosure.regulations.issued");
            regulations2019[1] = count(random);
            regulations2019[2] = value("proactiveDisclosure.regulations.inForce");
            numbers.put("proactiveDisclosure.regulations.repealed", BigDecimal.ZERO);
            normativeDocuments2019[0] = value("proactiveDisclosure.normativeDocuments.issued");
            normativeDocuments2019[1] = count(random);
            normativeDocuments2019[2] = value("proactiveDisclosure.normativeDocuments.inForce");
            numbers.put("proactiveDisclosure.normativeDocuments.repealed", BigDecimal.ZERO);
            String[] decisionItems = {"licensing", null, "penalties", "coercion"};
            for (int i = 0; i < decisionItems.length; i++) {
                decisions2019[i][0] = count(random);
                decisions2019[i][1] = random.nextInt(5) == 0 ? -random.nextInt(20) : random.nextInt(20);
                decisions2019[i][2] = decisionItems[i] == null ? count(random)
                        : value("proactiveDisclosure." + decisionItems[i] + ".decisions");
            }
            fees2019[0] = count(random);
            fees2019[1] = random.nextInt(3) == 0 ? -random.nextInt(5) : random.nextInt(5);
            procurementItems2019 = count(random);
            procurementAmount2019 = fee(random);
        } else {
            procurementItems2019 = 0;
            procurementAmount2019 = "0";
        }
        prose(random);
    }

    long value(String flatName) {
        return numbers.get(flatName).longValueExact();
    }

    /** A row's values in column order. */
    long[] values(ReportTemplate.Table table, Row row) {
        return ReportTemplate.cells(table, row).stream().mapToLong(cell -> value(cell.flatName())).toArray();
    }

    /** The region the agency's name names. */
    String expectedRegionCode() {
        return region.code();
    }

    /**
     * Section 三 that adds up: outcome rows at random, their total the column sums; 二 (上年结转) and 四 (结转下年度)
     * at random, 一 (本年新收) what the balance leaves. In the 2019 format the two （六） rows it lacks are 0.
     */
    private void applications(Random random) {
        int columns = ReportTemplate.APPLICANT_COLUMNS.size() - 1;
        long[] handled = new long[columns];
        for (Row row : ReportTemplate.OUTCOME_ROWS) {
            boolean notIn2019 = format == TemplateFormat.FORMAT_2019 && !row.path().endsWith("other")
                    && row.path().startsWith("outcomes.otherHandling");
            long[] values = new long[columns];
            for (int c = 0; c < columns; c++) {
                values[c] = notIn2019 || random.nextInt(3) > 0 ? 0 : small(random);
                handled[c] += values[c];
            }
            putRow(ReportTemplate.APPLICATIONS, row, values);
        }
        putRow(ReportTemplate.APPLICATIONS, ReportTemplate.APPLICATIONS.row("outcomes.total"), handled);
        long[] carriedOver = new long[columns];
        long[] carriedForward = new long[columns];
        long[] newlyReceived = new long[columns];
        for (int c = 0; c < columns; c++) {
            carriedForward[c] = random.nextInt(3) == 0 ? random.nextInt(10) : 0;
            long available = handled[c] + carriedForward[c];
            carriedOver[c] = available == 0 || random.nextInt(3) > 0 ? 0 : random.nextLong(available + 1);
            newlyReceived[c] = available - carriedOver[c];
        }
        putRow(ReportTemplate.APPLICATIONS, ReportTemplate.APPLICATIONS.row("newlyReceived"), newlyReceived);
        putRow(ReportTemplate.APPLICATIONS, ReportTemplate.APPLICATIONS.row("carriedOver"), carriedOver);
        putRow(ReportTemplate.APPLICATIONS, ReportTemplate.APPLICATIONS.row("carriedForward"), carriedForward);
    }

    /** The row's values without its total, and its total, the sum of them. */
    private void putRow(ReportTemplate.Table table, Row row, long[] withoutTotal) {
        List<Cell> cells = ReportTemplate.cells(table, row);
        long total = 0;
        for (int i = 0; i < withoutTotal.length; i++) {
            numbers.put(cells.get(i).flatName(), BigDecimal.valueOf(withoutTotal[i]));
            total += withoutTotal[i];
        }
        numbers.put(cells.get(cells.size() - 1).flatName(), BigDecimal.valueOf(total));
    }

    private String place(Random random) {
        String place = region.name();
        if (random.nextInt(4) == 0) {
            StringBuilder chain = new StringBuilder();
            for (Region level : Regions.standard().selfAndAncestors(region.code())) {
                if (!level.isCountry() && !level.name().contains("直辖") && !level.name().equals("市辖区")
                        && !level.name().equals("县")) {
                    chain.insert(0, level.name());
                }
            }
            place = chain.toString();
        }
        return place;
    }

    /** A count of section 二 or 四: mostly 0 or small, sometimes up to the largest a city has. */
    private long count(Random random) {
        int kind = random.nextInt(100);
        if (scale == Scale.SMALL) {
            return kind < 60 ? 0 : kind < 95 ? 1 + random.nextInt(9) : 10 + random.nextInt(90);
        }
        if (kind < 45) {
            return 0;
        } else if (kind < 80) {
            return 1 + random.nextInt(20);
        } else if (kind < 93) {
            return 21 + random.nextInt(5000);
        } else if (kind < 98) {
            return random.nextInt(1_000_000);
        }
        return random.nextInt(99_999_999) + 1L;
    }

    /** A count of applications: a few, now and then hundreds. */
    private long small(Random random) {
        if (scale == Scale.SMALL) {
            return random.nextInt(10) < 8 ? 1 + random.nextInt(9) : 10 + random.nextInt(40);
        }
        return random.nextInt(10) < 8 ? 1 + random.nextInt(30) : 31 + random.nextInt(3000);
    }

    private static String fee(Random random) {
        int scale = random.nextInt(7);
        long unscaled = random.nextInt(4) == 0 ? 0 : (long) (random.nextDouble() * Math.pow(10, scale + 1 + random.nextInt(5)));
        return random.nextInt(6) == 0 ? "0" : BigDecimal.valueOf(unscaled, scale).toPlainString();
    }

    private void prose(Random random) {
        String shortName = agencyName.length() > 6 ? "我单位" : agencyName;
        overview.add(year + "年，" + shortName + "认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、"
                + "不公开为例外，全年主动公开政府信息" + (1 + random.nextInt(900)) + "条。");
        overview.add("（一）主动公开情况。一是及时公开政策文件 " + random.nextInt(50) + " 件；二是做好政策解读，"
                + "通过图文、视频等形式解读政策" + random.nextInt(30) + "次。");
        if (random.nextBoolean()) {
            overview.add("（二）依申请公开情况。" + year + "年度共收到政府信息公开申请"
                    + value("applications.newlyReceived.total") + "件，均在法定期限内答复。");
        } else {
            overview.add("（二）依申请公开情况。进一步规范依申请公开工作，均在法定期限内答复。");
        }
        if (random.nextBoolean()) {
            overview.add("（三）政府信息管理情况。严格落实“三审制”，定期开展行政规范性文件清理，长期坚持门户网站管理。");
        }
        problems.add("一是公开的及时性有待提高；二是政策解读形式较为单一。");
        problems.add((year + 1) + "年，将进一步加强培训，提升工作人员业务能力。");
        otherMatters.add(random.nextBoolean() ? "本年度未收取信息处理费。" : "无");
    }

    /** The column labels of section 三, in print order. */
    static List<String> applicantColumnLabels() {
        return ReportTemplate.APPLICANT_COLUMNS.stream().map(Column::label).toList();
    }

    @Override
    public String toString() {
        return "seed " + seed + " " + format + " " + agencyName + " " + year;
    }
}
