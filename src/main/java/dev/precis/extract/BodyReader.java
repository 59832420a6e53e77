package dev.precis.extract;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * Stages 2b–5 over one cleaned page body, in two ways that the extractor then weighs
 * ({@link Choice}):
 * <ul>
 *   <li>{@link #scored}: the article reading — furniture and vocabulary pruning, scoring, the winning
 *       container and its siblings, cleaned up; relaxed step by step (no vocabulary, then no pruning)
 *       while it is too short;</li>
 *   <li>{@link #whole}: the whole-page reading — everything but furniture (and, by choice, blocks the
 *       vocabulary names), in reading order. Pages whose content is spread over many sections
 *       (service and list pages, articles cut into many boxes) read right only this way, and it tells
 *       how much readable text the page has, against which the scored body is judged.</li>
 * </ul>
 * One instance reads one body; the tree must not change while it is used.
 */
final class BodyReader {

    /** Relaxation order of the scored reading: each attempt switches off more pruning (Readability-style flags). */
    private enum Attempt {
        STRICT(true, Cleaner.Vocab.ALL, true), NO_VOCABULARY(true, Cleaner.Vocab.NONE, true),
        NO_PRUNING(false, Cleaner.Vocab.NONE, false);

        final boolean furniture;
        final Cleaner.Vocab vocabulary;
        final boolean conditional;

        Attempt(boolean furniture, Cleaner.Vocab vocabulary, boolean conditional) {
            this.furniture = furniture;
            this.vocabulary = vocabulary;
            this.conditional = conditional;
        }
    }

    /**
     * One reading of the body.
     *
     * @param blocks        the paragraphs
     * @param selection     the scored selection it came from; null for a whole reading
     * @param byline        the byline found while pruning, or null
     * @param paywallMarker a paywall class/id was seen
     */
    record Reading(List<Block> blocks, ContentScorer.Selection selection, String byline, boolean paywallMarker) {
        static final Reading EMPTY = new Reading(List.of(), null, null, false);

        /** This reading with {@code other} blocks (a filtered or extended list); this one when it is the same list. */
        Reading with(List<Block> other) {
            return other == blocks ? this : new Reading(other, selection, byline, paywallMarker);
        }

        int chars() {
            int n = 0;
            for (Block b : blocks) n += b.text().length();
            return n;
        }

        int words() {
            int n = 0;
            for (Block b : blocks) n += Dom.wordCount(b.text());
            return n;
        }
    }

    private final Element body;
    private final TextSizes sizes;
    private final Names names;
    private final String title;
    private final String byline;
    private final boolean discussion;
    /** What this body's pruning passes read from its blocks' labels ({@link Cleaner.Labels}). */
    private final Cleaner.Labels labels = new Cleaner.Labels();
    private final boolean cards;
    /**
     * The whole-page pruning pass by vocabulary, with its measures and the whole readings written from it: both whole
     * readings (conditional or not), the one that writes a kept element and a documentation page's {@link #within}
     * reading prune the same way, {@link Choice} may ask for the same reading twice (a forum's opening post after its
     * profile's choice), and the tree does not change in between, so each vocabulary is pruned and measured once and
     * each reading written once.
     */
    private final Map<Cleaner.Vocab, WholePass> wholePasses = new java.util.EnumMap<>(Cleaner.Vocab.class);

    /** The furniture prunings by vocabulary ({@link #furniturePruning}). */
    private final Map<Cleaner.Vocab, Cleaner.Pruning> prunings = new java.util.EnumMap<>(Cleaner.Vocab.class);

    /** One whole-page pass: its pruning, its measures, and the readings written so far (index 1: conditional). */
    private record WholePass(Cleaner.Pruning pruning, Map<Element, ContentScorer.Stats> stats, Reading[] written) {}

    /**
     * @param discussion the page is a discussion: each post keeps its author and date
     */
    BodyReader(Element body, TextSizes sizes, Names names, String title, String byline, boolean discussion) {
        this(body, sizes, names, title, byline, discussion, false);
    }

    /**
     * @param discussion the page is a discussion: each post keeps its author and date
     * @param cards      grids of card links are content ({@link BlockWriter#write}: a service page's features)
     */
    BodyReader(Element body, TextSizes sizes, Names names, String title, String byline, boolean discussion, boolean cards) {
        this.cards = cards;
        this.discussion = discussion;
        this.body = body;
        this.sizes = sizes;
        this.names = names;
        this.title = title;
        this.byline = byline;
    }

    /**
     * Characters (whitespace left out) of all the body's text: an upper bound of every reading's
     * {@link Block#chars} total, since a reading writes each text node of the body at most once and counts
     * no whitespace ({@link Dom#isSpace} includes all that {@link TextSizes} leaves out).
     */
    int bodyChars() {
        return sizes.text(body);
    }

    /** An upper bound of every reading's heading blocks ({@link TextSizes#headingTexts}). */
    int bodyHeadings() {
        return sizes.headingTexts();
    }

    /**
     * True when the winner of {@code scored} is, or lies inside, an element whose class or id names a cookie-consent
     * box ({@link Names#CONSENT}): text the strict attempt prunes, found by a relaxed one ({@code Choice}).
     */
    boolean wonInConsentBox(Reading scored) {
        if (scored.selection() == null) return false;
        for (Element e = scored.selection().winner(); e != null && e != body; e = e.parent()) {
            if (((names.ofClass(e) | names.ofId(e)) & Names.CONSENT) != 0) return true;
        }
        return false;
    }

    /** The article reading: the best-scored container and its siblings, relaxed while too short. */
    Reading scored() {
        Reading best = Reading.EMPTY;
        String foundByline = byline;
        boolean paywallMarker = false;
        int vocabularyHits = -1;
        for (Attempt attempt : Attempt.values()) {
            if (attempt == Attempt.NO_VOCABULARY && vocabularyHits == 0) continue; // would repeat STRICT
            // 2b. furniture and vocabulary pruning
            Cleaner.Pruning pruning = attempt == Attempt.STRICT ? furniturePruning(attempt.vocabulary)
                    : Cleaner.prune(body, sizes, names, labels, attempt.furniture, attempt.vocabulary, discussion);
            paywallMarker |= pruning.paywallMarker;
            if (attempt == Attempt.STRICT) vocabularyHits = pruning.vocabularyHits;
            if (foundByline == null) foundByline = pruning.byline;
            Reading r = selected(pruning, attempt, foundByline, paywallMarker);
            if (r.chars() > best.chars()) best = r;
            // 6. fallback: relax only when too short
            if (best.chars() >= Tuning.MIN_ARTICLE_CHARS) break;
        }
        return new Reading(best.blocks(), best.selection(), foundByline, paywallMarker);
    }

    /**
     * The strict article reading with {@code left} (the winner of an implausible scored reading) pruned too: the
     * container that scoring would pick next. Null when {@code left} is the body.
     */
    Reading scoredWithout(Element left) {
        if (left == body) return null;
        Attempt strict = Attempt.STRICT;
        Cleaner.Pruning pruning = Cleaner.prune(body, sizes, names, labels, strict.furniture, strict.vocabulary, discussion);
        pruning.pruned.add(left);
        return selected(pruning, strict, byline != null ? byline : pruning.byline, pruning.paywallMarker);
    }

    /** Stages 3 to 5 on a pruned body: scoring, sibling merging, and the clean-up of the winner as it is written. */
    private Reading selected(Cleaner.Pruning pruning, Attempt attempt, String foundByline, boolean paywallMarker) {
        ContentScorer.Selection selection = ContentScorer.select(body, ContentScorer.measure(body, pruning.pruned, sizes), names, discussion);
        List<Block> blocks = BlockWriter.write(selection.elements(), pruning.pruned, selection.stats(),
                names, attempt.conditional, title, foundByline, discussion, cards);
        return new Reading(blocks, selection, foundByline, paywallMarker);
    }

    /**
     * The whole-page reading: the body without furniture.
     *
     * @param vocabulary  which vocabulary-named blocks are left out too
     * @param conditional leave out link-list containers
     */
    Reading whole(Cleaner.Vocab vocabulary, boolean conditional) {
        Reading[] written = wholePass(vocabulary).written();
        int k = conditional ? 1 : 0;
        if (written[k] == null) written[k] = whole(vocabulary, conditional, null);
        return written[k];
    }

    /**
     * As {@link #whole(Cleaner.Vocab, boolean)}, with {@code keep} (an element of the body, or null) written where
     * it stands even when pruning left it out ({@link BlockWriter#write}).
     */
    Reading whole(Cleaner.Vocab vocabulary, boolean conditional, Element keep) {
        WholePass pass = wholePass(vocabulary);
        Cleaner.Pruning pruning = pass.pruning();
        String foundByline = byline != null ? byline : pruning.byline;
        List<Block> blocks = BlockWriter.write(List.of(body), pruning.pruned, pass.stats(), names, conditional, title,
                foundByline, discussion, cards, keep);
        return new Reading(blocks, null, foundByline, pruning.paywallMarker);
    }

    /**
     * The elements {@code scored} was written from (its winner and the siblings merged with it), written as the whole
     * reading writes: pruned as it prunes with {@code vocabulary}, link lists kept. A docs page's own text without the
     * site's frame around it ({@code Choice#holdsThePage}). Null for a reading without a selection.
     */
    Reading within(Reading scored, Cleaner.Vocab vocabulary) {
        if (scored.selection() == null) return null;
        WholePass pass = wholePass(vocabulary);
        List<Block> blocks = BlockWriter.write(scored.selection().elements(), pass.pruning().pruned, pass.stats(), names,
                false, title, scored.byline(), discussion, cards);
        return new Reading(blocks, scored.selection(), scored.byline(), pass.pruning().paywallMarker);
    }

    private WholePass wholePass(Cleaner.Vocab vocabulary) {
        return wholePasses.computeIfAbsent(vocabulary, v -> {
            Cleaner.Pruning pruning = furniturePruning(v);
            return new WholePass(pruning, ContentScorer.measure(body, pruning.pruned, sizes), new Reading[2]);
        });
    }

    /**
     * The pruning of furniture and of {@code vocabulary}, once per body: the strict scored attempt prunes as the whole
     * pass by {@link Cleaner.Vocab#ALL} does (a documentation page reads both), and neither pass changes what it is
     * given ({@link #scoredWithout} prunes anew, as it adds to the set). Its measures are not shared: scoring writes
     * its points into them.
     */
    private Cleaner.Pruning furniturePruning(Cleaner.Vocab vocabulary) {
        return prunings.computeIfAbsent(vocabulary, v -> Cleaner.prune(body, sizes, names, labels, true, v, discussion));
    }

    /**
     * The smallest element of the (visible) body whose text holds {@code probe}, or null when only the body as a
     * whole does or nothing does. Walks down from the body, into the first child holding it, so it costs a few
     * texts of the path's subtrees; called only for a product description no reading shows ({@link Choice}).
     */
    Element holding(String probe) {
        return holding(List.of(probe));
    }

    /** As {@link #holding(String)}: the smallest element holding every one of {@code probes}. */
    Element holding(List<String> probes) {
        if (!holdsAll(body.text(), probes)) return null;
        Element e = body;
        descend:
        while (true) {
            for (Element c : e.children()) {
                if (holdsAll(c.text(), probes)) {
                    e = c;
                    continue descend;
                }
            }
            return e == body ? null : e;
        }
    }

    private static boolean holdsAll(String text, List<String> probes) {
        for (String p : probes) if (!text.contains(p)) return false;
        return true;
    }

    /**
     * {@code root} (an element of the body, pruned or not) read as a thread: pruned with comment and reply words naming
     * posts, not furniture ({@link Names#Names(boolean)}), as a discussion, and written alone. A Q&amp;A page's answers
     * that its software wrapped in a "comments" block ({@link Choice#withAnswers}).
     */
    Reading thread(Element root) {
        Names replies = new Names(true);
        Cleaner.Pruning pruning = Cleaner.prune(body, sizes, replies, new Cleaner.Labels(), true, Cleaner.Vocab.ALL, true);
        Map<Element, ContentScorer.Stats> stats = ContentScorer.measure(body, pruning.pruned, sizes);
        List<Block> blocks = BlockWriter.write(List.of(root), pruning.pruned, stats, replies, true, title, byline, true, cards, root);
        return new Reading(blocks, null, byline, pruning.paywallMarker);
    }
}
