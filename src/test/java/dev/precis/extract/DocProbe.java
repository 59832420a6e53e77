package dev.precis.extract;

import java.util.Locale;

/**
 * Developer tool: on the pages of WCXB half A that are documentation (true or detected), or those of {@code -Dids="a b"},
 * the scored reading, the same container written as the whole reading writes ({@link BodyReader#within}, with the
 * headings of its span) and the whole reading: the share of text and prose the container holds and the F1 of each.
 */
public final class DocProbe {

    private DocProbe() {
    }

    public static void main(String[] args) throws Exception {
        String half = System.getProperty("half", "A");
        if (!half.equals("A")) throw new IllegalArgumentException("half A only");
        System.out.println("id\ttrue\tdecided\tchars\tprose\tscored\twithin\twhole\tscoredChars\twholeChars");
        for (DevPages.Page page : DevPages.load("wcxb", half)) {
            DevPages.Cleaned c = DevPages.clean(page.html());
            String ids = System.getProperty("ids", "");
            if (ids.isEmpty() ? !page.type().equals("documentation") && c.type() != PageType.DOCUMENTATION
                    : !(" " + ids + " ").contains(" " + page.id() + " ")) continue;
            BodyReader r = c.reader(false);
            BodyReader.Reading scored = r.scored();
            BodyReader.Reading whole = r.whole(Cleaner.Vocab.ALL, false);
            BodyReader.Reading within = r.within(scored, Cleaner.Vocab.ALL);
            BodyReader.Reading span = within == null ? scored : Choice.withHeadings(within, whole);
            BodyReader.Reading w = within == null ? scored : within;
            double chars = (double) Quality.chars(w.blocks()) / Math.max(1, Quality.chars(whole.blocks()));
            double prose = (double) Quality.proseChars(w.blocks()) / Math.max(1, Quality.proseChars(whole.blocks()));
            System.out.printf(Locale.ROOT, "%s\t%s\t%s\t%.2f\t%.2f\t%.3f\t%.3f\t%.3f\t%d\t%d%n", page.id(), page.type(), c.type().id(),
                    chars, prose, f(scored, page), f(span, page), f(whole, page), Quality.chars(w.blocks()), Quality.chars(whole.blocks()));
        }
    }

    private static double f(BodyReader.Reading r, DevPages.Page page) {
        return WcxbProbe.f1(String.join("\n\n", BlockWriter.texts(r.blocks())), page.truth());
    }
}
