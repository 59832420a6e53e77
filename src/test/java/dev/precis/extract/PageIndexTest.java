package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** What {@link PageIndex} counts in one walk of the page; here its shopping-cart controls. */
class PageIndexTest {

    /**
     * Every phrase {@link Vocabulary#CART_TEXT} matches, as its source writes them. The button shortcut in
     * {@link PageIndex} skips buttons with fewer than {@link PageIndex#CART_TEXT_MIN_LETTERS} letters, so a shorter
     * phrase added to the pattern must lower that bound: {@link #thePatternIsTheOneTheShortcutWasWorkedOutFor} trips.
     */
    private static final List<String> CART_PHRASES = List.of("add to cart", "add to bag", "add to basket",
            "add to trolley", "buy now", "in den warenkorb", "ajouter au panier", "añadir al carrito", "aggiungi al carrello");

    private static int cartControls(String body) {
        return PageIndex.of(Jsoup.parse("<html><body>" + body + "</body></html>")).cartControls;
    }

    @Test
    void buttonsAndInputsThatPutInTheCartAreCounted() {
        assertEquals(1, cartControls("<button>Buy now</button>"));
        assertEquals(1, cartControls("<button><span class=\"icon\"></span> <span>Add to</span> <b>Cart</b></button>"));
        assertEquals(1, cartControls("<input type=\"submit\" value=\"In den Warenkorb\">"));
        assertEquals(0, cartControls("<button>Menu</button><button>Buy</button><button>×</button><p>Add to cart</p>"));
    }

    @Test
    void everyPhraseOfThePatternIsCountedOnAButton() {
        for (String phrase : CART_PHRASES) {
            assertEquals(1, cartControls("<button>" + phrase + "</button>"), phrase);
            long letters = phrase.chars().filter(Character::isLetter).count();
            assertTrue(letters >= PageIndex.CART_TEXT_MIN_LETTERS, phrase + " has fewer letters than the shortcut's bound");
        }
    }

    @Test
    void thePatternIsTheOneTheShortcutWasWorkedOutFor() {
        assertEquals("\\b(?:add to (?:cart|bag|basket|trolley)|buy now|in den warenkorb|ajouter au panier|añadir al carrito"
                + "|aggiungi al carrello)\\b", Vocabulary.CART_TEXT.pattern(),
                "CART_TEXT changed: update CART_PHRASES here and check PageIndex.CART_TEXT_MIN_LETTERS");
    }
}
