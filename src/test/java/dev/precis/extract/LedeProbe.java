package dev.precis.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Developer tool: on the pages of a WCXB half read with the article profile, what putting the whole reading's prose
 * just before the chosen reading's first block (a lede in a box of its own) would do to each page's word F1.
 * {@code -Dhalf=A -Dmode=prose|heading}.
 */
public final class LedeProbe {
    private LedeProbe() {
    }

    static boolean prose(Block b) {
        String t = b.text();
        return b.kind() == Block.Kind.PARAGRAPH && t.length() >= Tuning.PROSE_MIN_CHARS && b.linkDensity() < Tuning.PROSE_MAX_LINK_DENSITY
                && Vocabulary.SENTENCE_END_CHARS.indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    public static void main(String[] args) throws Exception {
        String half = System.getProperty("half", "A");
        String mode = System.getProperty("mode", "prose");
        Tally tally = new Tally();
        for (DevPages.Page page : DevPages.load("wcxb", half)) {
            Document doc = Jsoup.parse(page.html());
            DevPages.Cleaned c = DevPages.clean(doc);
            PageTypes.Typed typed = PageTypes.typed(doc, c.index(), c.meta(), c.sizes(), c.meta().canonicalUrl());
            if (typed.profile() != PageType.ARTICLE) continue;
            Metadata meta = c.meta();
            Names names = new Names(typed.replyTree(), PageTypes.shop(typed, meta), false);
            BodyReader reader = new BodyReader(c.body(), c.sizes(), names, meta.title(), meta.byline(), typed.type() == PageType.FORUM, false);
            BodyReader.Reading chosen = Choice.choose(typed.profile(), reader, meta.productDescription(), meta.excerpt(), meta.answers());
            if (chosen.selection() == null || chosen.blocks().isEmpty()) continue;
            List<Block> whole = reader.whole(Cleaner.Vocab.STRONG, true).blocks();
            if (mode.equals("tail")) {
                String last = chosen.blocks().get(chosen.blocks().size() - 1).text();
                int end = -1;
                for (int i = whole.size() - 1; i >= 0 && end < 0; i--) if (whole.get(i).text().equals(last)) end = i;
                if (end < 0) continue;
                int to = end + 1;
                while (to < whole.size() && (prose(whole.get(to)) || (whole.get(to).kind() == Block.Kind.HEADING || whole.get(to).kind() == Block.Kind.ITEM) && to + 1 < whole.size() && prose(whole.get(to + 1)))) to++;
                if (to == end + 1) continue;
                List<Block> blocks = new ArrayList<>(chosen.blocks());
                blocks.addAll(whole.subList(end + 1, to));
                tally.add(page, chosen.blocks(), blocks, whole.subList(end + 1, to));
                continue;
            }
            String first = chosen.blocks().get(0).text();
            int at = -1;
            for (int i = 0; i < whole.size() && at < 0; i++) if (whole.get(i).text().equals(first)) at = i;
            if (at <= 0) continue;
            int from = at;
            while (from > 0 && (prose(whole.get(from - 1)) || mode.equals("heading") && whole.get(from - 1).kind() == Block.Kind.HEADING && from - 1 > 0 && prose(whole.get(from - 2)))) from--;
            if (from == at) continue;
            List<Block> blocks = new ArrayList<>(whole.subList(from, at));
            blocks.addAll(chosen.blocks());
            tally.add(page, chosen.blocks(), blocks, whole.subList(from, at));
        }
        System.out.printf(Locale.ROOT, "fired %d up %d down %d delta %+.3f%n", tally.fired, tally.up, tally.down, tally.sum);
    }

    /** The pages a variant fired on, how many it moved up and down, and its F1 summed over them. */
    private static final class Tally {
        int fired, up, down;
        double sum;

        /** Scores {@code page} with {@code chosen} and with {@code variant} ({@code added}: the blocks it added), and prints the move. */
        void add(DevPages.Page page, List<Block> chosen, List<Block> variant, List<Block> added) {
            double before = WcxbProbe.f1(String.join("\n\n", BlockWriter.texts(chosen)), page.truth());
            double after = WcxbProbe.f1(String.join("\n\n", BlockWriter.texts(variant)), page.truth());
            fired++;
            sum += after - before;
            if (after > before + 1e-4) up++;
            if (after < before - 1e-4) down++;
            String first = added.get(0).text();
            System.out.printf(Locale.ROOT, "%s %s %.3f -> %.3f  +%d blocks: %s%n", page.id(), page.type(), before, after, added.size(),
                    first.substring(0, Math.min(80, first.length())));
        }
    }
}
