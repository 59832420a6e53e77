package dev.precis.extract;

import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/** Small DOM and text helpers shared by the stages: whitespace, hidden elements, ancestry, word counts. */
final class Dom {

    /** {@link Character#isWhitespace} of each ASCII character, looked up instead of computed per character. */
    private static final boolean[] ASCII_SPACE = new boolean[128];

    static {
        for (char c = 0; c < ASCII_SPACE.length; c++) ASCII_SPACE[c] = Character.isWhitespace(c);
    }

    private Dom() {
    }

    /** Collapses whitespace runs (incl. no-break spaces) to one space and strips the ends; null stays null. */
    static String normalize(String s) {
        if (s == null) return null;
        StringBuilder b = null;
        int n = s.length();
        boolean pendingSpace = false;
        int kept = 0;
        for (int k = 0; k < n; k++) {
            char c = s.charAt(k);
            if (isSpace(c)) {
                pendingSpace = kept > 0;
                if (b == null) b = new StringBuilder(n).append(s, 0, k);
                continue;
            }
            if (b != null) {
                if (pendingSpace) b.append(' ');
                b.append(c);
            }
            pendingSpace = false;
            kept++;
        }
        return b == null ? s : b.toString();
    }

    /** True when {@code e} has non-blank text of its own (not only in its child elements). */
    static boolean hasOwnText(Element e) {
        for (org.jsoup.nodes.TextNode t : e.textNodes()) if (!isBlank(t.getWholeText())) return true;
        return false;
    }

    /** About the first {@code max} characters of the text under {@code e}, normalized (not all of it: it may be long). */
    static String leadingText(Element e, int max) {
        StringBuilder out = new StringBuilder();
        appendLeading(e, out, max);
        return normalize(out.toString());
    }

    /**
     * The start of {@link #leadingText}{@code (e, max)}: its first {@code n} characters or so (all of it when shorter),
     * read without copying the text nodes; a label can be ruled out by its start before all of it is read.
     */
    static String leadingStart(Element e, int max, int n) {
        LeadingStart start = new LeadingStart(max, n);
        start.walk(e);
        return start.out.toString();
    }

    /** {@link #leadingStart}: the walk of {@link #appendLeading}, normalizing as it goes and stopping early. */
    private static final class LeadingStart {
        final int max;
        final int n;
        final StringBuilder out;
        /** Characters {@link #appendLeading} would have appended so far (its stopping rule). */
        int raw;
        boolean pendingSpace;
        boolean done;

        LeadingStart(int max, int n) {
            this.max = max;
            this.n = n;
            this.out = new StringBuilder(n + 1);
        }

        void walk(Element e) {
            for (int k = 0, count = e.childNodeSize(); k < count && raw < max && !done; k++) {
                org.jsoup.nodes.Node c = e.childNode(k);
                if (c instanceof org.jsoup.nodes.TextNode t) {
                    String s = t.getWholeText();
                    raw += s.length();
                    feed(s);
                } else if (c instanceof Element child) {
                    if (child.isBlock() || child.normalName().equals("br")) {
                        raw++;
                        pendingSpace = out.length() > 0;
                    }
                    walk(child);
                }
            }
        }

        /** Appends {@code s} as {@link #normalize} would write it after what came before, up to about {@link #n} characters. */
        private void feed(String s) {
            for (int j = 0, len = s.length(); j < len && !done; j++) {
                char c = s.charAt(j);
                if (isSpace(c)) {
                    pendingSpace = out.length() > 0;
                    continue;
                }
                if (pendingSpace) out.append(' '); // a space only before a kept character: the ends are stripped
                pendingSpace = false;
                out.append(c);
                done = out.length() >= n;
            }
        }
    }

