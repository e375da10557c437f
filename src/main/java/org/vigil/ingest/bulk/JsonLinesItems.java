package org.vigil.ingest.bulk;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.vigil.ingest.Lookahead;
import org.vigil.ingest.Parsed;
import org.vigil.ingest.StrictLines;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Documents from a JSON-lines stream (one object a line, the contract's DOCS.jsonl), one line at a time: a file of
 * any length needs memory for one line only. Blank lines are skipped. Each other line yields an item or a reject
 * with its line number: invalid UTF-8 (found by a strict decoder, with its byte offset), not JSON, not an object,
 * duplicate keys, a field of the wrong type, a missing id or text, a text over the limit, control characters.
 */
public final class JsonLinesItems extends Lookahead<Parsed<IncomingItem>> {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final StrictLines lines;
    private final BulkLimits limits;

    public JsonLinesItems(InputStream in, BulkLimits limits) {
        this.lines = new StrictLines(in, limits.maxLineBytes());
        this.limits = limits;
    }

    public JsonLinesItems(InputStream in) {
        this(in, BulkLimits.DEFAULTS);
    }

    @Override
    protected Parsed<IncomingItem> read() {
        while (lines.hasNext()) {
            Parsed<IncomingItem> item = switch (lines.next()) {
                case Parsed.Rejected<StrictLines.Line> r -> Parsed.rejected(r.reject());
                case Parsed.Accepted<StrictLines.Line> a -> a.item().text().isBlank() ? null : parse(a.item());
            };
            if (item != null) {
                return item;
            }
        }
        return null;
    }

    private Parsed<IncomingItem> parse(StrictLines.Line line) {
        long n = line.number();
        String raw = line.text();
        JsonNode node;
        try {
            node = JSON.readTree(raw);
        } catch (JacksonException e) {
            return Parsed.rejected(n, "not JSON: " + e.getOriginalMessage(), raw);
        }
        return fromJson(node, n, limits, raw);
    }

    /**
     * One document already parsed as JSON (an element of a push API batch, say), checked by the same rules as a
     * line of a file. {@code position} is reported as the reject's line (use the 1-based index in the batch).
     */
    public static Parsed<IncomingItem> fromJson(JsonNode node, long position, BulkLimits limits) {
        return fromJson(node, position, limits, node == null ? "" : node.toString());
    }

    private static Parsed<IncomingItem> fromJson(JsonNode node, long n, BulkLimits limits, String raw) {
        if (node == null || !node.isObject()) {
            return Parsed.rejected(n, "not a JSON object; each line must be one {\"id\": …, \"text\": …} object", raw);
        }
        Map<String, String> values = new HashMap<>();
        for (String field : ItemRules.FIELDS) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                continue;
            }
            if (value.isString()) {
                values.put(field, value.stringValue());
            } else if (field.equals("id") && value.isIntegralNumber()) {
                values.put(field, value.asString());
            } else {
                return Parsed.rejected(
                        n,
                        field + " must be a string, not "
                                + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT),
                        raw);
            }
        }
        JsonNode author = node.get("author");
        if (author != null && !author.isNull()) {
            if (!author.isObject()) {
                return Parsed.rejected(
                        n,
                        "author must be an object such as {\"handle\": \"@someone\", \"platform\": \"telegram\"}, not "
                                + author.getNodeType().name().toLowerCase(java.util.Locale.ROOT),
                        raw);
            }
            for (String field : ItemRules.AUTHOR_FIELDS) {
                JsonNode value = author.get(field);
                if (value == null || value.isNull()) {
                    continue;
                }
                if (!value.isString()) {
                    return Parsed.rejected(
                            n,
                            "author." + field + " must be a string, not "
                                    + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT),
                            raw);
                }
                values.put("author." + field, value.stringValue());
            }
        }
        return ItemRules.check(n, values, limits, raw);
    }
}
