package gov.disclosure.table;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The table as CSV (RFC 4180, UTF-8 with a byte order mark, so that spreadsheets read the Chinese): the title, then
 * each section's heading on a line of its own and its cells by position, a merged cell's text in its first
 * position and the positions it covers empty.
 */
final class CsvTable implements TableFormat.Renderer {

    /** Spreadsheet programs take a UTF-8 file without it for their local code page. */
    static final String BYTE_ORDER_MARK = "\uFEFF";

    @Override
    public void write(NationalTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        csv.printRecord(SpreadsheetText.inert(table.title())); // a report's title starts with its agency's name
        for (TableSection section : table.sections()) {
            csv.printRecord(section.heading());
            for (TableCell[] row : section.grid()) {
                List<String> line = new ArrayList<>(row.length);
                for (TableCell cell : row) {
                    line.add(cell == null ? "" : cell.text());
                }
                csv.printRecord(line);
            }
        }
        csv.flush();
    }
}
