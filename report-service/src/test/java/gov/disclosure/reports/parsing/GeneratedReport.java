package gov.disclosure.reports.parsing;

import gov.disclosure.region.Region;
import gov.disclosure.region.RegionLevel;
import gov.disclosure.region.Regions;
import gov.disclosure.report.ApplicantColumn;
import gov.disclosure.report.ApplicationRow;
import gov.disclosure.report.ProactiveItem;
import gov.disclosure.report.ReviewColumn;
import gov.disclosure.report.ReviewGroup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A random report: an agency of a real region, a year, every number of the template (many zeros, some large),
 * a fee with 0 to 6 decimals, and some prose. In the 2019 format it also has that format's extra numbers.
 */
final class GeneratedReport {

    private static final List<Region> NAMEABLE_REGIONS = Regions.standard().all().stream()
            .filter(region -> region.level() != RegionLevel.COUNTRY)
            .filter(region -> !region.name().contains("直辖") && !region.name().equals("市辖区")
                    && !region.name().equals("县"))
            .filter(region -> Regions.standard().named(region.name()).size() == 1)
            .toList();
    private static final String[] AGENCIES = {"人民政府办公室", "发展和改革委员会", "市场监督管理局", "教育局",
            "自然资源局", "人力资源和社会保障局", "住房和城乡建设局", "卫生健康委员会", "交通运输局", "财政局",
            "民政局", "司法局", "行政服务中心", "政务服务和大数据管理局", "生态环境局", "农业农村局", "应急管理局"};

    final long seed;
    final Region region;
    final String agencyName;
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

    GeneratedReport(long seed, TemplateFormat format) {
        this.seed = seed;
        this.format = format;
        Random random = new Random(seed);
        region = NAMEABLE_REGIONS.get(random.nextInt(NAMEABLE_REGIONS.size()));
        agencyName = agencyName(random);
        year = format == TemplateFormat.FORMAT_2019 ? 2019 + random.nextInt(2) : 2021 + random.nextInt(5);
        feePrinted = format == TemplateFormat.FORMAT_2019 ? "0" : fee(random);
        for (ProactiveItem item : ProactiveItem.values()) {
            numbers.put(item.flatName(), item == ProactiveItem.FEES_AMOUNT
                    ? new BigDecimal(feePrinted) : BigDecimal.valueOf(count(random)));
        }
        for (ApplicationRow row : ApplicationRow.values()) {
            boolean notIn2019 = format == TemplateFormat.FORMAT_2019
                    && (row == ApplicationRow.CORRECTION_OVERDUE || row == ApplicationRow.FEE_UNPAID);
            for (ApplicantColumn column : ApplicantColumn.values()) {
                numbers.put(row.flatName(column), BigDecimal.valueOf(notIn2019 ? 0 : count(random)));
            }
        }
        for (ReviewGroup group : ReviewGroup.values()) {
            for (ReviewColumn column : ReviewColumn.values()) {
                numbers.put(group.flatName(column), BigDecimal.valueOf(count(random)));
            }
        }
        if (format == TemplateFormat.FORMAT_2019) {
            regulations2019[0] = value(ProactiveItem.REGULATIONS_ISSUED);
            regulations2019[1] = count(random);
            regulations2019[2] = value(ProactiveItem.REGULATIONS_IN_FORCE);
            numbers.put(ProactiveItem.REGULATIONS_REPEALED.flatName(), BigDecimal.ZERO);
            normativeDocuments2019[0] = value(ProactiveItem.NORMATIVE_DOCUMENTS_ISSUED);
            normativeDocuments2019[1] = count(random);
            normativeDocuments2019[2] = value(ProactiveItem.NORMATIVE_DOCUMENTS_IN_FORCE);
            numbers.put(ProactiveItem.NORMATIVE_DOCUMENTS_REPEALED.flatName(), BigDecimal.ZERO);
            ProactiveItem[] decisionItems = {ProactiveItem.LICENSING_DECISIONS, null,
                    ProactiveItem.PENALTIES_DECISIONS, ProactiveItem.COERCION_DECISIONS};
            for (int i = 0; i < decisionItems.length; i++) {
                decisions2019[i][0] = count(random);
                decisions2019[i][1] = random.nextInt(5) == 0 ? -random.nextInt(20) : random.nextInt(20);
                decisions2019[i][2] = decisionItems[i] == null ? count(random) : value(decisionItems[i]);
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

    long value(ProactiveItem item) {
        return numbers.get(item.flatName()).longValueExact();
    }

    long value(ApplicationRow row, ApplicantColumn column) {
        return numbers.get(row.flatName(column)).longValueExact();
    }

    long value(ReviewGroup group, ReviewColumn column) {
        return numbers.get(group.flatName(column)).longValueExact();
    }

    /** The region the agency's name names; {@code null} when it carries the name of no unique region. */
    String expectedRegionCode() {
        return region.code();
    }

    private String agencyName(Random random) {
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
        return place + AGENCIES[random.nextInt(AGENCIES.length)];
    }

    private static long count(Random random) {
        int kind = random.nextInt(100);
        if (kind < 45) {
            return 0;
        } else if (kind < 80) {
            return 1 + random.nextInt(20);
        } else if (kind < 93) {
            return 21 + random.nextInt(5000);
        } else if (kind < 98) {
            return random.nextInt(1_000_000);
        }
        return random.nextInt(999_999_999) + 1L;
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
        overview.add("（二）依申请公开情况。" + year + "年度共收到政府信息公开申请" + random.nextInt(100)
                + "件，均在法定期限内答复。");
        if (random.nextBoolean()) {
            overview.add("（三）政府信息管理情况。严格落实“三审制”，定期开展行政规范性文件清理，长期坚持门户网站管理。");
        }
        problems.add("一是公开的及时性有待提高；二是政策解读形式较为单一。");
        problems.add((year + 1) + "年，将进一步加强培训，提升工作人员业务能力。");
        otherMatters.add(random.nextBoolean() ? "本年度未收取信息处理费。" : "无");
    }

    @Override
    public String toString() {
        return "seed " + seed + " " + format + " " + agencyName + " " + year;
    }
}
