package gov.disclosure.reports.parsing.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts table lines into {@link Token}s. Cells are separated by tabs, or by spaces when a line has no tabs (PDF
 * extractions); a tab cell may still hold several space-separated pieces ("1. 属于国家秘密", "结果 维持").
 * Sentences ({@link Line#isProse()}) are skipped: numbers in prose are not cells.
 */
public final class Tokenizer {

    /** What a count or an amount may be printed with ("人次" before "人", "万元" before "元"). */
    private static final List<String> UNITS = List.of("件", "个", "条", "项", "人次", "次", "人", "家", "起", "万元", "元");
    /** A number, perhaps with its unit ("5件", "0.5万元", "12（件）"), or said to be about it ("约1200"). */
    private static final Pattern NUMBER = Pattern.compile(
            "约?([+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)"
                    + "(?:(?:%1$s)|[(（](?:%1$s)[)）])?".formatted(String.join("|", UNITS)));
    /** "1 260" inside one tab cell: a number with spaces as thousands separators. */
    private static final Pattern SPACED_THOUSANDS = Pattern.compile("\\d{1,3}( \\d{3})+");
    private static final Pattern DASH = Pattern.compile("[-—–‐‑―─━/／\\\\]+|无|暂无");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** After a number, these make it part of a phrase ("保留 4 位小数", "文件 20 条"), not a cell. */
    private static final String PHRASE_CONTINUATIONS = "位件条个项次人家起年月日万元余多";
    private static final String DATE_UNITS = "年月";
    private static final String SEPARATORS = "：:，,；;=、—–-";
    /** An item's number before its label's words: "1.属于国家秘密", "（一）予以公开". */
    private static final Pattern ITEM = Pattern.compile("\\d{1,2}[.．、](?=\\D)|[（(][一二三四五六七八九十]{1,2}[)）]");
    private static final String NUMBER_START = "0123456789+-约";
    private static final String CLOSING_BRACKETS = "）)”\"』」》";

    private Tokenizer() {
    }

    public static List<Token> tokens(List<Line> lines) {
        List<Token> tokens = new ArrayList<>();
        for (Line line : lines) {
            if (!line.isProse()) {
                tokens.addAll(tokens(line));
            }
        }
        return wordsBetweenWords(tokens);
    }

    public static List<Token> tokens(Line line) {
        List<Token> tokens = new ArrayList<>();
        if (line.cells()) {
            String[] cells = line.text().split("\t", -1);
            for (int cell = 0; cell < cells.length; cell++) {
                String content = cells[cell].strip();
                if (content.isEmpty()) {
                    tokens.add(new Token(Token.Kind.EMPTY, "", null, line.index(), cell, line.delimited()));
                } else if (SPACED_THOUSANDS.matcher(content).matches()) {
                    tokens.add(piece(content.replace(" ", ""), line.index(), cell, line.delimited()));
                } else {
                    addPieces(content, line.index(), cell, line.delimited(), tokens);
                }
            }
        } else {
            addPieces(line.text().strip(), line.index(), -1, false, tokens);
        }
        return demotePhraseNumbers(tokens);
    }

    private static void addPieces(String content, int line, int cell, boolean delimited, List<Token> into) {
        if (content.isEmpty()) {
            return;
        }
        for (String piece : WHITESPACE.split(content)) {
            if (piece.isEmpty()) {
                continue;
            }
            Token token = piece(piece, line, cell, delimited);
            if (token.isText() && cell < 0) {
                List<String> parts = GluedCells.split(piece);
                for (int i = 0; i < parts.size(); i++) {
                    Token part = piece(parts.get(i), line, cell, delimited);
                    boolean glued = i > 0 && part.kind() == Token.Kind.NUMBER;
                    into.add(glued ? new Token(part.kind(), part.text(), part.value(), line, cell, delimited, true) : part);
                }
            } else {
                into.add(token);
            }
        }
    }

    /**
     * The numbers a label's last word holds after a separator, as a form or a CSV file prints a row ("行政许可：1260",
     * "一、本年新收政府信息公开申请数量,,,41,6,1,0,2,1,51", "（三）不予公开,1.属于国家秘密,0,0,0,0,0,0,0"), or the one
     * it ends with ("…申请数量18", a cell that took its neighbour's number); with {@code followsLabel}, a word that
     * starts with the separator ("行政许可 ：1260"). None when no digit follows a separator after a word; {@code null}
     * when digits do but are not numbers parted by that one separator, empty fields before and after them left out
     * ("行政许可：1260；5", "规章,0,,0", "行政许可：第12号": the row cannot be read).
     */
    public static List<Token> numbersAfterSeparator(Token word, boolean followsLabel) {
        String text = word.text();
        for (int at = 0; at + 1 < text.length(); at++) {
            char separator = text.charAt(at);
            if (SEPARATORS.indexOf(separator) < 0 || !(at == 0 ? followsLabel : isWordEnd(text.charAt(at - 1)))) {
                continue;
            }
            int start = at + 1;
            while (start < text.length() && (text.charAt(start) == separator || Character.isWhitespace(text.charAt(start)))) {
                start++;
            }
            int next = start;
            while (next < text.length() && SEPARATORS.indexOf(text.charAt(next)) < 0) {
                next++;
            }
            String field = text.substring(start, next);
            Matcher item = ITEM.matcher(field);
            String words = item.lookingAt() ? field.substring(item.end()) : field;
            if (!item.lookingAt() && !field.isEmpty() && NUMBER_START.indexOf(field.charAt(0)) >= 0) {
                return numbersFrom(text.substring(start), separator, word);
            }
            if (words.substring(0, numberAtTheEnd(words)).chars().anyMatch(Tokenizer::isDigit)) {
                return null; // "行政许可：第12号": digits among words, where its numbers would be
            }
            at = next - 1; // "（一）予以公开", "1.属于国家秘密": more of its label
        }
        return followsLabel ? List.of() : numberAtTheEnd(word);
    }

    /** "…申请数量18", "…数量（件）18件": the number a word ends with, right after its last word; else none. */
    private static List<Token> numberAtTheEnd(Token word) {
        String text = word.text();
        int start = numberAtTheEnd(text);
        if (start == text.length()) {
            return List.of();
        }
        Token number = piece(text.substring(start), word.line(), word.cell(), word.delimited());
        return number.kind() == Token.Kind.NUMBER ? List.of(number) : List.of();
    }

    /** Where the number that the text ends with right after a word starts, with its unit if any ("12件", "0.5万元"). */
    private static int numberAtTheEnd(String text) {
        int end = text.length();
        for (String unit : UNITS) {
            if (text.endsWith(unit)) {
                end -= unit.length();
                break;
            }
        }
        int start = end;
        while (start > 0 && (isDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        return start < end && start > 0 && isWordEnd(text.charAt(start - 1)) ? start : text.length();
    }

    /** The fields' numbers (or dashes), empty fields at their end left out; {@code null} if any other is not one. */
    private static List<Token> numbersFrom(String fields, char separator, Token word) {
        List<Token> numbers = new ArrayList<>();
        for (String field : fields.split(Pattern.quote(String.valueOf(separator)))) {
            Token number = piece(field.strip(), word.line(), word.cell(), word.delimited());
            if (!number.isValue()) {
                return null;
            }
            numbers.add(number);
        }
        return numbers;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordEnd(char c) {
        return Character.isIdeographic(c) || CLOSING_BRACKETS.indexOf(c) >= 0;
    }

    private static Token piece(String piece, int line, int cell, boolean delimited) {
        Matcher number = NUMBER.matcher(piece);
        if (number.matches()) {
            BigDecimal value = new BigDecimal(number.group(1).replace(",", "").replace("+", ""));
            return new Token(Token.Kind.NUMBER, piece, value, line, cell, delimited);
        }
        if (DASH.matcher(piece).matches()) {
            return new Token(Token.Kind.DASH, piece, null, line, cell, delimited);
        }
        return new Token(Token.Kind.TEXT, piece, null, line, cell, delimited);
    }

    /**
     * A number between words of one cell ("保留 4 位小数") is part of the words; so is a year or a month, even opening
     * a line ("2020 年,我单位…": a sentence a PDF wrapped, its 。 on a later line).
     */
    private static List<Token> demotePhraseNumbers(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token before = i > 0 ? tokens.get(i - 1) : null;
            Token token = tokens.get(i);
            Token after = tokens.get(i + 1);
            if (token.kind() != Token.Kind.NUMBER || !after.isText() || after.cell() != token.cell()) {
                continue;
            }
            boolean inWords = before != null && before.isText() && before.cell() == token.cell()
                    && PHRASE_CONTINUATIONS.indexOf(after.text().charAt(0)) >= 0;
            boolean date = DATE_UNITS.indexOf(after.text().charAt(0)) >= 0 && after.line() == token.line();
            if (inWords || date) {
                tokens.set(i, asText(token));
            }
        }
        return tokens;
    }

    private static Token asText(Token token) {
        return new Token(Token.Kind.TEXT, token.text(), null, token.line(), token.cell(), token.delimited());
    }

    /**
     * "无" stands for nothing where a value would be ("0 无 0", a cell of its own); between words it is a word of a
     * label cut by a space or a line ("4. 无 正当理由…").
     */
    private static List<Token> wordsBetweenWords(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() == Token.Kind.DASH && token.text().equals("无")
                    && (i == 0 || tokens.get(i - 1).isText()) && (i + 1 == tokens.size() || tokens.get(i + 1).isText())) {
                tokens.set(i, asText(token));
            }
        }
        return tokens;
    }
}
