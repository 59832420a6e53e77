package dev.precis.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Developer tool: per page of a WCXB half, how long the chosen reading is against what else the page offers — the
 * visible body, the whole readings, JSON-LD {@code articleBody} — with the word F1 of each. For rules that rescue a
 * reading much shorter than the page's text. {@code target/short-<half>.tsv}; {@code -Dhalf=A}.
 */
public final class ShortProbe {
    private ShortProbe() {
    }

    private static String text(List<Block> blocks) {
        return String.join("\n\n", BlockWriter.texts(blocks));
    }

    public static void main(String[] args) throws Exception {
        String half = System.getProperty("half", "A");
        StringBuilder out = new StringBuilder("id\ttype\tprofile\tbody\tbprose\tcchars\tcprose\tfc\tsel\tschars\tfs\tjchars\tjprose\tfj\tachars\tfa\ttruthw\n");
        for (DevPages.Page page : DevPages.load("wcxb", half)) {
            Document doc = Jsoup.parse(page.html());
            DevPages.Cleaned c = DevPages.clean(doc);
            PageTypes.Typed typed = PageTypes.typed(doc, c.index(), c.meta(), c.sizes(), c.meta().canonicalUrl());
            Metadata meta = c.meta();
            Names names = new Names(typed.replyTree(), PageTypes.shop(typed, meta),
                    typed.profile() == PageType.LISTING || typed.profile() == PageType.COLLECTION);
            BodyReader reader = new BodyReader(c.body(), c.sizes(), names, meta.title(), meta.byline(), typed.type() == PageType.FORUM,
                    typed.profile() == PageType.SERVICE);
            BodyReader.Reading chosen = Choice.choose(typed.profile(), reader, meta.productDescription(), meta.excerpt(), meta.answers());
            BodyReader.Reading scored = reader.scored();
            BodyReader.Reading junk = reader.whole(Cleaner.Vocab.JUNK, false);
            BodyReader.Reading none = reader.whole(Cleaner.Vocab.NONE, false);
            String ab = meta.articleBody();
            String sel = scored.selection() == null ? "none" : scored.selection().winner().normalName();
            out.append(String.join("\t", page.id(), page.type(), typed.profile().id(), "" + reader.bodyChars(),
                    "" + Quality.proseChars(none.blocks()),
                    "" + Quality.chars(chosen.blocks()), "" + Quality.proseChars(chosen.blocks()),
                    String.format(Locale.ROOT, "%.3f", WcxbProbe.f1(text(chosen.blocks()), page.truth())), sel,
                    "" + Quality.chars(scored.blocks()), String.format(Locale.ROOT, "%.3f", WcxbProbe.f1(text(scored.blocks()), page.truth())),
                    "" + Quality.chars(junk.blocks()), "" + Quality.proseChars(junk.blocks()),
                    String.format(Locale.ROOT, "%.3f", WcxbProbe.f1(text(junk.blocks()), page.truth())),
                    "" + (ab == null ? 0 : ab.length()), String.format(Locale.ROOT, "%.3f", ab == null ? 0 : WcxbProbe.f1(ab, page.truth())),
                    "" + Dom.wordCount(page.truth()))).append('\n');
        }
        Files.writeString(Path.of("target/short-" + half + ".tsv"), out);
    }
}
