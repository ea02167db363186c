package gov.disclosure.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The table as an HTML page: merged cells as rowspan and colspan, each number with its flat name (data-name). */
final class HtmlTable implements TableFormat.Renderer {

    @Override
    public void write(NationalTable table, OutputStream out) throws IOException {
        Writer html = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        html.write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head><meta charset=\"utf-8\"><title>");
        html.write(escape(table.title()));
        html.write("</title></head>\n<body>\n<h1>");
        html.write(escape(table.title()));
        html.write("</h1>\n");
        for (TableSection section : table.sections()) {
            html.write("<h2>" + escape(section.heading()) + "</h2>\n<table border=\"1\">\n");
            for (List<TableCell> row : section.rows()) {
                html.write("<tr>");
                for (TableCell cell : row) {
                    html.write(cell(cell));
                }
                html.write("</tr>\n");
            }
            html.write("</table>\n");
        }
        html.write("</body>\n</html>\n");
        html.flush();
    }

    private static String cell(TableCell cell) {
        StringBuilder tag = new StringBuilder(cell.header() ? "<th" : "<td");
        if (cell.rowSpan() > 1) {
            tag.append(" rowspan=\"").append(cell.rowSpan()).append('"');
        }
        if (cell.colSpan() > 1) {
            tag.append(" colspan=\"").append(cell.colSpan()).append('"');
        }
        if (cell.isNumber()) {
            tag.append(" data-name=\"").append(escape(cell.flatName())).append('"');
        }
        return tag.append('>').append(escape(cell.text())).append(cell.header() ? "</th>" : "</td>").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
