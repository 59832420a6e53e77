package dev.precis.extract;

import java.util.Locale;

import org.jsoup.nodes.Element;

/**
 * Developer tool: for each page of one true type ({@code -Dtype=product}, half {@code -Dhalf=A}), the element of
 * the cleaned body whose text is closest to the truth (word F1), with its ancestry, beside the F1 of the
 * page-type reading. Shows where a type's content lives on its pages.
 */
public final class ProductProbe {

    private ProductProbe() {
    }

    public static void main(String[] args) throws Exception {
        String type = System.getProperty("type", "product");
        String only = System.getProperty("id", "");
        for (DevPages.Page page : DevPages.load("wcxb", System.getProperty("half", "A"))) {
            if (!type.equals(page.type()) || !only.isEmpty() && !only.equals(page.id())) continue;
            DevPages.Cleaned c = DevPages.clean(page.html());
            String ours = String.join("\n\n", BlockWriter.texts(Choice.choose(PageType.PRODUCT, c.reader(false)).blocks()));
            double oursF = WcxbProbe.f1(ours, page.truth());
            Element best = null;
            double bestF = -1;
            for (Element e : c.body().getAllElements()) {
                if (c.sizes().text(e) < 20) continue;
                double f = WcxbProbe.f1(e.text(), page.truth());
                if (f > bestF + 0.005) {
                    bestF = f;
                    best = e;
                }
            }
            StringBuilder chain = new StringBuilder();
            for (Element a = best; a != null && a != c.body(); a = a.parent()) {
                chain.insert(0, " > " + a.normalName() + (a.id().isEmpty() ? "" : "#" + a.id())
                        + (a.className().isEmpty() ? "" : "." + a.className().replace(' ', '.')));
            }
            System.out.printf(Locale.ROOT, "%s ours %.3f best %.3f type %s%n   %s%n", page.id(), oursF, bestF, c.type().id(),
                    chain.length() > 600 ? "…" + chain.substring(chain.length() - 600) : chain);
        }
    }
}
