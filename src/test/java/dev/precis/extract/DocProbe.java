package dev.precis.extract;

import java.util.Locale;

/**
 * Developer tool: on the pages of a WCXB half that are documentation (true or detected), the scored reading against the
 * whole one — their share of text and prose and the F1 of each. {@code -Dhalf=A} only.
 */
public final class DocProbe {

    private DocProbe() {
    }

    public static void main(String[] args) throws Exception {
        String half = System.getProperty("half", "A");
        if (!half.equals("A")) throw new IllegalArgumentException("half A only");
        System.out.println("id\ttrue\tdecided\tchars\tprose\tscored\tspan\twhole\tscoredChars\twholeChars");
        for (DevPages.Page page : DevPages.load("wcxb", half)) {
            DevPages.Cleaned c = DevPages.clean(page.html());
            if (!page.type().equals("documentation") && c.type() != PageType.DOCUMENTATION) continue;
            BodyReader r = c.reader(false);
            BodyReader.Reading scored = r.scored();
            BodyReader.Reading whole = r.whole(Cleaner.Vocab.ALL, false);
            BodyReader.Reading span = Choice.withHeadings(scored, whole);
            double chars = (double) Quality.chars(scored.blocks()) / Math.max(1, Quality.chars(whole.blocks()));
            double prose = (double) Quality.proseChars(scored.blocks()) / Math.max(1, Quality.proseChars(whole.blocks()));
            System.out.printf(Locale.ROOT, "%s\t%s\t%s\t%.2f\t%.2f\t%.3f\t%.3f\t%.3f\t%d\t%d%n", page.id(), page.type(), c.type().id(),
                    chars, prose, f(scored, page), f(span, page), f(whole, page), Quality.chars(scored.blocks()), Quality.chars(whole.blocks()));
        }
    }

    private static double f(BodyReader.Reading r, DevPages.Page page) {
        return WcxbProbe.f1(String.join("\n\n", BlockWriter.texts(r.blocks())), page.truth());
    }
}
