package gov.disclosure.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The table as Markdown (GitHub's tables): each section under its heading, its first line as the table's header,
 * cells by position, a merged cell's text in its first position and the positions it covers empty.
 */
final class MarkdownTable implements TableFormat.Renderer {

    @Override
    public void write(NationalTable table, OutputStream out) throws IOException {
        Writer markdown = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        markdown.write("# " + inline(table.title()) + "\n");
        for (TableSection section : table.sections()) {
            markdown.write("\n## " + inline(section.heading()) + "\n\n");
            TableCell[][] grid = section.grid();
            for (int r = 0; r < grid.length; r++) {
                markdown.write(line(grid[r]));
                if (r == 0) {
                    markdown.write("|" + "---|".repeat(section.width()) + "\n");
                }
            }
        }
        markdown.flush();
    }

    private static String line(TableCell[] row) {
        StringBuilder line = new StringBuilder("|");
        for (TableCell cell : row) {
            line.append(' ').append(cell == null ? "" : inline(cell.text())).append(" |");
        }
        return line.append('\n').toString();
    }

    /** A cell's text on one line, its pipes escaped. */
    static String inline(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("[\\r\\n]+", " ");
    }
}
