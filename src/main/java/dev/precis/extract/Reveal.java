package dev.precis.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Stage 2a: content that is hidden in the HTML but which the page's own scripts show, told apart from
 * text a reader never sees by what those scripts would do. Everything else hidden stays hidden (and is
 * deleted by {@link Cleaner#removeInvisible}): the prompt-injection defence holds.
 * <ul>
 *   <li><b>Streamed segments</b> (React/Next.js streaming SSR): the content arrives in
 *       {@code <div hidden id="S:n">} and an inline script call {@code $RC("B:n","S:n")} or
 *       {@code $RS("S:n","P:n")} moves it into its place ({@code <template id="B:n">}, replacing the
 *       loading fallback up to the {@code <!--/$-->} marker). Only the moves such a call names are made,
 *       in the order of the calls, as the browser would. A saved copy that lost all its scripts has no call
 *       left: there each segment goes to its own slot, in document order, when the segments together are
 *       most of the page's text (its main content, as for fade-ins below) and never otherwise.</li>
 *   <li><b>Fade-ins</b>: {@code opacity:0} / {@code invisible} is the start state of load and scroll
 *       animations. Such an element is shown when it is the page's main content — it holds the page's
 *       headline, or at least {@link Tuning#FADE_IN_MAIN_SHARE} of the page's text: a page whose main
 *       content stays invisible shows its reader nothing, so its scripts reveal it. Any other fade-in (a
 *       faded paragraph inside a visible article) is deleted like hidden text. Whether the page still has
 *       its scripts is not asked: saved and crawled copies often lose them (570 of the 1,497 WCXB pages
 *       have none), and a hostile page would keep one anyway.</li>
 *   <li><b>Page cloaks</b>: a wrapper at the top of the body that holds {@link Tuning#CLOAK_MIN_SHARE} of the
 *       page's text, hidden by an inline {@code visibility:hidden} or by a cloak class
 *       ({@link Vocabulary#CLOAK_CLASS_TOKENS}: {@code <div class="root hide">} beside a preloader, which the site's
 *       script unhides once the page has loaded), hides the whole page until its styles and scripts have loaded
 *       (against a flash of unstyled content); left hidden, the page shows nothing at all. It is shown; whatever
 *       is hidden inside it stays hidden (the page is indexed again). A hidden block beside visible text is never
 *       a cloak, nor is a wrapper hidden for screen readers only or hidden another way too.</li>
 *   <li><b>Tab panels</b>: the panels of a tab set that are not chosen ({@code role="tabpanel"} hidden by
 *       attribute, ARIA, style or class) are shown when their tab is clicked — install steps per platform,
 *       code per language. Such a panel is read when a sibling tab panel is shown and a {@code role="tab"}
 *       controls it ({@link Dom#hiding}); a lone hidden "tab panel", one no tab controls, or a set with none
 *       shown, stays hidden.</li>
 *   <li><b>Disclosure panels</b> (accordions, FAQs, "read more"): a hidden element that a visible control before
 *       it opens — {@code aria-expanded} on the control, which names the panel by {@code aria-controls} or is named
 *       by the panel's {@code aria-labelledby}; for a button that does not say the panel's state, the two name
 *       each other — is shown by a click on that control, and read
 *       ({@link PageIndex}); the control's {@code <button>} (the question) is read as the panel's heading
 *       ({@link Cleaner#isDisclosureButton}). Hidden text no visible control opens stays hidden. On WCXB dev:
 *       all 0.852 -> 0.857 on half A, 0.850 -> 0.852 on half B; service 0.819 -> 0.830 / 0.793 -> 0.798; the
 *       paired buttons: service A 0.831 -> 0.834 / B 0.798 -> 0.798, article B 0.936 -> 0.937.</li>
 * </ul>
 */
final class Reveal {

    private Reveal() {
    }

    /**
     * Applies the streaming calls of the page's inline {@code scripts} to the elements with ids
     * {@code S:…}, {@code B:…} and {@code P:…} ({@code segments}); on a page with no such call at all, the
     * moves its stripped scripts made when the segments are its main content ({@link #unscriptedSegments}).
     *
     * @return true when an element moved (the page must be indexed again)
     */
    static boolean streamedSegments(List<Element> scripts, Map<String, Element> segments, Element body) {
        if (segments.isEmpty()) return false;
        boolean moved = false;
        boolean called = false;
        for (Element script : scripts) {
            String code = code(script);
            if (code.indexOf("$R") < 0) continue;
            Matcher m = Vocabulary.STREAMING_CALL.matcher(code);
            while (m.find()) {
                called = true;
                String fn = m.group(1);
                String first = m.group(2);
                String second = m.group(3);
                if (fn.equals("S")) {
                    moved |= replacePlaceholder(segments.get(first), segments.get(second));
                } else {
                    moved |= fillBoundary(segments.get(first), segments.get(second), true);
                }
            }
        }
        return called ? moved : unscriptedSegments(segments, body);
    }

    /**
     * A saved copy of a streamed page whose scripts were stripped (no streaming call left anywhere): each hidden
     * segment {@code S:n} whose slot {@code P:n} or {@code B:n} is on the page is moved into it, in document
     * order, as the stripped calls would have — but only when those segments together hold at least
     * {@link Tuning#UNSCRIPTED_SEGMENTS_SHARE} of the body's text: then the page, as saved, shows its reader
     * (almost) nothing but its frame, and its main content is what the streaming runtime was there to show. A
     * hidden segment beside a page's visible article stays hidden, so hidden text cannot ride along with
     * one. Without the {@code <!--/$-->} marker of a boundary (comments stripped too), its fallback (a
     * loading skeleton) is left, not guessed.
     */
    private static boolean unscriptedSegments(Map<String, Element> segments, Element body) {
        if (body == null) return false;
        List<Element[]> moves = new ArrayList<>();
        long text = 0;
        for (Map.Entry<String, Element> en : segments.entrySet()) {
            String id = en.getKey();
            if (id.charAt(0) != 'S') continue;
            String n = id.substring(1);
            Element slot = segments.get("P" + n);
            if (slot == null) slot = segments.get("B" + n);
            Element segment = en.getValue();
            if (slot == null || isAncestor(segment, slot)) continue;
            moves.add(new Element[] {segment, slot});
            text += segment.text().length();
        }
        if (moves.isEmpty() || text == 0 || text < body.text().length() * Tuning.UNSCRIPTED_SEGMENTS_SHARE) return false;
        boolean moved = false;
        for (Element[] m : moves) {
            moved |= m[1].id().charAt(0) == 'P' ? replacePlaceholder(m[0], m[1]) : fillBoundary(m[1], m[0], false);
        }
        return moved;
    }

    /**
     * The script's code, {@link Element#data()}: a script's one data node is read as it is stored, not copied
     * (a page's inline scripts can run to megabytes).
     */
    private static String code(Element script) {
        if (script.childNodeSize() == 1 && script.childNode(0) instanceof DataNode d) return d.getWholeData();
        return script.data();
    }

    /** {@code $RS(segment, placeholder)}: the segment's children take the placeholder's place. */
    private static boolean replacePlaceholder(Element segment, Element placeholder) {
        if (segment == null || placeholder == null || segment.parent() == null || placeholder.parent() == null) return false;
        segment.remove();
        moveChildrenBefore(segment, placeholder);
        placeholder.remove();
        return true;
    }

    /**
     * {@code $RC(boundary, segment)}: the fallback between the boundary's {@code <!--$?-->} marker and
     * its matching {@code <!--/$-->} goes, the segment's children take its place. With no matching marker a
     * {@code scripted} move (a call on the page) removes everything after the boundary, as the browser's call
     * does; a move inferred on a saved copy that lost its comments leaves it (a loading skeleton at worst).
     */
    private static boolean fillBoundary(Element boundary, Element segment, boolean scripted) {
        if (segment == null || boundary == null || segment.parent() == null || boundary.parent() == null) return false;
        segment.remove();
        Node end = endMarker(boundary);
        if (end != null || scripted) {
            for (Node n = boundary.nextSibling(); n != end; ) {
                Node next = n.nextSibling();
                n.remove();
                n = next;
            }
        }
        moveChildrenBefore(segment, end != null ? end : boundary);
        boundary.remove();
        return true;
    }

    /** The {@code <!--/$-->} comment that closes {@code boundary}'s fallback among its next siblings, or null. */
    private static Node endMarker(Element boundary) {
        int depth = 0;
        for (Node n = boundary.nextSibling(); n != null; n = n.nextSibling()) {
            if (!(n instanceof Comment c)) continue;
            String d = c.getData();
            if (d.equals("/$")) {
                if (depth == 0) return n;
                depth--;
            } else if (d.equals("$") || d.equals("$?") || d.equals("$!")) {
                depth++;
            }
        }
        return null;
    }

    private static void moveChildrenBefore(Element from, Node anchor) {
        List<Node> children = new ArrayList<>(from.childNodes());
        for (Node c : children) anchor.before(c);
    }

    /** The elements a streaming call can name: ids {@code S:…}, {@code B:…}, {@code P:…}. */
    static boolean isSegmentId(String id) {
        return id.length() > 2 && id.charAt(1) == ':' && (id.charAt(0) == 'S' || id.charAt(0) == 'B' || id.charAt(0) == 'P');
    }

    /** Collector of {@link #isSegmentId} elements by id (the first of each id wins, as getElementById). */
    static void noteSegment(Map<String, Element> segments, Element e) {
        segments.putIfAbsent(e.id(), e);
    }

    static Map<String, Element> newSegmentMap() {
        return new LinkedHashMap<>(); // document order, for the moves of a page without its scripts
    }

    /**
     * Shows the page's cloak, if it has one: an element among {@code invisible} that is a child of the body
     * (or of its only wrapper: a body's child that has no element sibling), hidden by nothing but an inline
     * {@code visibility:hidden} or a cloak class ({@link #lifted}), and holding at least {@link Tuning#CLOAK_MIN_SHARE} of the body's text.
     *
     * @return true when a cloak was lifted (the page must be indexed again)
     */
    static boolean pageCloak(Element body, List<Node> invisible) {
        if (body == null) return false;
        int total = -1;
        Boolean wrapped = null; // the body has one child element: counted once, and only for a node two levels down
        for (Node n : invisible) {
            if (!(n instanceof Element e)) continue;
            Element p = e.parent();
            if (p != body) {
                if (p == null || p.parent() != body) continue;
                if (wrapped == null) wrapped = body.childrenSize() == 1;
                if (!wrapped) continue;
            }
            Element lifted = lifted(e);
            if (lifted == null) continue;
            int text = e.text().length();
            if (text == 0) continue; // no share of the body's text: the body's is read only for a node with text
            if (total < 0) total = body.text().length();
            if (text >= total * Tuning.CLOAK_MIN_SHARE) {
                for (String key : new String[] {"class", "style"}) {
                    if (lifted.hasAttr(key)) e.attr(key, lifted.attr(key));
                    else e.removeAttr(key);
                }
                return true;
            }
        }
        return false;
    }

    /**
     * A copy of {@code e}'s start tag without its cloak (an inline {@code visibility:hidden}, the
     * {@link Vocabulary#CLOAK_CLASS_TOKENS} of its class), or null when {@code e} has no cloak or is still hidden
     * without it: by an attribute, ARIA, another style or another hiding class (screen-reader-only text is never
     * a cloak).
     */
    private static Element lifted(Element e) {
        String style = e.attr("style");
        boolean styleCloak = !style.isEmpty() && Vocabulary.VISIBILITY_HIDDEN.matcher(style).find();
        List<String> cloakClasses = e.hasAttr("class") ? e.classNames().stream()
                .filter(c -> Vocabulary.CLOAK_CLASS_TOKENS.contains(c.toLowerCase(java.util.Locale.ROOT))).toList() : List.of();
        if (!styleCloak && cloakClasses.isEmpty()) return null; // most hidden nodes: scripts, templates, hidden boxes
        Element probe = e.shallowClone();
        if (styleCloak) probe.attr("style", Vocabulary.VISIBILITY_HIDDEN.matcher(style).replaceAll("visibility: visible"));
        for (String c : cloakClasses) probe.removeClass(c);
        return Dom.hiding(probe) == Dom.VISIBLE ? probe : null;
    }

    /**
     * Decides the page's fade-ins: those that are its main content stay (their fade-in style is dropped),
     * the others are deleted like any hidden element.
     *
     * @return true when an element was deleted (the page's text sizes must be measured again)
     */
    static boolean fadeIns(List<Element> fadeIns, Element body, TextSizes sizes) {
        if (fadeIns.isEmpty()) return false;
        int total = sizes.text(body);
        if (total > 0 && fadeIns.size() >= Tuning.FADE_INS_TOGETHER_MIN && outermostText(fadeIns, sizes) >= total * Tuning.FADE_INS_TOGETHER_SHARE) {
            return false; // a page whose sections fade in as the reader scrolls: all of them are its text
        }
        Element headline = sizes.firstHeadline();
        boolean removed = false;
        for (Element e : fadeIns) {
            if (e.parent() == null) continue; // inside one deleted before
            int text = sizes.text(e);
            boolean main = text > 0 && (text >= total * Tuning.FADE_IN_MAIN_SHARE
                    || headline != null && isAncestor(e, headline) && text >= Tuning.FADE_IN_MIN_CHARS);
            if (!main) {
                e.remove();
                removed = true;
            }
        }
        return removed;
    }

    /**
     * The text of the fade-ins not inside another one, or 0 when fewer than {@link Tuning#FADE_INS_TOGETHER_MIN} of them
     * are: a page whose sections all fade in as the reader scrolls to them
     * holds most of its text in many small fade-ins, none of them a main share on its own.
     */
    private static int outermostText(List<Element> fadeIns, TextSizes sizes) {
        Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        int sum = 0;
        int outermost = 0;
        for (Element e : fadeIns) {
            seen.add(e);
            boolean inner = false;
            for (Element p = e.parent(); p != null && !inner; p = p.parent()) inner = seen.contains(p);
            if (inner) continue;
            sum += sizes.text(e);
            outermost++;
        }
        return outermost >= Tuning.FADE_INS_TOGETHER_MIN ? sum : 0;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e; p != null; p = p.parent()) if (p == ancestor) return true;
        return false;
    }
}
