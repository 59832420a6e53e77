package dev.precis.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Developer tool: per page of a WCXB half, the word F1 of the page read with each of the seven profiles (names,
 * card flag and choice as {@link Extractor} sets them for that profile) beside the signals the profile decision and
 * the choice have: the page's {@link PageTypes.Signals}, and the sizes of the scored reading and the whole readings
 * (junk, strong and all vocabulary) as the current profile's names give them, and the characters each profile's
 * reading has ({@code c_<profile>}). {@code target/select-<half>.tsv}; {@code -Dhalf=A}. Unlike {@link ProfileProbe}
 * (one reader with the default names), each profile is read with its own names, so the listing column is what the
 * listing profile gives. The fallback for pages without readable text is left out, and the F1 is
 * {@link WcxbProbe#f1}'s (the official scorer tokenizes a little differently: on WCXB dev half A the current profile's
 * figure is within 0.014 of the bench's per page on average, 12 pages differ by more than 0.05).
 * <p>
 * Round x12 used it to look for a per-page choice of reading: the best of the seven profiles per page would add 13.9
 * F1 points on half A (by this F1), but 10.3 of them sit on 49 pages that share no simple signal (single pages, one
 * shop's category pages, empty truths matched by an empty reading); every threshold rule that moved them lost on half B.
 */
public final class SelectProbe {

    private SelectProbe() {
    }

    static String f(List<Block> bs) {
        int chars = Quality.chars(bs), prose = Quality.proseChars(bs), heads = 0, items = 0, link = 0;
        for (Block b : bs) {
            if (b.kind() == Block.Kind.HEADING) heads++;
            if (b.kind() == Block.Kind.ITEM) items++;
            link += b.linkChars();
        }
        return chars + "\t" + prose + "\t" + heads + "\t" + items + "\t" + link + "\t" + bs.size();
    }

    public static void main(String[] args) throws Exception {
        String half = System.getProperty("half", "A");
        StringBuilder out = new StringBuilder("id\ttype\tdecided\tprofile\treply\tattested\tdated\tauthored\tltypes\tcode\theadings\tsections\tarticles\ttimes"
                + "\ttext\tlinks\tprose\tproseChars\tprices\tcart\tcards\tcardChars\tposts\tpostsNamed\tbody\tbodyHeads\twinner");
        for (String p : new String[] {"s", "j", "t", "a"})
            for (String c : new String[] {"chars", "prose", "heads", "items", "link", "n"}) out.append('\t').append(p).append(c);
        for (PageType p : PageType.values()) out.append("\tf_").append(p.id());
        for (PageType p : PageType.values()) out.append("\tc_").append(p.id());
        out.append('\n');
        for (DevPages.Page page : DevPages.load("wcxb", half)) {
            Document doc = Jsoup.parse(page.html());
            DevPages.Cleaned c = DevPages.clean(doc);
            Metadata meta = c.meta();
            String url = meta.canonicalUrl() != null ? meta.canonicalUrl() : doc.location();
            PageTypes.Typed typed = PageTypes.typed(doc, c.index(), meta, c.sizes(), url);
            PageTypes.Signals s = PageTypes.signals(c.body(), c.index(), meta, c.sizes(), url);
            BodyReader cur = reader(c, typed, typed.profile());
            BodyReader.Reading sc = cur.scored();
            String win = sc.selection() == null ? "none" : sc.selection().winner().normalName();
            out.append(String.join("\t", page.id(), page.type(), typed.type().id(), typed.profile().id(), "" + typed.replyTree(),
                    "" + PageTypes.attested(s), "" + s.dated(), "" + s.authored(), String.join(",", new java.util.TreeSet<>(s.types())),
                    "" + s.codeBlocks(), "" + s.headings(), "" + s.sections(), "" + s.articles(), "" + s.times(), "" + s.textChars(),
                    "" + s.linkChars(), "" + s.proseBlocks(), "" + s.proseChars(), "" + s.prices(), "" + s.cartControls(), "" + s.cards(),
                    "" + s.cardChars(), "" + s.posts(), "" + s.postsNamed(), "" + cur.bodyChars(), "" + cur.bodyHeadings(), win,
                    f(sc.blocks()), f(cur.whole(Cleaner.Vocab.JUNK, true).blocks()), f(cur.whole(Cleaner.Vocab.STRONG, true).blocks()),
                    f(cur.whole(Cleaner.Vocab.ALL, false).blocks())));
            StringBuilder sizes = new StringBuilder();
            for (PageType p : PageType.values()) {
                BodyReader r = reader(c, typed, p);
                BodyReader.Reading chosen = Choice.choose(p, r, meta.productDescription(), meta.excerpt(), meta.answers());
                out.append('\t').append(String.format(java.util.Locale.ROOT, "%.4f",
                        WcxbProbe.f1(String.join("\n\n", BlockWriter.texts(chosen.blocks())), page.truth())));
                sizes.append('\t').append(Quality.chars(chosen.blocks()));
            }
            out.append(sizes).append('\n');
        }
        Files.writeString(Path.of("target/select-" + half + ".tsv"), out);
    }

    private static BodyReader reader(DevPages.Cleaned c, PageTypes.Typed typed, PageType profile) {
        PageTypes.Typed as = new PageTypes.Typed(typed.type(), profile, typed.replyTree());
        Names names = new Names(typed.replyTree(), PageTypes.shop(as, c.meta()), profile == PageType.LISTING || profile == PageType.COLLECTION);
        return new BodyReader(c.body(), c.sizes(), names, c.meta().title(), c.meta().byline(), typed.type() == PageType.FORUM,
                profile == PageType.SERVICE);
    }
}
