package dev.precis.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * What a shop's product page writes beside its text and a reader of the product does not read as text: blocks that
 * are only a figure (a quantity stepper's "1", a size chart's "8", "9", "10", a review count "(3672)", a carousel's
 * dot "2") and the prices after the product's own (a bundle's, an add-on's, a carousel's "Sale price $19.95").
 * Product readings only ({@link Choice}): on a documentation page, a table or a list page a bare number is as often
 * the content. On a list page's reading (collection, listing) the grid's controls written as text are left out
 * ({@link #withoutControls}).
 */
final class ShopLines {

    private ShopLines() {
    }

    /**
     * {@code blocks} without the blocks of at most {@link Tuning#PRODUCT_FIGURE_MAX_CHARS} that hold no letter and no
     * currency sign ({@link #isBareFigure}), and without every block that is only a price
     * ({@link Vocabulary#PRICE_LINE}) after the first such block. Code blocks stay. The same list when nothing is
     * left out.
     */
    static List<Block> withoutFigures(List<Block> blocks) {
        Matcher price = Vocabulary.PRICE_LINE.matcher("");
        boolean priced = false;
        List<Block> kept = null;
        for (int k = 0, n = blocks.size(); k < n; k++) {
            Block b = blocks.get(k);
            boolean drop = false;
            if (b.kind() != Block.Kind.CODE) {
                String t = b.text();
                if (isBareFigure(t)) drop = true;
                else if (t.length() <= Tuning.PRODUCT_PRICE_LINE_MAX_CHARS && price.reset(t).matches()) {
                    drop = priced;
                    priced = true;
                }
            }
            if (drop && kept == null) kept = new ArrayList<>(blocks.subList(0, k));
            if (!drop && kept != null) kept.add(b);
        }
        return kept == null ? blocks : kept;
    }

    /**
     * {@code blocks} without the blocks that are only a list page's control ({@link Vocabulary#LIST_CONTROL_LINE}: "Add to
     * wishlist", "Filters", "Calculate shipping"); blocks of more than {@link Tuning#LIST_CONTROL_MAX_CHARS} are not
     * tried. Code blocks stay. The same list when nothing is left out. Calibration in {@link Tuning#LIST_CONTROL_MAX_CHARS}.
     */
    static List<Block> withoutControls(List<Block> blocks) {
        Matcher control = Vocabulary.LIST_CONTROL_LINE.matcher("");
        return BlockWriter.without(blocks, b -> b.kind() != Block.Kind.CODE && b.text().length() <= Tuning.LIST_CONTROL_MAX_CHARS
                && control.reset(b.text()).matches());
    }

    /** A short text with a digit and no letter and no currency sign: "8", "1.", "(3672)", "4.9", "1 / 4". */
    static boolean isBareFigure(String text) {
        int n = text.length();
        if (n == 0 || n > Tuning.PRODUCT_FIGURE_MAX_CHARS) return false;
        boolean digit = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) || Character.getType(c) == Character.CURRENCY_SYMBOL) return false;
            if (Character.isDigit(c)) digit = true;
        }
        return digit;
    }
}
