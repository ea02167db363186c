package gov.disclosure.reports.exports;

import gov.disclosure.report.AnnualReport;
import gov.disclosure.report.ReportNumbers;
import gov.disclosure.reports.storage.ReportDocuments;
import gov.disclosure.reports.storage.ReportFilter;
import gov.disclosure.reports.storage.ReportQueries;
import gov.disclosure.reports.storage.ReportQueries.ExportedReport;
import gov.disclosure.table.SpreadsheetText;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes every report a filter finds, as it is read from the database (see {@link ReportQueries#export}): memory
 * holds one batch of rows, whatever the number of reports.
 */
@ApplicationScoped
public class ReportExport {

    /** The columns before the numbers. */
    public static final List<String> SUMMARY_COLUMNS = List.of("agencyId", "agencyName", "regionCode", "year",
            "revision", "status", "reviewStatus", "violationCount", "warningCount");
    /** Their Chinese labels, for the optional second header row. */
    public static final List<String> SUMMARY_LABELS = List.of("机关编码", "机关名称", "行政区划代码", "年度", "修订版本",
            "状态", "审核状态", "违反勾稽关系数", "警告数");
    /** The header row: the summary, then every number by flat name in print order. */
    public static final List<String> COLUMNS = Stream.concat(SUMMARY_COLUMNS.stream(), ReportNumbers.NAMES.stream())
            .toList();

    /** Rows read from the database at a time. */
    static final int FETCH_SIZE = 200;

    private final ReportQueries queries;
    private final ReportDocuments documents;

    public ReportExport(ReportQueries queries, ReportDocuments documents) {
        this.queries = queries;
        this.documents = documents;
    }

    /** The Chinese label of each number: its section, row and column as the template prints them. */
    public static List<String> labels() {
        List<String> labels = new ArrayList<>(SUMMARY_LABELS);
        labels.addAll(ReportNumbers.LABELS);
        return labels;
    }

    /**
     * @param chineseLabels whether a second header row gives the columns' Chinese labels (CSV only)
     */
    public void write(ReportFilter filter, ExportFormat format, boolean chineseLabels, OutputStream out)
            throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        if (format == ExportFormat.CSV) {
            csv(filter, chineseLabels, writer);
        } else {
            ndjson(filter, writer);
        }
        writer.flush();
    }

    private void csv(ReportFilter filter, boolean chineseLabels, Writer writer) throws IOException {
        writer.write("\uFEFF"); // spreadsheets read UTF-8 without it in their local code page
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        csv.printRecord(COLUMNS);
        if (chineseLabels) {
            csv.printRecord(labels());
        }
        queries.export(filter, FETCH_SIZE, report -> unchecked(() -> csv.printRecord(row(report))));
        csv.flush();
    }

    private List<Object> row(ExportedReport report) {
        List<Object> row = new ArrayList<>(COLUMNS.size());
        row.add(report.agencyId());
        row.add(SpreadsheetText.inert(report.agencyName()));
        row.add(report.regionCode());
        row.add(report.year());
        row.add(report.revision());
        row.add(report.status());
        row.add(report.reviewStatus());
        row.add(report.violationCount());
        row.add(report.warningCount());
        Map<String, BigDecimal> numbers = ReportNumbers.flatten(documents.report(report.document()));
        for (String name : ReportNumbers.NAMES) {
            BigDecimal number = numbers.get(name);
            row.add(number == null ? "" : number.toPlainString());
        }
        return row;
    }

    private void ndjson(ReportFilter filter, Writer writer) {
        queries.export(filter, FETCH_SIZE, report -> unchecked(() -> {
            AnnualReport content = documents.report(report.document());
            writer.write(documents.toJson(content));
            writer.write('\n');
        }));
    }

    private interface Output {
        void run() throws IOException;
    }

    private static void unchecked(Output output) {
        try {
            output.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
