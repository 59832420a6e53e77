package dev.precis.extract;

import java.nio.file.*;
import java.util.*;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Developer tool: time per extraction stage over the first N WCXB pages. */
public final class StageProbe {
    public static void main(String[] a) throws Exception {
        List<String> pages = new ArrayList<>();
        try (var s = Files.list(Path.of("../shared/bench/wcxb/dev/html"))) {
            for (Path p : s.sorted().limit(Integer.parseInt(a[0])).toList())
                pages.add(new String(new java.util.zip.GZIPInputStream(Files.newInputStream(p)).readAllBytes(), "UTF-8"));
        }
        String[] names = {"parse", "index", "meta", "remove+sizes", "types", "scored", "wholeStrong", "prune", "measure", "markdown"};
        // "prune" and "measure" time the parts of a whole reading on their own
        for (int r = 0; r < Integer.parseInt(a[1]); r++) {
            long[] t = new long[names.length];
            for (String html : pages) {
                long t0 = System.nanoTime();
                Document doc = Jsoup.parse(html);
                long t1 = System.nanoTime();
                PageIndex index = PageIndex.of(doc);
                if (Reveal.streamedSegments(index.inlineScripts, index.segments, doc.body())) index = PageIndex.of(doc);
                long t2 = System.nanoTime();
                Metadata meta = MetadataReader.read(doc, index);
                long t3 = System.nanoTime();
                Cleaner.removeInvisible(index);
                Element body = doc.body();
                TextSizes sizes = TextSizes.of(body, index.elementCount);
                if (Reveal.fadeIns(index.fadeIns, body, sizes)) sizes = TextSizes.of(body, index.elementCount);
                long t4 = System.nanoTime();
                PageType type = PageTypes.detect(doc, index, meta, sizes, meta.canonicalUrl());
                long t5 = System.nanoTime();
                BodyReader reader = new BodyReader(body, sizes, new Names(), meta.title(), meta.byline(), false);
                BodyReader.Reading sc = reader.scored();
                long t6 = System.nanoTime();
                reader.whole(Cleaner.Vocab.STRONG, true);
                long t7 = System.nanoTime();
                Cleaner.Pruning pruning = Cleaner.prune(body, sizes, new Names(), true, Cleaner.Vocab.STRONG, false);
                long t8 = System.nanoTime();
                Map<Element, ContentScorer.Stats> stats = ContentScorer.measure(body, pruning.pruned, sizes);
                long t9 = System.nanoTime();
                Markdown.render(sc.blocks());
                long t10 = System.nanoTime();
                long[] ts = {t0, t1, t2, t3, t4, t5, t6, t7, t8, t9, t10};
                for (int k = 0; k < names.length; k++) t[k] += ts[k + 1] - ts[k];
            }
            StringBuilder b = new StringBuilder("round " + r + ":");
            for (int k = 0; k < names.length; k++) b.append(String.format(" %s %.0f", names[k], t[k] / 1e6));
            System.out.println(b);
        }
    }
}
