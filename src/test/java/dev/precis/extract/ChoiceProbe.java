package dev.precis.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Developer tool: per page of a WCXB half read with the article or service profile, what the choice between readings
 * could rest on — characters, prose, headings, items, link characters, blocks and heading characters of the scored
 * reading (s), the whole reading without junk (j) and without strongly named boxes (t) — with the word F1 of each, of
 * the article and service profiles' choices, and of the scored reading's span in the whole one (fc, its blocks cn and
 * headings ch). {@code target/choice-<half>.tsv}; {@code -Dhalf=A}.
 */
public final class ChoiceProbe {
    private ChoiceProbe() {
    }

    static String f(List<Block> bs) {
        int hc = 0; int chars = Quality.chars(bs), prose = Quality.proseChars(bs), heads = 0, items = 0, link = 0, n = bs.size();
        for (Block b : bs) {
            if (b.kind() == Block.Kind.HEADING) { heads++; hc += b.chars(); }
            if (b.kind() == Block.Kind.ITEM) items++;
            link += b.linkChars();
        }
        return chars + "\t" + prose + "\t" + heads + "\t" + items + "\t" + link + "\t" + n + "\t" + hc;
    }

    static double f1(BodyReader.Reading r, String truth) {
        return WcxbProbe.f1(String.join("\n\n", BlockWriter.texts(r.blocks())), truth);
    }

    static double f1(List<Block> r, String truth) {
        return WcxbProbe.f1(String.join("\n\n", BlockWriter.texts(r)), truth);
    }

    public static void main(String[] args) throws Exception {
        String half = System.getProperty("half", "A");
        StringBuilder out = new StringBuilder("id\ttype\tdecided\tprofile\tattested\tsections\tbody");
        for (String p : new String[] {"s", "j", "t"})
            for (String c : new String[] {"chars", "prose", "heads", "items", "link", "n", "hc"}) out.append('\t').append(p).append(c);
        out.append("\twinner\tfs\tfj\tft\tart\tsvc\tfc\tcn\tch\n");
        for (DevPages.Page page : DevPages.load("wcxb", half)) {
            DevPages.Cleaned c = DevPages.clean(page.html());
            PageTypes.Signals s = PageTypes.signals(c.body(), c.index(), c.meta(), c.sizes(), c.meta().canonicalUrl());
            PageType decided = PageTypes.declaredIndex(PageTypes.decide(s), s);
            PageType profile = PageTypes.profile(PageTypes.decide(s), s);
            if (profile != PageType.ARTICLE && profile != PageType.SERVICE) continue;
            BodyReader r = c.reader(false);
            BodyReader.Reading sc = r.scored(), wj = r.whole(Cleaner.Vocab.JUNK, true), wt = r.whole(Cleaner.Vocab.STRONG, true);
            String win = sc.selection() == null ? "none" : sc.selection().winner().normalName();
            out.append(String.join("\t", page.id(), page.type(), decided.id(), profile.id(), "" + PageTypes.attested(s),
                    "" + s.sections(), "" + r.bodyChars(), f(sc.blocks()), f(wj.blocks()), f(wt.blocks()), win,
                    String.format(java.util.Locale.ROOT, "%.3f\t%.3f\t%.3f\t%.3f\t%.3f", f1(sc, page.truth()), f1(wj, page.truth()), f1(wt, page.truth()),
                            f1(Choice.choose(PageType.ARTICLE, r), page.truth()), f1(Choice.choose(PageType.SERVICE, r), page.truth())), String.format(java.util.Locale.ROOT, "%.3f", f1(Choice.span(sc.blocks(), wt.blocks()), page.truth())),
                    "" + Choice.span(sc.blocks(), wt.blocks()).size(), "" + Choice.span(sc.blocks(), wt.blocks()).stream().filter(b -> b.kind() == Block.Kind.HEADING).count()))
                    .append('\n');
        }
        Files.writeString(Path.of("target/choice-" + half + ".tsv"), out);
    }
}
