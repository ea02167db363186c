package gov.disclosure.reports.roster;

import gov.disclosure.reports.storage.RosterAgency;
import gov.disclosure.table.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A region's roster as CSV (RFC 4180, UTF-8), one agency a line under the header
 * {@value #HEADER}. Dates are ISO (2024-06-30); empty cells are absent values.
 */
public final class RosterCsv {

    public static final List<String> COLUMNS = List.of("agencyId", "name", "regionCode", "kind", "reportsTo",
            "activeFrom", "activeTo");
    public static final String HEADER = "agencyId,name,regionCode,kind,reportsTo,activeFrom,activeTo";

    /** One line of an import: its number (the header is line 1) and its cells by column. */
    public record Line(int number, Map<String, String> cells) {
        public String cell(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    private RosterCsv() {
    }

    /** Writes RFC 4180 with the roster's header first; give each agency to {@link #write}, then flush it. */
    public static CSVPrinter printer(Writer out) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get().print(out);
    }

    /** Writes one agency's line (as each agency of a streamed export comes: a failed write is unchecked). */
    public static void write(RosterAgency.Listed agency, CSVPrinter out) {
        try {
            out.printRecord(agency.agencyId(), SpreadsheetText.inert(agency.name()), agency.regionCode(),
                    agency.kind(), agency.reportsTo(), agency.activeFrom(), agency.activeTo());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws InvalidAgencyException for a header that is not the roster's, or a line that is not CSV */
    public static List<Line> read(String text) {
        List<CSVRecord> rows = rows(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (rows.isEmpty()) {
            throw new InvalidAgencyException(List.of(new AgencyError(1, "", "the CSV is empty; its header is " + HEADER)));
        }
        List<String> header = rows.get(0).stream().map(String::strip).toList();
        if (!header.containsAll(List.of("agencyId", "name", "regionCode", "kind")) || !COLUMNS.containsAll(header)
                || header.stream().distinct().count() != header.size()) {
            throw new InvalidAgencyException(List.of(new AgencyError(1, "",
                    "the header must name the columns " + HEADER + " (agencyId, name, regionCode and kind required)")));
        }
        List<Line> lines = new ArrayList<>();
        for (CSVRecord row : rows.subList(1, rows.size())) {
            int number = (int) row.getRecordNumber();
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            if (row.size() != header.size()) {
                throw new InvalidAgencyException(List.of(new AgencyError(number, "",
                        "has %d cells; the header has %d".formatted(row.size(), header.size()))));
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                String cell = row.get(c);
                cells.put(header.get(c), header.get(c).equals("name") ? SpreadsheetText.restored(cell) : cell);
            }
            lines.add(new Line(number, cells));
        }
        return lines;
    }

    /** The records of the text (a quoted cell may hold commas, quotes as "" and line breaks), or the line that is none. */
    private static List<CSVRecord> rows(String text) {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(CSVFormat.RFC4180).get()) {
            List<CSVRecord> rows = new ArrayList<>();
            try {
                parser.forEach(rows::add);
            } catch (UncheckedIOException notCsv) { // what Commons CSV's iterator throws for a malformed record
                throw new InvalidAgencyException(List.of(new AgencyError((int) parser.getRecordNumber() + 1, "",
                        "is not CSV: a quoted cell is not closed, or has more after its closing quote")));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }
}
