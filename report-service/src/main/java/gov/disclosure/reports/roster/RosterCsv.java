package gov.disclosure.reports.roster;

import gov.disclosure.reports.storage.RosterAgency;
import gov.disclosure.table.SpreadsheetText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    /** Writes the header line: the first of a roster's CSV. */
    public static void writeHeader(Writer out) throws IOException {
        out.write(HEADER + "\r\n");
    }

    /** Writes one agency's line (as each agency of a streamed export comes: a failed write is unchecked). */
    public static void write(RosterAgency.Listed agency, Writer out) {
        List<Object> cells = List.of(agency.agencyId(), SpreadsheetText.inert(agency.name()), agency.regionCode(), agency.kind(),
                Objects.toString(agency.reportsTo(), ""), Objects.toString(agency.activeFrom(), ""),
                Objects.toString(agency.activeTo(), ""));
        try {
            for (int i = 0; i < cells.size(); i++) {
                out.write((i == 0 ? "" : ",") + quoted(String.valueOf(cells.get(i))));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws InvalidAgencyException for a header that is not the roster's, or a quote left open */
    public static List<Line> read(String text) {
        List<List<String>> rows = rows(text.startsWith("\uFEFF") ? text.substring(1) : text);
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
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            if (row.size() != header.size()) {
                throw new InvalidAgencyException(List.of(new AgencyError(i + 1, "",
                        "has %d cells; the header has %d".formatted(row.size(), header.size()))));
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                String cell = row.get(c);
                cells.put(header.get(c), header.get(c).equals("name") ? SpreadsheetText.restored(cell) : cell);
            }
            lines.add(new Line(i + 1, cells));
        }
        return lines;
    }

    /** The rows of the text; a quoted cell may hold commas, quotes ("") and line breaks. */
    private static List<List<String>> rows(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                line++;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new InvalidAgencyException(List.of(new AgencyError(line, "", "a quoted cell is not closed")));
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    private static String quoted(String cell) {
        boolean needs = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        return needs ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
