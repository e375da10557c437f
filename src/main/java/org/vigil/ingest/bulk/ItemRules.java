package org.vigil.ingest.bulk;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.ingest.Parsed;
import org.vigil.shared.Author;
import org.vigil.shared.InvalidInputException;

/** The checks every incoming document passes, whichever file format brought it; each failure names the field. */
final class ItemRules {

    static final List<String> FIELDS =
            List.of("id", "text", "title", "url", "published", "source", "language", "kind", "inReplyTo");
    /** The author's fields: nested under {@code author} in JSON, columns authorHandle, ... in CSV. */
    static final List<String> AUTHOR_FIELDS = List.of("handle", "name", "platform", "url");

    /** CSV column name for each author field, matched case-insensitively like the others. */
    static final Map<String, String> AUTHOR_COLUMNS = Map.of(
            "authorHandle", "author.handle",
            "authorName", "author.name",
            "authorPlatform", "author.platform",
            "authorUrl", "author.url");

    private static final Set<String> KINDS = Set.of("ARTICLE", "POST");

    private ItemRules() {}

    /** Values are null when absent; blank optional values count as absent. */
    static Parsed<IncomingItem> check(long line, Map<String, String> values, BulkLimits limits, String raw) {
        String id = values.get("id");
        String text = values.get("text");
        if (id == null || id.isBlank()) {
            return Parsed.rejected(line, "id is missing; every document needs an id", raw);
        }
        if (text == null) {
            return Parsed.rejected(line, "text is missing; every document needs a text", raw);
        }
        int textBytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (textBytes > limits.maxTextBytes()) {
            return Parsed.rejected(
                    line,
                    "text is " + textBytes + " bytes, over the limit of " + limits.maxTextBytes()
                            + " bytes (1 MiB); split the document",
                    raw);
        }
        if (text.isBlank()) {
            return Parsed.rejected(line, "text is empty", raw);
        }
        for (String field : FIELDS) {
            String value = values.get(field);
            if (value == null) {
                continue;
            }
            if (!field.equals("text") && value.length() > limits.maxFieldChars()) {
                return Parsed.rejected(
                        line,
                        field + " is " + value.length() + " characters, over the limit of " + limits.maxFieldChars(),
                        raw);
            }
            String bad = badCharacter(value, !field.equals("text") && !field.equals("title"));
            if (bad != null) {
                return Parsed.rejected(line, field + " contains " + bad, raw);
            }
        }
        String published = blankToNull(values.get("published"));
        if (published != null && !isDate(published)) {
            return Parsed.rejected(
                    line,
                    "published '" + published + "' is not an ISO-8601 instant such as " + "2020-02-05T10:00:00Z",
                    raw);
        }
        String kind = blankToNull(values.get("kind"));
        if (kind != null && !KINDS.contains(kind)) {
            return Parsed.rejected(line, "kind '" + kind + "' is neither ARTICLE nor POST", raw);
        }
        String language = blankToNull(values.get("language"));
        if (language != null && !language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            return Parsed.rejected(
                    line, "language '" + language + "' is not an ISO 639 code such as en, ru or tr", raw);
        }
        String url = blankToNull(values.get("url"));
        if (url != null && !url.matches("(?i)https?://\\S+")) {
            return Parsed.rejected(line, "url '" + url + "' is not an http or https address", raw);
        }
        Author author;
        try {
            author = Author.of(
                    values.get("author.handle"),
                    values.get("author.name"),
                    values.get("author.platform"),
                    values.get("author.url"));
        } catch (InvalidInputException e) {
            return Parsed.rejected(
                    line,
                    e.problems().stream()
                            .map(p -> p.field() + " " + p.reason())
                            .collect(java.util.stream.Collectors.joining("; ")),
                    raw);
        }
        return Parsed.accepted(IncomingItem.of(
                id.strip(),
                text,
                blankToNull(values.get("title")),
                url,
                published,
                blankToNull(values.get("source")),
                language,
                kind,
                blankToNull(values.get("inReplyTo")),
                author));
    }

    /**
     * A description of the first character that has no place in a document, or null: control characters other
     * than tab and line breaks (in one-line fields, line breaks too), and unpaired surrogates from JSON escapes.
     */
    static String badCharacter(String value, boolean singleLine) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r';
            if ((Character.isISOControl(c) && c != '\t' && !lineBreak) || (singleLine && lineBreak)) {
                return String.format("the control character U+%04X at position %d", (int) c, i + 1);
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "an unpaired surrogate at position " + (i + 1) + " (a broken \\u escape)";
            }
            if (Character.isLowSurrogate(c)) {
                return "an unpaired surrogate at position " + (i + 1) + " (a broken \\u escape)";
            }
        }
        return null;
    }

    private static boolean isDate(String value) {
        try {
            OffsetDateTime.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            // try the other forms
        }
        try {
            Instant.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            // try a bare date
        }
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
