package dev.precis.extract;

import java.util.Locale;
import java.util.regex.Matcher;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Headline clean-up: strip the site-name suffix ("Title | Site", "Title -Site") from titles. */
final class Titles {

    private Titles() {
    }

    /** A meta/JSON-LD title without a trailing separator + site name (only when that suffix is the site's name). */
    static String stripSiteSuffix(String title, String siteName, Document doc) {
        if (siteName == null) return title;
        int[] last = lastSeparator(title);
        if (last == null) return title;
        String head = title.substring(0, last[0]).strip();
        String tail = title.substring(last[1]).strip();
        if (tail.equalsIgnoreCase(siteName) && Dom.wordCount(head) >= Tuning.MIN_TITLE_WORDS) return head;
        return title;
    }

    /**
     * The headline from {@code <title>}: an {@code <h1>} that the title starts with wins; otherwise
     * the part before the last separator, or after the first one when too little is left; the whole
     * title when cutting leaves too few words.
     */
    static String fromDocument(Document doc, String siteName) {
        Element t = doc.selectFirst("title");
        String raw = t == null ? null : Dom.clean(t.text());
        Element h1 = doc.selectFirst("h1");
        String heading = h1 == null ? null : Dom.clean(h1.text());
        if (raw == null) return heading;
        if (heading != null && heading.length() < raw.length()
                && raw.toLowerCase(Locale.ROOT).startsWith(heading.toLowerCase(Locale.ROOT))
                && Dom.wordCount(heading) >= Tuning.MIN_TITLE_WORDS) {
            return heading;
        }
        int[] last = lastSeparator(raw);
        if (last == null) return raw;
        String cut = raw.substring(0, last[0]).strip();
        String tail = raw.substring(last[1]).strip();
        boolean hierarchical = Vocabulary.HIERARCHY_SEPARATOR.matcher(raw).find();
        if (Dom.wordCount(cut) < Tuning.MIN_TITLE_WORDS
                || (!hierarchical && Dom.wordCount(tail) > Tuning.MAX_SITE_SUFFIX_WORDS
                && (siteName == null || !tail.equalsIgnoreCase(siteName)))) {
            int[] first = firstSeparator(raw);
            String after = raw.substring(first[1]).strip();
            if (Dom.wordCount(after) >= Tuning.MIN_TITLE_WORDS && hierarchical) return after;
            return raw;
        }
        if (Dom.wordCount(cut) <= Tuning.MIN_TITLE_WORDS + 1 && !hierarchical) return raw;
        return cut;
    }

    /** [start, end) of the last separator in {@code s}, or null. */
    private static int[] lastSeparator(String s) {
        Matcher m = Vocabulary.TITLE_SEPARATOR.matcher(s);
        int[] found = null;
        while (m.find()) {
            if (m.start() > 0 && m.end() < s.length()) found = new int[]{m.start(), m.end()};
        }
        return found;
    }

    private static int[] firstSeparator(String s) {
        Matcher m = Vocabulary.TITLE_SEPARATOR.matcher(s);
        while (m.find()) {
            if (m.start() > 0 && m.end() < s.length()) return new int[]{m.start(), m.end()};
        }
        return null;
    }
}
