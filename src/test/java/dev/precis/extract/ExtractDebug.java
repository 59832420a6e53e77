package dev.precis.extract;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Developer tool: shows pruned blocks, top candidates and the selection for one HTML file. */
public final class ExtractDebug {

    private ExtractDebug() {
    }

    public static void main(String[] args) throws Exception {
        Document doc = Jsoup.parse(new String(Files.readAllBytes(Path.of(args[0])), StandardCharsets.UTF_8));
        Names names = new Names();
        PageIndex index = PageIndex.of(doc);
        if (Reveal.streamedSegments(index.inlineScripts, index.segments, doc.body())) index = PageIndex.of(doc);
        if (Reveal.pageCloak(doc.body(), index.invisible)) index = PageIndex.of(doc);
        Metadata meta = MetadataReader.read(doc, index);
        System.out.println(meta);
        Cleaner.removeInvisible(index);
        TextSizes sizes = TextSizes.of(doc.body(), index.elementCount);
        if (Reveal.fadeIns(index.fadeIns, doc.body(), sizes)) sizes = TextSizes.of(doc.body(), index.elementCount);
        Cleaner.Pruning pruning = Cleaner.prune(doc.body(), sizes, names, true, Cleaner.Vocab.ALL, false);
        for (Element e : pruning.pruned) {
            System.out.println("PRUNED " + describe(e) + " chars=" + sizes.text(e) + " links=" + sizes.links(e));
        }
        Map<Element, ContentScorer.Stats> stats = ContentScorer.measure(doc.body(), pruning.pruned, sizes);
        ContentScorer.Selection sel = ContentScorer.select(doc.body(), stats, names);
        stats.entrySet().stream().filter(en -> en.getValue().candidate)
                .sorted((a, b) -> Double.compare(ContentScorer.finalScore(b.getKey(), stats),
                        ContentScorer.finalScore(a.getKey(), stats)))
                .limit(8).forEach(en -> System.out.printf("CAND %.1f (pts %.1f, ld %.2f, text %d) %s%n",
                        ContentScorer.finalScore(en.getKey(), stats), en.getValue().points, en.getValue().linkDensity(),
                        en.getValue().text, describe(en.getKey())));
        System.out.println("WINNER " + describe(sel.winner()) + " score " + sel.score() + " runner-up " + sel.runnerUp());
        for (Element e : sel.elements()) System.out.println("  MERGED " + describe(e));
    }

    static String describe(Element e) {
        StringBuilder b = new StringBuilder();
        int level = 0;
        for (Element x = e; x != null && level < 4; x = x.parent(), level++) {
            String cls = x.className().length() > 40 ? x.className().substring(0, 40) + "…" : x.className();
            b.insert(0, " > " + x.normalName() + (cls.isEmpty() ? "" : "." + cls.replace(' ', '.'))
                    + (x.id().isEmpty() ? "" : "#" + x.id()));
        }
        return b.toString();
    }
}
