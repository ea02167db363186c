package gov.disclosure.local.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The reports a run submits: one fixture's numbers under made-up agencies spread over Henan's counties. */
final class BenchmarkReports {

    static final int YEAR = 2024;
    /** The history phase's reports are of this year to the year before {@link #YEAR}: the national tables' years. */
    static final int FIRST_HISTORY_YEAR = 2019;

    private final String json;
    private final String text;
    private final List<String> counties;

    BenchmarkReports(Path root) throws IOException {
        this.json = Files.readString(root.resolve(
                        "report-service/src/test/resources/fixtures/reports/xinan-example-2023-pdf.expected.json"))
                .replace("\"year\": 2023", "\"year\": " + YEAR);
        this.text = Files.readString(root.resolve("report-service/src/test/resources/fixtures/reports/ruzhou-szfb-2024.txt"));
        this.counties = Files.readAllLines(root.resolve("report-model/src/main/resources/regions.csv")).stream()
                .filter(line -> line.startsWith("41") && line.contains(",county,"))
                .map(line -> line.substring(0, 6))
                .toList();
    }

    List<String> counties() {
        return counties;
    }

    /** The canonical JSON of agency {@code agencyId}'s report, in the {@code i}th county. */
    String json(String agencyId, int i) {
        return json.replace("\"410323-example-bureau\"", "\"" + agencyId + "\"")
                .replace("\"regionCode\": \"410323\"", "\"regionCode\": \"" + counties.get(i % counties.size()) + "\"");
    }

    /** The same on one line (JSON strings hold no line breaks), for NDJSON. */
    String line(String agencyId, int i) {
        return json(agencyId, i).replace("\r", "").replace('\n', ' ');
    }

    /** The same of another year. */
    String line(String agencyId, int i, int year) {
        return line(agencyId, i).replace("\"year\": " + YEAR, "\"year\": " + year);
    }

    /** A report on one line whose agency id reads {@code AGENCY}: the raw-SQL baseline's document. */
    String template() {
        return line("AGENCY", 0);
    }

    /** A published text of an agency of its own, {@code i}. */
    String text(int i) {
        return text.replace("汝州市人民政府办公室", "汝州市基准测试局" + i);
    }
}
