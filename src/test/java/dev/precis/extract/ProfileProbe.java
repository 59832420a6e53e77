package dev.precis.extract;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Developer tool: per page of a WCXB half, what the choice of reading profile rests on — detected type and profile,
 * the source of its date, author, schema.org types — with the word F1 of the article, service and listing
 * readings ({@code target/profiles-<half>.tsv}). {@code -Dhalf=A}.
 */
public final class ProfileProbe {

    private ProfileProbe() {
    }

    public static void main(String[] args) throws Exception {
        String half = System.getProperty("half", "A");
        StringBuilder out = new StringBuilder("id\ttype\tdecided\tprofile\tdateSource\tauthored\ttypes\tsections\tprose\theadings\tart\tsvc\tlst\tscoredShare\n");
        for (DevPages.Page page : DevPages.load("wcxb", half)) {
            DevPages.Cleaned c = DevPages.clean(page.html());
            PageTypes.Signals s = PageTypes.signals(c.body(), c.index(), c.meta(), c.sizes(), c.meta().canonicalUrl());
            PageType decided = PageTypes.declaredIndex(PageTypes.decide(s), s);
            PageType profile = PageTypes.profile(PageTypes.decide(s), s);
            BodyReader r = c.reader(false);
            double art = WcxbProbe.f1(String.join("\n\n", BlockWriter.texts(Choice.choose(PageType.ARTICLE, r).blocks())), page.truth());
            double svc = WcxbProbe.f1(String.join("\n\n", BlockWriter.texts(Choice.choose(PageType.SERVICE, r).blocks())), page.truth());
            double lst = WcxbProbe.f1(String.join("\n\n", BlockWriter.texts(Choice.choose(PageType.LISTING, r).blocks())), page.truth());
            double share = (double) Quality.chars(r.scored().blocks()) / Math.max(1, Quality.chars(r.whole(Cleaner.Vocab.JUNK, true).blocks()));
            out.append(String.join("\t", page.id(), page.type(), decided.id(), profile.id(),
                    String.valueOf(c.meta().publishedSource()), String.valueOf(s.authored()), String.join(",", new java.util.TreeSet<>(s.types())),
                    "" + s.sections(), "" + s.proseBlocks(), "" + s.headings(),
                    String.format(java.util.Locale.ROOT, "%.3f\t%.3f\t%.3f\t%.3f", art, svc, lst, share))).append('\n');
        }
        Files.writeString(Path.of("target/profiles-" + half + ".tsv"), out);
    }
}