    private static void appendLeading(Element e, StringBuilder out, int max) {
        for (int k = 0, n = e.childNodeSize(); k < n && out.length() < max; k++) {
            org.jsoup.nodes.Node c = e.childNode(k);
            if (c instanceof org.jsoup.nodes.TextNode t) out.append(t.getWholeText());
            else if (c instanceof Element child) {
                if (child.isBlock() || child.normalName().equals("br")) out.append(' ');
                appendLeading(child, out, max);
            }
        }
    }

    /**
     * The first character of {@link #leadingText}{@code (e, …)}: the first non-space character of the text
     * under {@code e}, found without copying any text; 0 when there is none.
     */
    static char firstTextChar(Element e) {
        for (int k = 0, n = e.childNodeSize(); k < n; k++) {
            org.jsoup.nodes.Node c = e.childNode(k);
            char first = 0;
            if (c instanceof org.jsoup.nodes.TextNode t) {
                String s = t.getWholeText();
                for (int j = 0, m = s.length(); j < m && first == 0; j++) if (!isSpace(s.charAt(j))) first = s.charAt(j);
            } else if (c instanceof Element child) {
                first = firstTextChar(child);
            }
            if (first != 0) return first;
        }
        return 0;
    }

    /** True for whitespace including no-break, zero-width and ideographic spaces. */
    static boolean isSpace(char c) {
        if (c < ASCII_SPACE.length) return ASCII_SPACE[c]; // most text: a table look-up
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\u202f' || c == '\u2007'
                || c == '\ufeff' || c == '\u3000';
    }

    /** True when {@code s} is empty or only whitespace ({@link #isSpace}): {@link #clean} gives null. */
    static boolean isBlank(String s) {
        for (int k = 0, n = s.length(); k < n; k++) {
            if (!isSpace(s.charAt(k))) return false;
        }
        return true;
    }

    /** {@code s} normalized, or null when that is empty. */
    static String clean(String s) {
        String n = normalize(s);
        return n == null || n.isEmpty() ? null : n;
    }

    /** {@link #hiding}: not hidden. */
    static final int VISIBLE = 0;
    /** {@link #hiding}: hidden only as a fade-in's start state ({@code opacity:0}, {@code invisible}), which scripts undo. */
    static final int FADE_IN = 1;
    /** {@link #hiding}: hidden for good (attribute, ARIA, display/visibility, zero size, off-screen, hiding class). */
    static final int HIDDEN = 2;

    /** True when the element is hidden by attribute, ARIA, inline style or a hiding CSS class (fade-ins included). */
    static boolean isHidden(Element e) {
        return hiding(e) != VISIBLE;
    }

    /**
     * How the element is hidden: {@link #VISIBLE}, {@link #FADE_IN} or {@link #HIDDEN}. A fade-in that
     * is also hidden another way is {@link #HIDDEN}.
     */
    static int hiding(Element e) {
        return hiding(e, null);
    }

    /**
     * {@link #hiding(Element)}, with the tabs of the element's document looked up in {@code tabs} (null: searched
     * anew). Gives the same answer.
     */
    static int hiding(Element e, Tabs tabs) {
        if (e.attributesSize() == 0) return VISIBLE;
        // keyed look-ups: no Attribute objects and no lower-casing of every attribute name
        org.jsoup.nodes.Attributes at = e.attributes();
        int hiding = hidingOf(at);
        // a tab set's other panels are shown by a click on their tab (only asked of hidden elements: they are few)
        if (hiding != VISIBLE && Vocabulary.TAB_PANEL_ROLE.equalsIgnoreCase(at.getIgnoreCase("role"))
                && hasShownSiblingPanel(e) && hasTab(e, tabs)) return VISIBLE;
        return hiding;
    }

    /**
     * The tabs ({@link Vocabulary#TAB_ROLE}) of one document, found in one walk on first need and then looked at
     * instead of the whole document: {@link #hasTab} searched the document once or twice per hidden tab panel, and a
     * page with many panels (a docs page's install steps per platform) paid one document walk each. The document must
     * not change while it is used (one {@link PageIndex} walk).
     */
    static final class Tabs {
        private org.jsoup.nodes.Document doc;
        private java.util.List<Element> tabs;

