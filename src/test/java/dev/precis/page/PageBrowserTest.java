package dev.precis.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.testing.Fixtures;
import dev.precis.testing.S3ProxyResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page at {@code /} in headless Chromium against the running application: a submitted page shows its
 * digest with every quote marked in the article text (each mark's text is exactly
 * {@code article.text.substring(start, end)}), an invalid request shows its error, a stored result opens
 * with the network off, and hostile text stays text. Skipped, saying why, where Chromium is not installed.
 *
 * <p>It also takes the README's screenshot, {@code target/screenshots/page.png};
 * {@code -Dupdate-screenshot=true} copies it to {@code docs/page.png}.
 */
@QuarkusTest
@QuarkusTestResource(S3ProxyResource.class)
class PageBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Keys the result apart from other tests' runs of the same page. */
    private static final String BASE_URL = "https://news.example.com/world/2025/kim-putin-in-the-browser.html";
    private static final String ANSWERED = "Where may Kim travel and why?";
    private static final String NOT_STATED = "What did the meeting decide?";
    private static final Path SCREENSHOT = Path.of("target/screenshots/page.png");
    private static final Path README_SCREENSHOT = Path.of("docs/page.png");
    /** Every quote's marked text, by quote id, in document order: what the reader sees highlighted. */
    private static final String MARKED_TEXT = "const out = {};"
            + "for (const m of document.querySelectorAll('#article mark[data-quotes]'))"
            + "  for (const id of m.dataset.quotes.split(' ')) out[id] = (out[id] || '') + m.textContent;"
            + "return out;";

    private static Browser browser;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    /** Each test is skipped, saying why, where there is no browser (in @BeforeAll the report would count none). */
    @BeforeEach
    void startBrowser() {
        Assumptions.assumeTrue(Browser.missing().isEmpty(), () -> "browser test skipped: " + Browser.missing().orElse(""));
        if (browser == null) browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.close();
    }

    @Test
    void showsTheDigestOfTheReferencePageWithEveryQuoteMarkedInTheArticle() throws Exception {
        ChromeDriver d = open();
        d.findElement(By.cssSelector("input[name=kind][value=html]")).click();
        setValue(d.findElement(By.id("src-html")), Fixtures.referencePage());
        d.findElement(By.id("src-base")).sendKeys(BASE_URL);
        d.findElement(By.id("question-1")).sendKeys(ANSWERED);
        d.findElement(By.id("add-question")).click();
        d.findElement(By.id("question-2")).sendKeys(NOT_STATED);
        d.findElement(By.id("submit")).click();
        waitFor(d).until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));

        // The same request again is answered from the stored result: proof the page sent exactly this request.
        JsonNode answer = JSON.readTree(given().port(port).contentType(ContentType.JSON)
                .body(JSON.writeValueAsString(Map.of("html", Fixtures.referencePage(), "baseUrl", BASE_URL,
                        "questions", List.of(ANSWERED, NOT_STATED), "include", List.of("text"))))
                .post("/summarize").then().statusCode(200).extract().asString());
        assertTrue(answer.get("reused").asBoolean(), "the page's request was stored and is reused");
        JsonNode result = answer.get("result");

        assertEquals(result.at("/article/title").asText(), d.findElement(By.id("result-title")).getText());
        List<WebElement> facts = d.findElements(By.cssSelector("#facts button.cite"));
        assertTrue(facts.size() >= 3, "key facts shown: " + facts.size());
        assertEquals(result.get("keyFacts").size(), facts.size());
        for (int i = 0; i < facts.size(); i++) {
            assertEquals(result.at("/keyFacts/" + i + "/fact").asText(), facts.get(i).getText());
        }
        List<WebElement> answers = d.findElements(By.cssSelector("#answers > li"));
        assertEquals(2, answers.size());
        assertEquals(ANSWERED, answers.get(0).findElement(By.className("question")).getText());
        assertEquals(result.at("/answers/0/answer").asText(), answers.get(0).findElement(By.className("cite")).getText());
        assertEquals("not_stated", result.at("/answers/1/status").asText());
        assertEquals("Not stated in the article", answers.get(1).findElement(By.className("not-stated")).getText());
        String provenance = d.findElement(By.id("provenance")).getText();
        assertTrue(provenance.contains("builtin-extractive") && provenance.contains("Model calls"), provenance);

        assertMarksAreTheQuotedText(d, result);

        // Selecting the last fact marks its quote and scrolls the article text to it.
        int last = facts.size() - 1;
        facts.get(last).click();
        String id = "fact-" + last;
        waitFor(d).until(x -> (Boolean) d.executeScript("const marks = [...document.querySelectorAll('#article mark')]"
                + ".filter(m => m.dataset.quotes.split(' ').includes(arguments[0]));"
                + "const box = document.getElementById('article').getBoundingClientRect();"
                + "const r = marks[0].getBoundingClientRect();"
                + "return marks.every(m => m.classList.contains('current')) && r.top >= box.top && r.bottom <= box.bottom;", id));
        assertEquals("true", facts.get(last).getAttribute("aria-pressed"));
        assertEquals(0L, d.executeScript("return document.querySelectorAll('#article mark.current:not([data-quotes~=\"' + arguments[0] + '\"])').length", id),
                "only the selected quote is marked as current");

        // The README's screenshot: the second fact selected, the result from its top.
        facts.get(1).click();
        waitForScrollToSettle(d);
        d.executeScript("document.getElementById('result').scrollIntoView({block: 'start'})");
        waitForScrollToSettle(d);
        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, d.getScreenshotAs(OutputType.BYTES));
        if (Boolean.getBoolean("update-screenshot")) {
            Files.createDirectories(README_SCREENSHOT.getParent());
            Files.copy(SCREENSHOT, README_SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void anInvalidRequestShowsItsCodeMessageAndField() {
        ChromeDriver d = open();
        d.findElement(By.id("src-url")).sendKeys("http://127.0.0.1/admin");
        d.findElement(By.id("submit")).click();
        waitFor(d).until(ExpectedConditions.textToBe(By.id("error-code"), "forbidden_address"));
        assertTrue(d.findElement(By.id("error")).isDisplayed());
        assertTrue(d.findElement(By.id("error-message")).getText().contains("127.0.0.1"));
        assertEquals("url", d.findElement(By.id("error-field-name")).getText());
        assertEquals("true", d.findElement(By.id("src-url")).getAttribute("aria-invalid"));
        assertTrue(!d.findElement(By.id("result")).isDisplayed(), "no result is shown");

        d.findElement(By.cssSelector("input[name=kind][value=text]")).click();
        d.findElement(By.id("submit")).click();
        waitFor(d).until(ExpectedConditions.textToBe(By.id("error-code"), "invalid_request"));
        assertEquals("text is empty", d.findElement(By.id("error-message")).getText());
        assertEquals("text", d.findElement(By.id("error-field-name")).getText());
        assertNull(d.findElement(By.id("src-url")).getAttribute("aria-invalid"), "the earlier error's mark is gone");
    }

    @Test
    void opensAStoredResultWithTheNetworkOff() throws Exception {
        ObjectNode request = (ObjectNode) JSON.readTree(Fixtures.event("direct-invoke.json"));
        JsonNode lean = JSON.readTree(given().port(port).contentType(ContentType.JSON).body(request.toString())
                .post("/summarize").then().statusCode(200).extract().asString());
        request.putArray("include").add("text");
        JsonNode result = JSON.readTree(given().port(port).contentType(ContentType.JSON).body(request.toString())
                .post("/summarize").then().statusCode(200).extract().asString()).get("result");
        Path file = Files.createTempDirectory("precis-stored-").resolve("millbrook.summary.json");
        Files.writeString(file, result.toPrettyString());

        ChromeDriver d = open();
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        d.setNetworkConditions(offline);
        try {
            d.findElement(By.id("stored-file")).sendKeys(file.toAbsolutePath().toString());
            waitFor(d).until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
            assertTrue(d.findElement(By.id("result-origin")).getText().contains("millbrook.summary.json"));
            assertEquals(result.get("keyFacts").size(), d.findElements(By.cssSelector("#facts button.cite")).size());
            assertMarksAreTheQuotedText(d, result);

            // An answer of POST /summarize without the article text: the digest, and a note where the text would be.
            setValue(d.findElement(By.id("stored-json")), lean.toString());
            d.findElement(By.id("show-stored")).click();
            waitFor(d).until(ExpectedConditions.textToBePresentInElementLocated(By.id("article"), "has no article text"));
            assertEquals(lean.at("/result/keyFacts").size(), d.findElements(By.cssSelector("#facts li")).size());
            assertEquals(0L, d.executeScript("return document.querySelectorAll('#article mark, #facts button.cite').length"));
        } finally {
            d.deleteNetworkConditions();
        }
    }

    @Test
    void hostileTextInAStoredResultStaysText() throws Exception {
        String text = "<img src=x onerror=\"window.pwned=1\"> The council met. <script>window.pwned=2</script>";
        int start = text.indexOf("The council met.");
        ObjectNode result = (ObjectNode) JSON.readTree(given().port(port).contentType(ContentType.JSON)
                .body("{\"text\": \"A short note about a meeting.\"}").post("/summarize").then().statusCode(200)
                .extract().asString()).get("result");
        ObjectNode article = (ObjectNode) result.get("article");
        article.put("text", text).put("title", "<b onmouseover=\"window.pwned=3\">Title</b>").put("url", "javascript:window.pwned=4");
        ArrayNode facts = result.putArray("keyFacts");
        facts.addObject().put("fact", "<i>A fact</i>").put("quote", "The council met.").put("start", start)
                .put("end", start + "The council met.".length()).put("verified", true).put("match", "aligned");
        result.putArray("answers").addObject().put("question", "When?").put("status", "answered").put("answer", "Never.")
                .putArray("quotes").addObject().put("quote", "x").put("start", 5).put("end", 9999).put("verified", true);

        ChromeDriver d = open();
        setValue(d.findElement(By.id("stored-json")), result.toString());
        d.findElement(By.id("show-stored")).click();
        waitFor(d).until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));

        assertNull(d.executeScript("return window.pwned"), "no script of the document ran");
        assertEquals(0L, d.executeScript("return document.querySelectorAll('#result img, #result script, #result b, #result i').length"));
        assertEquals(0L, d.executeScript("return document.querySelectorAll('a[href^=\"javascript\"]').length"));
        assertEquals(text, d.executeScript("return document.getElementById('article').textContent"));
        assertEquals("<b onmouseover=\"window.pwned=3\">Title</b>", d.findElement(By.id("result-title")).getText());
        assertEquals("The council met.", ((Map<?, ?>) d.executeScript(MARKED_TEXT)).get("fact-0"));
        assertTrue(d.findElement(By.cssSelector("#facts .match")).getText().contains("the article\u2019s own words are marked"),
                "a quote Grounding aligned says so");
        assertTrue(d.findElement(By.id("warnings")).getText().contains("Answer 1: its quote has no valid place in the article text"),
                "a quote that cannot be placed is said, not drawn");
    }

    /** The article is shown whole and unchanged, and each quote's marks spell exactly its offsets' text. */
    private static void assertMarksAreTheQuotedText(ChromeDriver d, JsonNode result) {
        String text = result.at("/article/text").asText();
        assertEquals(text, d.executeScript("return document.getElementById('article').textContent"));
        Map<?, ?> marked = (Map<?, ?>) d.executeScript(MARKED_TEXT);
        int quotes = 0;
        for (int i = 0; i < result.get("keyFacts").size(); i++) {
            JsonNode f = result.get("keyFacts").get(i);
            assertEquals(text.substring(f.get("start").asInt(), f.get("end").asInt()), marked.get("fact-" + i), "key fact " + i);
            quotes++;
        }
        for (int i = 0; i < result.get("answers").size(); i++) {
            JsonNode qs = result.get("answers").get(i).path("quotes");
            for (int j = 0; j < qs.size(); j++) {
                assertEquals(text.substring(qs.get(j).get("start").asInt(), qs.get(j).get("end").asInt()),
                        marked.get("answer-" + i + "-" + j), "answer " + i + " quote " + j);
                quotes++;
            }
        }
        assertTrue(quotes > 0, "the result has quotes to mark");
        assertEquals(quotes, marked.size(), "one marked passage per quote: " + marked.keySet());
    }

    private ChromeDriver open() {
        ChromeDriver d = browser.driver;
        d.get("http://localhost:" + port + "/");
        waitFor(d).until(ExpectedConditions.visibilityOfElementLocated(By.id("question-1")));
        return d;
    }

    private static void setValue(WebElement element, String value) {
        browser.driver.executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", element, value);
    }

    private static void waitForScrollToSettle(ChromeDriver d) {
        long[] last = {-1};
        waitFor(d).pollingEvery(Duration.ofMillis(150)).until(x -> {
            long now = ((Number) d.executeScript("return Math.round(window.scrollY * 1000"
                    + " + document.getElementById('article').scrollTop)")).longValue();
            boolean settled = now == last[0];
            last[0] = now;
            return settled;
        });
    }

    private static WebDriverWait waitFor(ChromeDriver d) {
        return new WebDriverWait(d, Duration.ofSeconds(20));
    }
}
