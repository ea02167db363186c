package gov.disclosure.table;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The table as one XLSX sheet (Apache POI): the title, then each section's heading and its cells, merged cells
 * merged. Numbers are numeric cells; one with more than 15 significant digits, which a spreadsheet's double cannot
 * hold exactly, is a text cell.
 */
final class XlsxTable implements TableFormat.Renderer {

    static final String SHEET = "政府信息公开工作年度报告";
    private static final int EXACT_DIGITS = 15;

    @Override
    public void write(NationalTable table, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            int r = 0;
            sheet.createRow(r++).createCell(0).setCellValue(table.title());
            for (TableSection section : table.sections()) {
                Cell heading = sheet.createRow(r++).createCell(0);
                heading.setCellValue(section.heading());
                heading.setCellStyle(bold);
                TableCell[][] grid = section.grid();
                for (TableCell[] line : grid) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < line.length; c++) {
                        if (line[c] != null) {
                            write(row.createCell(c), line[c], bold);
                            merge(sheet, r, c, line[c]);
                        }
                    }
                    r++;
                }
            }
            workbook.write(out);
        }
    }

    private static void write(Cell cell, TableCell value, CellStyle header) {
        if (value.header()) {
            cell.setCellValue(value.text());
            cell.setCellStyle(header);
        } else if (value.number() != null && value.number().precision() <= EXACT_DIGITS) {
            cell.setCellValue(value.number().doubleValue());
        } else {
            cell.setCellValue(value.text());
        }
    }

    private static void merge(Sheet sheet, int row, int column, TableCell cell) {
        if (cell.rowSpan() > 1 || cell.colSpan() > 1) {
            sheet.addMergedRegion(new CellRangeAddress(row, row + cell.rowSpan() - 1, column,
                    column + cell.colSpan() - 1));
        }
    }
}
