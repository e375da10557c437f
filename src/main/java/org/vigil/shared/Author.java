package org.vigil.shared;

import java.net.URI;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who wrote an item, as the analysis contract's {@code author} gives it: a handle on a platform, a display name and
 * an address. This is the one place handles are normalised, so an account is the same account whichever way it
 * reached Vigil (push API, file import, feed, the analysis CLI): Unicode NFKC (full-width and other compatibility
 * forms fold to their plain letters), white space trimmed, leading {@code @} removed, and on platforms whose handles
 * are case-insensitive (X, Telegram, Instagram, ...) lower case. The platform itself is lower case with its common
 * aliases folded ({@code twitter} and {@code twitter.com} are {@code x}).
 *
 * <p>Refused with a clear reason ({@link InvalidInputException}): a handle over {@value #MAX_HANDLE} characters,
 * control characters, white space inside a social-media handle, and a handle that mixes Latin, Cyrillic or Greek
 * letters (homoglyph look-alikes of another account). An author with neither handle nor name is no author.
 *
 * @param handle the normalised handle, or null when only a name is known
 * @param name the display name as given (trimmed), or null
 * @param platform the normalised platform, or null when not given
 * @param url the author's page, http or https, or null
 */
public record Author(String handle, String name, String platform, String url) {

    public static final int MAX_HANDLE = 100;
    public static final int MAX_NAME = 200;
    public static final int MAX_PLATFORM = 40;
    public static final int MAX_URL = 2048;

    /** Platforms whose handles are case-insensitive: the same account whatever the case it is written in. */
    private static final Set<String> CASE_INSENSITIVE = Set.of(
            "x",
            "telegram",
            "instagram",
            "tiktok",
            "vk",
            "youtube",
            "facebook",
            "reddit",
            "mastodon",
            "github",
            "threads",
            "bluesky",
            "ok");

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("twitter", "x"),
            Map.entry("twitter.com", "x"),
            Map.entry("x.com", "x"),
            Map.entry("t.me", "telegram"),
            Map.entry("tg", "telegram"),
            Map.entry("instagram.com", "instagram"),
            Map.entry("tiktok.com", "tiktok"),
            Map.entry("vk.com", "vk"),
            Map.entry("vkontakte", "vk"),
            Map.entry("youtube.com", "youtube"),
            Map.entry("facebook.com", "facebook"),
            Map.entry("fb", "facebook"),
            Map.entry("reddit.com", "reddit"),
            Map.entry("github.com", "github"),
            Map.entry("bsky", "bluesky"),
            Map.entry("bsky.app", "bluesky"),
            Map.entry("ok.ru", "ok"),
            Map.entry("odnoklassniki", "ok"));

    private static final Set<Character.UnicodeScript> LOOK_ALIKE_SCRIPTS =
            EnumSet.of(Character.UnicodeScript.LATIN, Character.UnicodeScript.CYRILLIC, Character.UnicodeScript.GREEK);

    /** As given, already normalised: use {@link #of} for input. */
    public Author {}

    /**
     * The author from raw values (any may be null or blank), normalised; null when neither handle nor name is
     * given (an item without author stays an item, no person is invented).
     *
     * @throws InvalidInputException naming the field ({@code author.handle}, ...) and what to do
     */
    public static Author of(String handle, String name, String platform, String url) {
        String p = platform(platform);
        String h = handle(handle, p);
        String n = text("author.name", name, MAX_NAME);
        String u = url(url);
        if (h == null && n == null) {
            return null;
        }
        return new Author(h, n, p, u);
    }

    /** The normalised platform, or null when blank. */
    public static String platform(String raw) {
        String p = text("author.platform", raw, MAX_PLATFORM);
        if (p == null) {
            return null;
        }
        p = p.toLowerCase(Locale.ROOT);
        if (p.startsWith("www.")) {
            p = p.substring(4);
        }
        if (!p.matches("[a-z0-9][a-z0-9.:_-]*")) {
            throw new InvalidInputException(
                    "author.platform",
                    "'" + p + "' is not a platform name; use letters, digits, dots or dashes such as x, telegram or"
                            + " example.org");
        }
        return ALIASES.getOrDefault(p, p);
    }

    /** The normalised handle on {@code platform} (already normalised), or null when blank. */
    public static String handle(String raw, String platform) {
        if (raw == null) {
            return null;
        }
        if (raw.length() > MAX_HANDLE * 4) {
            throw tooLong("author.handle", raw.length(), MAX_HANDLE);
        }
        String h = text("author.handle", raw, MAX_HANDLE * 4);
        if (h == null) {
            return null;
        }
        while (h.startsWith("@")) {
            h = h.substring(1).strip();
        }
        if (h.isEmpty()) {
            throw new InvalidInputException("author.handle", "'" + raw.strip() + "' has no name after the @");
        }
        if (h.length() > MAX_HANDLE) {
            throw tooLong("author.handle", h.length(), MAX_HANDLE);
        }
        boolean social = platform != null && CASE_INSENSITIVE.contains(platform);
        if (social && h.codePoints().anyMatch(Character::isWhitespace)) {
            throw new InvalidInputException(
                    "author.handle",
                    "'" + h + "' contains white space, which no " + platform
                            + " handle has; give the account's handle (such as @someone), the display name goes in"
                            + " author.name");
        }
        String mixed = mixedScripts(h);
        if (mixed != null) {
            throw new InvalidInputException(
                    "author.handle",
                    "'" + h + "' mixes " + mixed + " letters, the mark of a look-alike of another account; give the"
                            + " handle as the platform shows it");
        }
        return social ? h.toLowerCase(Locale.ROOT) : h;
    }

    /** The key that identifies an account: platform and handle, or null without a handle. */
    public String accountKey() {
        return handle == null ? null : (platform == null ? "" : platform) + ":" + handle;
    }

    /** How a page shows the author: "@handle (name) on platform", leaving out what is unknown. */
    public String display() {
        StringBuilder out = new StringBuilder();
        if (handle != null) {
            out.append('@').append(handle);
        }
        if (name != null && !name.equals(handle)) {
            out.append(out.isEmpty() ? name : " (" + name + ")");
        }
        if (platform != null) {
            out.append(" on ").append(platform);
        }
        return out.toString();
    }

    private static String text(String field, String raw, int max) {
        if (raw == null) {
            return null;
        }
        String v = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        if (v.isEmpty()) {
            return null;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isISOControl(c)
                    || c == '\u200B'
                    || c == '\u200E'
                    || c == '\u200F'
                    || c == '\u2028'
                    || c == '\uFEFF') {
                throw new InvalidInputException(
                        field,
                        String.format(
                                "contains the invisible or control character U+%04X at position %d; remove it",
                                (int) c, i + 1));
            }
        }
        v = v.replaceAll("\\s+", " ");
        if (v.length() > max) {
            throw tooLong(field, v.length(), max);
        }
        return v;
    }

    private static String url(String raw) {
        String u = text("author.url", raw, MAX_URL);
        if (u == null) {
            return null;
        }
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return u;
            }
        } catch (java.net.URISyntaxException e) {
            // refused below
        }
        throw new InvalidInputException("author.url", "'" + u + "' is not an http or https address");
    }

    private static InvalidInputException tooLong(String field, int length, int max) {
        return new InvalidInputException(
                field, "is " + length + " characters, over the limit of " + max + "; give the account's handle only");
    }

    /** "Latin and Cyrillic" when the handle's letters come from more than one look-alike script, else null. */
    private static String mixedScripts(String h) {
        EnumSet<Character.UnicodeScript> seen = EnumSet.noneOf(Character.UnicodeScript.class);
        h.codePoints().filter(Character::isLetter).forEach(cp -> {
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            if (LOOK_ALIKE_SCRIPTS.contains(s)) {
                seen.add(s);
            }
        });
        if (seen.size() < 2) {
            return null;
        }
        return seen.stream()
                .map(s -> s.name().charAt(0) + s.name().substring(1).toLowerCase(Locale.ROOT))
                .reduce((a, b) -> a + " and " + b)
                .orElseThrow();
    }
}
