/**
 * Reads an annual government-information-disclosure report (政府信息公开工作年度报告) from its published text.
 *
 * <p>{@link gov.disclosure.reports.parsing.PublishedTextParser} is the entry point. A text goes through:
 * <ol>
 *   <li>{@code TextLines}: {@link gov.disclosure.reports.parsing.ChineseText#normalize normalised} characters,
 *       HTML given its lines ({@code HtmlLines}: a paragraph a line, a table row a pipe row), markdown/HTML markup removed,
 *       pipe rows turned into tab-separated cells, page numbers and running headers dropped;</li>
 *   <li>{@code SectionSplitter}: the headings of sections 一 to 六, in order (a table of contents is skipped);</li>
 *   <li>{@code TitleReader}: the agency and the year from the title, or the year the overview names most; without a
 *       title, the agency a sentence naming the report or the page's publisher line names ({@code AgencyMentions});</li>
 *   <li>{@code Tokenizer}: table lines cut into text, numbers, dashes and empty cells (sentences are skipped);</li>
 *   <li>{@code ProactiveDisclosureReader}, {@code ApplicationsReader}, {@code ReviewAndLitigationReader}: the
 *       tables of sections 二, 三 and 四. Rows are anchored on their template labels, matched in print order on
 *       compact text ({@code LabelMatcher}), so that line positions, wrapping and merged cells do not matter;
 *       a row's values are read from its label on ({@code TableReader}, {@code CellValues}; "1 046" joined,
 *       {@code SpacedThousands});</li>
 *   <li>{@code NarrativeReader}: sections 一, 五 and 六 as paragraphs.</li>
 * </ol>
 * Whatever cannot be read is collected as {@link gov.disclosure.reports.parsing.MissingPart}s and thrown at
 * the end in one {@link gov.disclosure.reports.parsing.UnreadableReportException}; decisions taken on the way
 * (empty cells read as 0, 2019 items mapped) end up in {@link gov.disclosure.reports.parsing.ParsedText#notes()}.
 */
package gov.disclosure.reports.parsing;