        /** The tabs of {@code doc}, in document order. */
        java.util.List<Element> of(org.jsoup.nodes.Document doc) {
            if (tabs == null || this.doc != doc) {
                this.doc = doc;
                tabs = doc.stream().filter(c -> Vocabulary.TAB_ROLE.equalsIgnoreCase(c.attr("role"))).toList();
            }
            return tabs;
        }
    }

    private static int hidingOf(org.jsoup.nodes.Attributes at) {
        if (at.hasKeyIgnoreCase("hidden")) return HIDDEN;
        if ("true".equalsIgnoreCase(at.getIgnoreCase("aria-hidden").strip())) return HIDDEN;
        int hiding = VISIBLE;
        String style = at.getIgnoreCase("style");
        if (!style.isEmpty() && mayHide(style)) {
            if (Vocabulary.HIDDEN_STYLE.matcher(style).find()
                    || Vocabulary.OVERFLOW_HIDDEN.matcher(style).find() && Vocabulary.ZERO_SIZE.matcher(style).find()) {
                return HIDDEN;
            }
            if (Vocabulary.FADE_IN_STYLE.matcher(style).find()) hiding = FADE_IN;
        }
        String cls = at.getIgnoreCase("class");
        if (!cls.isEmpty()) {
            int byClass = classHiding(cls);
            if (byClass > hiding) hiding = byClass;
        }
        return hiding;
    }

    /**
     * True when a sibling of the tab panel {@code panel} is a tab panel that is shown: {@code panel} is one
     * of a tab set's other choices ({@link Vocabulary#TAB_PANEL_ROLE}). A lone hidden "tab panel" stays hidden.
     */
    private static boolean hasShownSiblingPanel(Element panel) {
        Element parent = panel.parent();
        if (parent == null) return false;
        for (Element sibling : parent.children()) {
            if (sibling == panel || !Vocabulary.TAB_PANEL_ROLE.equalsIgnoreCase(sibling.attr("role"))) continue;
            if (hidingOf(sibling.attributes()) != HIDDEN) return true;
        }
        return false;
    }

    /**
     * True when a tab ({@link Vocabulary#TAB_ROLE}) shows the panel when clicked: a tab whose
     * {@code aria-controls} names the panel's id, or the tab the panel's {@code aria-labelledby} names (the
     * two ways the ARIA tabs pattern links them). Without one, nothing on the page can reveal the panel: a
     * hidden "tab panel" put beside a shown one to smuggle text stays hidden. Runs only for a hidden panel
     * with a shown sibling panel, so its look-ups over the document are rare.
     */
    private static boolean hasTab(Element panel, Tabs tabs) {
        org.jsoup.nodes.Document doc = panel.ownerDocument();
        if (doc == null) return false;
        if (tabs != null) return hasTab(panel, doc, tabs.of(doc));
        String id = panel.id();
        if (!id.isEmpty()) {
            for (Element c : doc.getElementsByAttributeValue("aria-controls", id)) {
                if (Vocabulary.TAB_ROLE.equalsIgnoreCase(c.attr("role"))) return true;
            }
            // some tab scripts write the id as a link target ("#panel-2"), as the tab's href has it
            for (Element c : doc.getElementsByAttributeValue("aria-controls", "#" + id)) {
                if (Vocabulary.TAB_ROLE.equalsIgnoreCase(c.attr("role"))) return true;
            }
        }
        for (String label : panel.attr("aria-labelledby").strip().split("\\s+")) {
            Element tab = label.isEmpty() ? null : doc.getElementById(label);
            if (tab != null && Vocabulary.TAB_ROLE.equalsIgnoreCase(tab.attr("role"))) return true;
        }
        return false;
    }

