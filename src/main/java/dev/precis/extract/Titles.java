package dev.precis.extract;

import java.util.Locale;
import java.util.regex.Matcher;

import org.jsoup.nodes.Element;

/** Headline from the {@code <title>} element without the site-name suffix ("Title | Site", "Title -Site"). */
final class Titles {

    private Titles() {
    }

    /**
     * The headline from {@code <title>} (or the first {@code <h1>} without one): the part before the
     * last separator, or after the first one in a hierarchical title; the whole title when cutting
     * leaves too few words or the suffix is too long to be a site name.
     */
    static String fromDocument(Element titleElement, Element h1, String siteName) {
        String raw = titleElement == null ? null : Dom.clean(titleElement.text());
        if (raw == null) return h1 == null ? null : Dom.clean(h1.text());
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
