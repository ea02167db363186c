package gov.disclosure.reports.regions;

import gov.disclosure.region.Region;
import gov.disclosure.region.Regions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class RegionResolverTest {

    private final RegionResolver resolver = new RegionResolver(Regions.standard());

    @ParameterizedTest
    @CsvSource({
            "汝州市人民政府办公室, 410482",
            "郑州市政务服务办公室, 410100",
            "涧西区住房和城乡建设局, 410305",
            "周口市行政服务中心, 411600",
            "新安县示例局, 410323",
            "河南省人民政府办公厅, 410000",
            "河南省发展和改革委员会, 410000",
            "河南省洛阳市涧西区统计局, 410305",
            "洛阳市涧西区统计局, 410305",
            "南京市鼓楼区教育局, 320106",
            "福州市鼓楼区人民政府, 350102",
            "山东省济南市市中区民政局, 370103",
            "北京市海淀区人民政府, 110108",
            "北京市朝阳区人民政府办公室, 110105",
            "长春市朝阳区司法局, 220104",
            "中共汝州市委办公室, 410482",
            "国务院办公厅, 000000",
            "国家统计局, 000000",
            "中华人民共和国生态环境部, 000000",
            "国家税务总局河南省税务局, 410000",
            "'新 安 县示例局', 410323",
            "⻓沙市⼈⺠政府, 430100",
            "洛阳涧西区统计局, 410305",
            "河南洛阳涧西区统计局, 410305",
            "河南省洛阳涧西区统计局, 410305",
            "南京鼓楼区教育局, 320106",
            "长春朝阳区司法局, 220104",
            "汝州市钟楼街道办事处, 410482",
            "昌图县七家子镇, 211224",
            "重庆市九龙坡区二郎街道办事处, 500107",
            "十堰市生态环境局郧阳分局, 420304",
            "咸宁市生态环境局嘉鱼县分局, 421221",
            "海南省生态环境厅, 460000",
            "国家卫生健康委, 000000",
            "教育部, 000000",
            "中华人民共和国水利部, 000000",
            "湘西州人民政府, 433100",
            "黔东南州财政局, 522600",
            "伊犁州人民政府, 654000",
            "海西州人民政府, 632800",
            "海南州人民政府, 632500",
            "湖北省恩施州利川市人民政府, 422802",
            "恩施土家族苗族自治州人民政府, 422800",
            "恩施市人民政府, 422801",
            "石柱县人民政府, 500240",
            "东乡县人民政府, 622926",
            "鄂温克旗人民政府, 150724",
            "宁夏银川市兴庆区人民政府, 640104",
            "广西南宁市青秀区人民政府, 450103",
            "河南县人民政府, 632324",
    })
    void findsTheRegionAnAgencyIsNamedAfter(String agency, String code) {
        RegionMatch match = resolver.resolve(agency);

        assertEquals(code, assertInstanceOf(RegionMatch.Found.class, match, agency).region().code());
    }

    @ParameterizedTest
    @CsvSource({"鼓楼区人民政府办公室, 鼓楼区", "市中区教育局, 市中区", "朝阳区财政局, 朝阳区"})
    void aNameSeveralRegionsShareIsAmbiguous(String agency, String region) {
        RegionMatch match = resolver.resolve(agency);

        List<Region> candidates = assertInstanceOf(RegionMatch.Ambiguous.class, match).candidates();
        assertThat(candidates, containsInAnyOrder(Regions.standard().named(region).toArray()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "示例局", "市辖区财政局", "县教育局", "省直辖县级行政区划办公室", "市政府办公室", "xyz",
            "洛阳统计局", "下各镇", "沐阳县人民政府", "新疆生产建设兵团", "广西教育厅"})
    void namesWithoutARegionAreUnknown(String agency) {
        assertInstanceOf(RegionMatch.Unknown.class, resolver.resolve(agency), agency);
    }

    @org.junit.jupiter.api.Test
    void aNullNameIsUnknown() {
        assertInstanceOf(RegionMatch.Unknown.class, resolver.resolve(null));
    }
}
