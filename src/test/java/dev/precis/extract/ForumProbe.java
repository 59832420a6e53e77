package dev.precis.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Developer tool: the extractor's word F1, precision and recall on the forum pages of one WCXB half, per page
 * and on average, with the detected page type. {@code -Dhalf=A|B|all}; writes {@code target/forum-<half>/}
 * (prediction and truth per page) when {@code -Ddump=true}.
 */
public final class ForumProbe {

    private ForumProbe() {
    }

    public static void main(String[] args) throws Exception {
        String half = System.getProperty("half", "A");
        String type = System.getProperty("type", "forum");
        boolean dump = Boolean.getBoolean("dump");
        Path out = Path.of("target/forum-" + half);
        if (dump) Files.createDirectories(out);
        Extractor extractor = new Extractor();
        double sum = 0;
        int n = 0;
        for (DevPages.Page page : DevPages.load("wcxb", half)) {
            if (!type.equals(page.type())) continue;
            var article = extractor.extract(page.html(), null);
            String pred = article.text();
            double f = WcxbProbe.f1(pred, page.truth());
            int pw = WcxbProbe.tokens(pred).size(), tw = WcxbProbe.tokens(page.truth()).size();
            sum += f;
            n++;
            System.out.printf(Locale.ROOT, "%s\t%.3f\tpred %d\ttruth %d\t%s%n", page.id(), f, pw, tw, article.pageType());
            if (dump) {
                Files.writeString(out.resolve(page.id() + ".pred.txt"), pred);
                Files.writeString(out.resolve(page.id() + ".truth.txt"), page.truth());
            }
        }
        System.out.printf(Locale.ROOT, "MEAN %s %s %.4f over %d%n", type, half, sum / n, n);
    }
}
