package gov.disclosure.table;

import java.util.List;

/**
 * One section of the table (二, 三 or 四) as the template prints it: rows of cells, a cell spanning the positions
 * to its right and below it that the rows then leave out (as HTML does).
 *
 * @param heading its heading (二、主动公开政府信息情况)
 * @param width   how many columns it has
 */
public record TableSection(String heading, int width, List<List<TableCell>> rows) {

    public TableSection {
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * The cells by position: each cell at its top-left position, the positions it spans over null. CSV, Markdown
     * and spreadsheets lay the table out by position.
     */
    public TableCell[][] grid() {
        TableCell[][] grid = new TableCell[rows.size()][width];
        boolean[][] covered = new boolean[rows.size()][width];
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (TableCell cell : rows.get(r)) {
                while (c < width && covered[r][c]) {
                    c++;
                }
                if (c >= width) {
                    throw new IllegalStateException("row " + r + " of " + heading + " is wider than " + width);
                }
                grid[r][c] = cell;
                for (int dr = 0; dr < cell.rowSpan(); dr++) {
                    for (int dc = 0; dc < cell.colSpan(); dc++) {
                        covered[r + dr][c + dc] = true;
                    }
                }
                c += cell.colSpan();
            }
        }
        return grid;
    }
}