    /**
     * {@link #hasTab(Element, Tabs)} over the document's tabs ({@code tabs}) rather than all its elements: the same
     * tests as the document searches, applied to the only elements that can pass them. A panel's
     * {@code aria-labelledby} still takes the document's first element of that id, looked up only when a tab has it.
     */
    private static boolean hasTab(Element panel, org.jsoup.nodes.Document doc, java.util.List<Element> tabs) {
        if (tabs.isEmpty()) return false;
        String id = panel.id();
        if (!id.isEmpty()) {
            // the test of doc.getElementsByAttributeValue, on each tab
            org.jsoup.select.Evaluator controls = new org.jsoup.select.Evaluator.AttributeWithValue("aria-controls", id);
            org.jsoup.select.Evaluator target = new org.jsoup.select.Evaluator.AttributeWithValue("aria-controls", "#" + id);
            for (Element tab : tabs) if (controls.matches(doc, tab) || target.matches(doc, tab)) return true;
        }
        for (String label : panel.attr("aria-labelledby").strip().split("\\s+")) {
            if (label.isEmpty()) continue;
            // the test of doc.getElementById: without a tab that passes it, the element it finds is no tab
            org.jsoup.select.Evaluator named = org.jsoup.select.EvaluatorInternals.byId(label);
            boolean tabNamed = false;
            for (Element tab : tabs) tabNamed |= named.matches(doc, tab);
            Element tab = tabNamed ? doc.getElementById(label) : null;
            if (tab != null && Vocabulary.TAB_ROLE.equalsIgnoreCase(tab.attr("role"))) return true;
        }
        return false;
    }

    /**
     * Cheap pre-check for the hiding styles ({@link Vocabulary#HIDDEN_STYLE}, {@link Vocabulary#ZERO_SIZE}
     * with {@link Vocabulary#OVERFLOW_HIDDEN}, {@link Vocabulary#FADE_IN_STYLE}): each needs its property
     * name and value word ("display" and "none", "visibility" and "hidden", "overflow" and "hidden" or
     * "clip", "opacity" or "font-size" and a "0", "clip"), or a minus sign before four digits (the
     * {@code -1234px} offsets). Most inline styles (widths, colours, "border: none", "margin: -1px") fail
     * it and skip the regexes.
     */
    private static boolean mayHide(String style) {
        String s = style.toLowerCase(java.util.Locale.ROOT); // no copy when already lower-case
        if (s.contains("display") && s.contains("none") || s.contains("visibility") && s.contains("hidden")
                || s.contains("overflow") || s.contains("clip")
                || (s.contains("opacity") || s.contains("font-size")) && s.indexOf('0') >= 0) return true;
        for (int k = s.indexOf('-'); k >= 0; k = s.indexOf('-', k + 1)) {
            if (digitsAt(s, k + 1) >= 4) return true;
        }
        return false;
    }

    /** Number of ASCII digits in a row from index {@code from} of {@code s}. */
    private static int digitsAt(String s, int from) {
        int k = from;
        while (k < s.length() && s.charAt(k) >= '0' && s.charAt(k) <= '9') k++;
        return k - from;
    }

    /**
     * The substrings one of which every {@link Vocabulary#HIDDEN_CLASS_TOKENS} token holds: the tokens that hold no
     * other token ("is-hidden" and "visually-hidden" hold "hidden"). A class value that holds none of them has no
     * hiding token, found with fewer searches than one per token. Worked out from the tokens at class load.
     */
    private static final String[] HIDDEN_CLASS_CORES = cores(Vocabulary.HIDDEN_CLASS_TOKENS);
    /** {@link Vocabulary#FADE_IN_CLASS_TOKENS} as an array (no iterator per search). */
    private static final String[] FADE_IN_CLASS_CORES = cores(Vocabulary.FADE_IN_CLASS_TOKENS);

