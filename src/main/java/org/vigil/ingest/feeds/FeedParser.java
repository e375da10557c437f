package org.vigil.ingest.feeds;

import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.vigil.ingest.HtmlText;
import org.vigil.ingest.Parsed;
import org.vigil.ingest.Reject;
import org.vigil.ingest.fetch.TextDecoding;

/**
 * Parses RSS 2.0, RSS 1.0 and Atom with the JDK's StAX reader, hardened: DTDs are not processed and a document
 * that declares entities (the vehicle of XXE and of entity-expansion bombs such as "billion laughs") is refused as a
 * whole; no external resource is ever loaded. Each entry becomes an item or a reject with its reason; a feed that is
 * not XML, or not a feed, is one reject. Thread-safe.
 */
public final class FeedParser {

    /** Defaults: 5 MB of feed, 1,000 entries, 1,000,000 characters of text in one entry. */
    public record Limits(int maxBytes, int maxEntries, int maxEntryChars) {
        public static final Limits DEFAULTS = new Limits(5 << 20, 1000, 1_000_000);
    }

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String RSS1 = "http://purl.org/rss/1.0/";

    private final Limits limits;
    private final XMLInputFactory factory;

    public FeedParser(Limits limits) {
        this.limits = limits;
        this.factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resource " + systemId + " refused");
        });
    }

    public FeedParser() {
        this(Limits.DEFAULTS);
    }

    /** Parses fetched bytes; the charset comes from a byte-order mark, the header's charset or the XML prolog. */
    public FeedResult parse(byte[] body, Optional<String> headerCharset) {
        if (body.length > limits.maxBytes()) {
            return notAFeed(
                    "the feed is " + body.length + " bytes, over the limit of " + limits.maxBytes() + " bytes",
                    new String(body, 0, Math.min(body.length, 200), StandardCharsets.ISO_8859_1));
        }
        return switch (TextDecoding.decode(body, headerCharset)) {
            case TextDecoding.Decoded.Text text -> parse(text.text());
            case TextDecoding.Decoded.Undecodable bad ->
                notAFeed(bad.reason(), new String(body, 0, Math.min(body.length, 200), StandardCharsets.ISO_8859_1));
        };
    }

    public FeedResult parse(String xml) {
        if (xml.length() > limits.maxBytes()) {
            return notAFeed("the feed is " + xml.length() + " characters, over the limit of " + limits.maxBytes(), xml);
        }
        String start = xml.stripLeading();
        if (!start.startsWith("<")) {
            return notAFeed(
                    "this is not XML: a feed starts with '<', this starts with '"
                            + start.substring(0, Math.min(20, start.length())) + "'",
                    xml);
        }
        Optional<String> entities = declaredEntities(xml);
        if (entities.isPresent()) {
            return notAFeed(
                    "the feed declares entities in a DTD (<!DOCTYPE … [<!ENTITY …]>); entity declarations "
                            + "are refused because they carry external-entity (XXE) and entity-expansion (billion laughs) "
                            + "attacks",
                    entities.get());
        }
        XMLStreamReader reader = null;
        String format = null;
        String title = "";
        String channelLink = null;
        List<Parsed<FeedItem>> entries = new ArrayList<>();
        try {
            reader = factory.createXMLStreamReader(new StringReader(xml));
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                depth++;
                String name = reader.getLocalName();
                if (format == null) {
                    format = formatOf(reader);
                    if (format == null) {
                        String hint = name.equalsIgnoreCase("html") ? "; this looks like a web page, not a feed" : "";
                        return notAFeed("the root element <" + name + "> is not rss, feed or rdf:RDF" + hint, xml);
                    }
                    continue;
                }
                boolean atom = format.equals("Atom");
                if ((!atom && name.equals("item")) || (atom && name.equals("entry"))) {
                    if (entries.size() >= limits.maxEntries()) {
                        entries.add(Parsed.rejected(Reject.of(
                                "the feed has more than " + limits.maxEntries() + " entries; the rest were not read",
                                "")));
                        return new FeedResult.Feed(format, title, entries);
                    }
                    Entry entry = atom ? readAtomEntry(reader) : readRssItem(reader);
                    depth--;
                    entries.add(entry.toItem(channelLink, limits.maxEntryChars()));
                    continue;
                }
                boolean channelLevel = atom ? depth == 2 : depth == 3 || (format.equals("RSS 1.0") && depth == 3);
                if (channelLevel && name.equals("title") && title.isEmpty()) {
                    title = HtmlText.normalise(readMixed(reader, false));
                    depth--;
                } else if (channelLevel && name.equals("link") && channelLink == null) {
                    String href = reader.getAttributeValue(null, "href");
                    String rel = reader.getAttributeValue(null, "rel");
                    if (atom && href != null && (rel == null || rel.equals("alternate"))) {
                        channelLink = href.strip();
                    } else if (!atom && isRss(reader.getNamespaceURI())) {
                        channelLink = readMixed(reader, false).strip();
                        depth--;
                    }
                }
            }
            if (format == null) {
                return notAFeed("the document has no root element", xml);
            }
            return new FeedResult.Feed(format, title, entries);
        } catch (XMLStreamException | RuntimeException e) {
            String where = where(e instanceof XMLStreamException x ? x.getLocation() : null);
            String why = cleanMessage(e);
            if (format == null) {
                return notAFeed("this is not well-formed XML" + where + ": " + why, xml);
            }
            entries.add(Parsed.rejected(Reject.of(
                    "the feed stops being well-formed XML" + where + ": " + why + "; the " + entries.size()
                            + " entries before it were read",
                    excerptAround(xml, e))));
            return new FeedResult.Feed(format, title, entries);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing is left to release for a string source
                }
            }
        }
    }

    /**
     * The document type declaration, when it declares entities. Read from the text before parsing because the StAX
     * reader, with DTD support off, neither reports the declaration reliably nor should ever act on it; a plain
     * DOCTYPE (old RSS 0.91 feeds) passes and is ignored.
     */
    private static Optional<String> declaredEntities(String xml) {
        int start = xml.indexOf("<!DOCTYPE");
        if (start < 0) {
            return Optional.empty();
        }
        int firstElement = -1;
        for (int i = xml.indexOf('<'); i >= 0 && i + 1 < xml.length(); i = xml.indexOf('<', i + 1)) {
            if (Character.isLetter(xml.charAt(i + 1)) || xml.charAt(i + 1) == '_') {
                firstElement = i;
                break;
            }
        }
        if (firstElement >= 0 && firstElement < start) {
            return Optional.empty(); // "<!DOCTYPE" inside the content (a CDATA section, say) declares nothing
        }
        int depth = 0;
        char quote = 0;
        int end = xml.length();
        for (int i = start + 9; i < xml.length(); i++) {
            char c = xml.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                end = i + 1;
                break;
            }
        }
        String doctype = xml.substring(start, end);
        return doctype.contains("<!ENTITY") ? Optional.of(doctype) : Optional.empty();
    }

    private static String formatOf(XMLStreamReader reader) {
        String name = reader.getLocalName();
        if (name.equals("rss")) {
            String version = reader.getAttributeValue(null, "version");
            return version == null || version.startsWith("2") ? "RSS 2.0" : "RSS " + version;
        }
        if (name.equals("feed")) {
            return "Atom";
        }
        if (name.equals("RDF")) {
            return "RSS 1.0";
        }
        return null;
    }

    /** Field values of one entry as read, before they are checked. */
    private static final class Entry {
        String id;
        String title = "";
        String link;
        String date;
        String summary = "";
        String content = "";
        String author = "";
        String authorUri = "";

        Parsed<FeedItem> toItem(String base, int maxChars) {
            List<String> warnings = new ArrayList<>();
            String excerpt = (title + " " + (link == null ? "" : link) + " " + summary).strip();
            int size = title.length() + summary.length() + content.length();
            if (size > maxChars) {
                return Parsed.rejected(Reject.of(
                        "the entry's text is " + size + " characters, over the limit of " + maxChars, excerpt));
            }
            String resolved = null;
            if (link != null && !link.isBlank()) {
                try {
                    URI uri = base != null && !base.isBlank()
                            ? new URI(base.strip()).resolve(link.strip())
                            : new URI(link.strip());
                    String scheme =
                            uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                    if (!scheme.equals("http") && !scheme.equals("https")) {
                        return Parsed.rejected(Reject.of(
                                "the entry's link '" + link.strip() + "' is not an absolute " + "http or https address",
                                excerpt));
                    }
                    resolved = uri.toString();
                } catch (URISyntaxException | IllegalArgumentException e) {
                    return Parsed.rejected(
                            Reject.of("the entry's link '" + link.strip() + "' is not a valid address", excerpt));
                }
            }
            String key = id != null && !id.isBlank() ? id.strip() : resolved;
            if (key == null) {
                return Parsed.rejected(Reject.of(
                        "the entry has neither a guid/id nor a link, so it cannot be told " + "apart from the others",
                        excerpt));
            }
            if (title.isBlank() && summary.isBlank() && content.isBlank()) {
                return Parsed.rejected(Reject.of("the entry has no title and no text", key));
            }
            Optional<Instant> published = Optional.empty();
            if (date != null && !date.isBlank()) {
                published = FeedDates.parse(date);
                if (published.isEmpty()) {
                    warnings.add("unreadable date '" + date.strip() + "'");
                }
            }
            return Parsed.accepted(
                    new FeedItem(key, title, resolved, published, summary, content, author, authorUri, warnings));
        }
    }

    private Entry readRssItem(XMLStreamReader r) throws XMLStreamException {
        Entry e = new Entry();
        String guidLink = null;
        String rdfAbout = r.getAttributeValue("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "about");
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String ns = r.getNamespaceURI();
            String name = isRss(ns) || DC.equals(ns) || CONTENT.equals(ns) ? r.getLocalName() : "";
            switch (name) {
                case "title" -> e.title = plainOrHtml(readMixed(r, false));
                case "link" -> e.link = readMixed(r, false).strip();
                case "guid" -> {
                    String permalink = r.getAttributeValue(null, "isPermaLink");
                    e.id = readMixed(r, false).strip();
                    if (permalink == null || permalink.equalsIgnoreCase("true")) {
                        guidLink = e.id;
                    }
                }
                case "description" -> e.summary = HtmlText.toText(readMixed(r, false));
                case "encoded" -> {
                    String html = readMixed(r, false);
                    if (CONTENT.equals(ns)) {
                        e.content = HtmlText.toText(html);
                    }
                }
                case "pubDate" -> e.date = readMixed(r, false);
                case "date" -> {
                    String d = readMixed(r, false);
                    if (e.date == null) {
                        e.date = d;
                    }
                }
                case "author", "creator" -> {
                    String a = HtmlText.normalise(readMixed(r, false));
                    if (e.author.isEmpty()) {
                        e.author = a;
                    }
                }
                default -> readMixed(r, false);
            }
        }
        if ((e.link == null || e.link.isBlank()) && guidLink != null && guidLink.matches("(?i)https?://.*")) {
            e.link = guidLink;
        }
        if ((e.id == null || e.id.isBlank()) && rdfAbout != null) {
            e.id = rdfAbout;
        }
        return e;
    }

    private Entry readAtomEntry(XMLStreamReader r) throws XMLStreamException {
        Entry e = new Entry();
        String updated = null;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = r.getLocalName();
            switch (name) {
                case "id" -> e.id = readMixed(r, false).strip();
                case "title" -> e.title = atomText(r);
                case "link" -> {
                    String rel = r.getAttributeValue(null, "rel");
                    String href = r.getAttributeValue(null, "href");
                    if ((rel == null || rel.equals("alternate")) && e.link == null) {
                        e.link = href;
                    }
                    readMixed(r, false);
                }
                case "summary" -> e.summary = atomText(r);
                case "content" -> e.content = atomText(r);
                case "published", "issued" -> e.date = readMixed(r, false);
                case "updated", "modified" -> updated = readMixed(r, false);
                case "author" -> {
                    String[] a = readAtomAuthor(r);
                    if (e.author.isEmpty()) {
                        e.author = a[0];
                        e.authorUri = a[1];
                    }
                }
                default -> readMixed(r, false);
            }
        }
        if (e.date == null) {
            e.date = updated;
        }
        return e;
    }

    /** An Atom author's name and uri (each empty when absent). */
    private String[] readAtomAuthor(XMLStreamReader r) throws XMLStreamException {
        String name = "";
        String uri = "";
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String value = readMixed(r, false);
                if (r.getLocalName().equals("name")) {
                    name = HtmlText.normalise(value);
                } else if (r.getLocalName().equals("uri")) {
                    uri = value.strip();
                }
            }
        }
        return new String[] {name, uri};
    }

    /** An Atom text construct by its type: text as is, html unescaped then reduced, xhtml markup reduced. */
    private String atomText(XMLStreamReader r) throws XMLStreamException {
        String type = Optional.ofNullable(r.getAttributeValue(null, "type"))
                .orElse("text")
                .toLowerCase(Locale.ROOT);
        return switch (type) {
            case "html", "text/html" -> HtmlText.toText(readMixed(r, false));
            case "xhtml", "application/xhtml+xml" -> HtmlText.toText(readMixed(r, true));
            default -> HtmlText.normalise(readMixed(r, false));
        };
    }

    /** RSS 2.0 elements have no namespace; RSS 1.0 puts them in its own. */
    private static boolean isRss(String ns) {
        return ns == null || ns.isEmpty() || RSS1.equals(ns);
    }

    private static String plainOrHtml(String text) {
        return text.indexOf('<') >= 0 || text.indexOf('&') >= 0 ? HtmlText.toText(text) : HtmlText.normalise(text);
    }

    /**
     * Everything inside the current element, which the reader leaves at its end tag. Nested elements are kept as
     * bare tags (no attributes: nothing an HTML reducer needs); with {@code markup}, text is escaped because the
     * content is itself markup (Atom xhtml), otherwise it is returned as the parser unescaped it.
     */
    private static String readMixed(XMLStreamReader r, boolean markup) throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    out.append('<').append(r.getLocalName()).append('>');
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (depth > 0) {
                        out.append("</").append(r.getLocalName()).append('>');
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    String text = r.getText();
                    out.append(markup ? escape(text) : text);
                }
                case XMLStreamConstants.ENTITY_REFERENCE ->
                    out.append('&').append(r.getLocalName()).append(';');
                default -> {
                    // comments and processing instructions carry no content
                }
            }
        }
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static FeedResult notAFeed(String reason, String raw) {
        return new FeedResult.NotAFeed(Reject.of(reason, raw));
    }

    private static String where(Location location) {
        if (location == null || location.getLineNumber() < 0) {
            return "";
        }
        return " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }

    private static String cleanMessage(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int marker = message.indexOf("Message: ");
        return (marker >= 0 ? message.substring(marker + 9) : message).strip();
    }

    private static String excerptAround(String xml, Exception e) {
        if (e instanceof XMLStreamException x
                && x.getLocation() != null
                && x.getLocation().getCharacterOffset() > 0) {
            int offset = Math.min(xml.length(), x.getLocation().getCharacterOffset());
            return xml.substring(Math.max(0, offset - 100), Math.min(xml.length(), offset + 100));
        }
        return "";
    }
}
