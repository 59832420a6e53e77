package dev.precis.summarize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DatelineTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "WASHINGTON (AP) \u2014 A U.S. official said Monday that Kim may travel.| A U.S. official said Monday that Kim may travel.",
            "MILLBROOK, Vt. \u2014 The Millbrook Public Library will open on Sundays.| The Millbrook Public Library will open on Sundays.",
            "SANTA FE, N.M. (AP) \u2014 A cat has been found.| A cat has been found.",
            "ST. JOSEPH, Mich. (AP) \u2014 Michigan health authorities are reporting a death.| Michigan health authorities are reporting a death.",
            "LONDON, England (CNN) -- Police said the bridge will close.| Police said the bridge will close.",
            "(CNN) -- Police said the bridge will close.| Police said the bridge will close.",
            "(CNN) President Donald Trump made an unscheduled trip.| President Donald Trump made an unscheduled trip.",
            "Hong Kong (CNN Business) A muddled view of trade talks weighs on markets.| A muddled view of trade talks weighs on markets.",
            "NEW YORK (Reuters) - Oil prices fell sharply on Tuesday.| Oil prices fell sharply on Tuesday.",
            "PARIS (Reuters) - Police said the bridge will close.| Police said the bridge will close.",
            "NEW DELHI: Their American dream shattered, 150 Indians returned home.| Their American dream shattered, 150 Indians returned home.",
            "DUBAI, United Arab Emirates \u2014 Emirates finalized a deal.| Emirates finalized a deal.",
            "CLEVELAND, Ohio \u2013 The Doobie Brothers will look to ride a nomination.| The Doobie Brothers will look to ride a nomination.",
            "Indianapolis \u2013 Several thousand teachers surrounded the Statehouse.| Several thousand teachers surrounded the Statehouse.",
            "WASHINGTON \u2014 Two federal prison officers were charged.| Two federal prison officers were charged.",
            "BUFFALO, N.Y. \u2014 hours before the game, the coach spoke.| Hours before the game, the coach spoke."})
    void datelineIsLeftOut(String sentence, String expected) {
        assertEquals(expected, Dateline.strip(sentence));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "NATO allies met in Brussels on Tuesday to discuss the budget.",
            "A U.S. official said Monday that Kim may travel.",
            "U.S. - China trade talks resumed on Monday.",
            "I \u2014 like many others \u2014 went home early.",
            "Apple \u2013 the company said \u2013 will ship later.",
            "The city council voted nine to four on Tuesday night.",
            "US President Donald Trump - who spoke first - left early.",
            "WASHINGTON (AP) \u2014"})
    void aSentenceWithoutADatelineIsUnchanged(String sentence) {
        assertEquals(sentence, Dateline.strip(sentence));
    }
}