    /** The words of {@code words} that contain no other of them, in a fixed order. */
    private static String[] cores(java.util.Set<String> words) {
        return words.stream().filter(w -> words.stream().noneMatch(o -> !o.equals(w) && w.contains(o)))
                .sorted().toArray(String[]::new);
    }

    /** {@link #HIDDEN} when one of the space-separated classes is a hiding class, {@link #FADE_IN} for a fade-in class. */
    private static int classHiding(String cls) {
        cls = cls.toLowerCase(java.util.Locale.ROOT); // once, not per token (returns cls itself when already lower-case)
        boolean fade = containsAny(cls, FADE_IN_CLASS_CORES);
        if (!fade && !containsAny(cls, HIDDEN_CLASS_CORES)) return VISIBLE; // a token match needs a substring match
        int n = cls.length();
        int start = -1;
        int hiding = VISIBLE;
        for (int k = 0; k <= n; k++) {
            boolean sep = k == n || Character.isWhitespace(cls.charAt(k));
            if (!sep && start < 0) start = k;
            if (sep && start >= 0) {
                String token = cls.substring(start, k);
                if (Vocabulary.HIDDEN_CLASS_TOKENS.contains(token)) return HIDDEN;
                if (fade && Vocabulary.FADE_IN_CLASS_TOKENS.contains(token)) hiding = FADE_IN;
                start = -1;
            }
        }
        return hiding;
    }

    /** True when {@code s} contains one of {@code words} as a substring. */
    static boolean containsAny(String s, String[] words) {
        for (String w : words) {
            if (s.contains(w)) return true;
        }
        return false;
    }

    /** True when {@code s} contains one of {@code words} as a substring (a cheap pre-check before tokenizing). */
    static boolean containsAny(String s, java.util.Collection<String> words) {
        for (String w : words) {
            if (s.contains(w)) return true;
        }
        return false;
    }

    /**
     * The first element of {@code root}'s subtree ({@code root} included), in document order, that {@code eval} matches:
     * {@link Element#selectFirst(Evaluator)} found by a plain recursion over child indexes, not a
     * stream over jsoup's node iterator (which cost more than the tests on a byline's few elements). For evaluators
     * that keep no state between elements (attribute, class and tag tests and their combinations).
     */
    static Element firstMatch(Element root, Evaluator eval) {
        return firstMatch(root, root, eval);
    }

    private static Element firstMatch(Element root, Element e, Evaluator eval) {
        if (eval.matches(root, e)) return e;
        for (int k = 0, n = e.childNodeSize(); k < n; k++) {
            if (e.childNode(k) instanceof Element c) {
                Element found = firstMatch(root, c, eval);
                if (found != null) return found;
            }
        }
        return null;
    }

    /**
     * Adds to {@code out} the elements of {@code root}'s subtree ({@code root} included) that {@code eval} matches, in
     * document order: {@link Element#select(Evaluator)} without its stream ({@link #firstMatch}).
     */
    static void addMatches(Element root, Evaluator eval, List<Element> out) {
        addMatches(root, root, eval, out);
    }

    private static void addMatches(Element root, Element e, Evaluator eval, List<Element> out) {
        if (eval.matches(root, e)) out.add(e);
        for (int k = 0, n = e.childNodeSize(); k < n; k++) {
            if (e.childNode(k) instanceof Element c) addMatches(root, c, eval, out);
        }
    }

    /** True when an ancestor of {@code e} is an {@code article} or {@code main} element. */
    static boolean insideArticle(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            String t = p.normalName();
            if (t.equals("article") || t.equals("main")) return true;
        }
        return false;
    }

    /** Number of words (whitespace-separated runs) in a normalized string. */
    static int wordCount(String s) {
        if (s == null || s.isBlank()) return 0;
        int n = 0;
        boolean in = false;
        for (int k = 0; k < s.length(); k++) {
            boolean sp = Character.isWhitespace(s.charAt(k));
            if (!sp && !in) n++;
            in = !sp;
        }
        return n;
    }
}
