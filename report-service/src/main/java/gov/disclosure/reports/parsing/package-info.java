/**
 * Reads an annual government-information-disclosure report (政府信息公开工作年度报告) from its published text, as a person
 * reads it: the labels of a table say roughly where its numbers are, and the template's arithmetic proves a reading.
 *
 * <p>{@link gov.disclosure.reports.parsing.PublishedTextParser} is the entry point. A text goes through:
 * <ol>
 *   <li>{@code parsing.text.TextLines}: {@link gov.disclosure.reports.parsing.text.ChineseText#normalize normalised}
 *       characters, HTML given its lines ({@code HtmlLines}: a paragraph a line, a table row a pipe row),
 *       markdown/HTML markup removed, pipe rows turned into tab-separated cells, page numbers dropped; then
 *       {@code PageHeaders}: running headers dropped;</li>
 *   <li>{@code SectionSplitter}: the headings of sections 一 to 六, in order (a table of contents is skipped);</li>
 *   <li>{@code TitleReader}: the agency and the year from the title, or the year the overview names most; without a
 *       title, the agency a sentence naming the report or the page's publisher line names ({@code AgencyMentions});
 *       a title that names the agency without its place has fuller names looked for in the body
 *       ({@code AgencyPlaces});</li>
 *   <li>{@code parsing.text.Tokenizer}: table lines cut into text, numbers, dashes and empty cells (sentences are
 *       skipped); on lines without cells, digits run together with a label are cut off it ({@code GluedCells});</li>
 *   <li>{@code ProactiveDisclosureReader}, {@code ApplicationsReader}, {@code ReviewAndLitigationReader}: the tables
 *       of sections 二, 三 and 四, described by the template's catalogue
 *       ({@link gov.disclosure.report.ReportTemplate}). Rows are anchored on their labels, matched in print order on
 *       compact text with typos allowed ({@code LabelMatcher}); rows whose labels are not found are read by their
 *       place among the rows found ({@code TableReader}). A row's printed cells give its readings
 *       ({@code CellValues}): one where they say its values, several where they do not ({@code CellAlternatives}:
 *       blank cells that left no trace, digits of several cells run together). {@code TableSolver} tries the readings
 *       against every identity of the template; the numbers the report's prose states ({@code TextFacts}) break ties;
 *       a row left out is 0 where the totals say so ({@code MissingRows}). Whatever nothing proves is left unread,
 *       cell by cell: never guessed, never filled with 0;</li>
 *   <li>{@code NarrativeReader}: sections 一, 五 and 六 as paragraphs.</li>
 * </ol>
 * Whatever cannot be read is collected as {@link gov.disclosure.reports.parsing.MissingPart}s (with the JSON pointers
 * of the numbers it leaves unread) and thrown at the end in one
 * {@link gov.disclosure.reports.parsing.UnreadableReportException}, which also carries everything that was read;
 * decisions taken on the way (empty cells read as 0, 2019 items mapped, a reading chosen by the arithmetic) end up
 * in {@link gov.disclosure.reports.parsing.ParsedText#notes()}. Reading is linear in the text's length and bounded
 * by a time budget ({@code ReadingBudget}).
 *
 * <h2>Layouts met in real reports</h2>
 * Besides those of the spec (tab-separated rows with merged cells, markdown, PDF extractions with single spaces and
 * wrapped labels, Kangxi radicals and radicals-supplement forms, full-width forms):
 * <ul>
 *   <li>web pages whose tables lost their separators: a row's cells run together after its label
 *       ("…数量21710000218"), section 四 one run of digits, a whole table on one line with the labels between the runs;
 *       only the arithmetic splits them, and a row of section 二 (which has no totals) only where the prose states
 *       its numbers;</li>
 *   <li>labels misspelt (a character dropped, swapped or replaced), abbreviated or wrapped around the row's numbers
 *       (the item number and the numbers on one line, the rest of the label on the next);</li>
 *   <li>a single （六）其他处理 row in a 2021 table (read as 3.其他, the other two 0); rows left out (8.属于行政查询事项);</li>
 *   <li>a title naming the agency without its place (行政服务中心…年度报告), the place in the first sentence, a
 *       publisher line or the signature;</li>
 *   <li>OCR output with made-up column headers (数据1 … 数据6) in cells of their own;</li>
 *   <li>tables printed a cell a line, blank cells as "|" lines; header rows printed again after a page break.</li>
 * </ul>
 */
package gov.disclosure.reports.parsing;
