package org.vigil.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML from outside reduced to what Vigil keeps: plain text with paragraph breaks (for analysis, whose offsets refer
 * to it), or, for display, markup cleaned by jsoup's {@link Safelist} so that no script, handler or style survives.
 */
public final class HtmlText {

    private static final String BLOCKS = "p,div,br,li,ul,ol,h1,h2,h3,h4,h5,h6,blockquote,pre,tr,table,section,"
            + "article,header,footer,figure,figcaption,dd,dt,hr,address";

    private HtmlText() {}

    /** Text of an HTML fragment: scripts, styles and templates dropped, blocks separated by blank lines. */
    public static String toText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select("script,style,noscript,template,iframe,object,embed,svg,canvas")
                .remove();
        return text(doc.body());
    }

    /** Text of an element, blocks separated by blank lines, runs of spaces collapsed, trimmed. */
    public static String text(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode t) {
                            out.append(t.getWholeText());
                        } else if (node instanceof Element e && e.is(BLOCKS)) {
                            out.append("\n\n");
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element e && e.is(BLOCKS)) {
                            out.append("\n\n");
                        }
                    }
                },
                root);
        return normalise(out.toString());
    }

    /** Collapses spaces within lines and blank lines between paragraphs; non-breaking spaces become spaces. */
    public static String normalise(String text) {
        String t = text.replace('\u00A0', ' ').replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(t.length());
        for (String paragraph : t.split("\n\\s*\n")) {
            String p = paragraph
                    .replaceAll("[ \\t\\x0B\\f]+", " ")
                    .replaceAll(" ?\n ?", "\n")
                    .strip();
            if (!p.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append("\n\n");
                }
                out.append(p);
            }
        }
        return out.toString();
    }

    /** Markup safe to show in a page: only basic formatting and http(s) links, which open without a referrer. */
    public static String safeHtml(String html) {
        if (html == null) {
            return "";
        }
        return Jsoup.clean(html, Safelist.basic().addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer"));
    }
}
