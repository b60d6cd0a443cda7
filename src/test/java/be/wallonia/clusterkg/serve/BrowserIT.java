package be.wallonia.clusterkg.serve;

import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.pipeline.GraphBuild;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web pages as a person sees them, in a real headless Chromium (Debian's, driven by its own ChromeDriver)
 * against the real server, started on a free port over a real build whose IRIs name that port, so that every
 * link of the pages stays on this server.
 */
class BrowserIT {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final Duration PATIENCE = Duration.ofSeconds(15);
    /** Where screenshots go: target/ by default; -Dscreenshots.dir=docs/screenshots refreshes the ones in the docs. */
    static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    @TempDir static Path out;
    @TempDir static Path profiles;
    static GraphServer server;
    static String url;
    static ChromeDriver browser;

    /** Selenium warns that it has no DevTools binding for this Chromium: harmless, the tests use none of it. */
    static final Logger CDP_WARNINGS = Logger.getLogger("org.openqa.selenium.devtools");
    static final Logger CHROMIUM_WARNINGS = Logger.getLogger("org.openqa.selenium.chromium");

    @BeforeAll
    static void start() {
        boolean installed = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
        String missing = "the browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)";
        if (System.getenv("CI") != null) assertTrue(installed, missing); // CI installs them (.ci/run): never skip there
        assumeTrue(installed, missing);
        CDP_WARNINGS.setLevel(Level.SEVERE);
        CHROMIUM_WARNINGS.setLevel(Level.SEVERE);
        int port = freePort();
        String base = "http://localhost:" + port + "/";
        GraphBuild.create().iris(new Iris(base)).out(out.resolve("db")).build().run();
        server = GraphServer.create().build(out.resolve("db").resolve("current")).port(port).iris(new Iris(base)).build().start();
        url = server.localUrl();
        browser = chromium("en-GB,en", "default");
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) browser.quit();
        } finally {
            if (server != null) server.stop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A headless Chromium with its own fresh profile, whose Accept-Language is the one given. The driver's path is
     * explicit, so Selenium Manager never looks for one on the network; Chromium's own background traffic is off.
     */
    static ChromeDriver chromium(String acceptLanguage, String profile) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,900", "--lang=" + acceptLanguage.split(",")[0],
                "--user-data-dir=" + profiles.resolve(profile));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PATIENCE).scriptTimeout(PATIENCE);
        return driver;
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    static WebDriverWait waitFor(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    static void open(WebDriver driver, String path) {
        driver.get(url + (path.startsWith("/") ? path.substring(1) : path));
        waitFor(driver).until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Waits for the page whose h1 reads the given text (after a navigation). */
    static void waitForHeading(WebDriver driver, String h1) {
        waitFor(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), h1));
    }

    static String pageLang(WebDriver driver) {
        return driver.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    static List<String> texts(WebDriver driver, String css) {
        List<String> out = new ArrayList<>();
        for (WebElement e : driver.findElements(By.cssSelector(css))) out.add(e.getText().strip());
        return out;
    }

    /** The list under the h3 of one property in "What the sources say". */
    static WebElement statementsOf(WebDriver driver, String property) {
        return driver.findElement(By.xpath("//section[@aria-labelledby='statements']/h3[normalize-space()='" + property
                + "']/following-sibling::ul[1]"));
    }

    static void openTweed() {
        open(browser, "/id/cluster/tweed");
        waitForHeading(browser, "TWEED");
        assertTrue(browser.getCurrentUrl().endsWith("/doc/cluster/tweed"), browser.getCurrentUrl());
    }

    // ---- the tests -----------------------------------------------------------------------------------------

    @Test
    void homePageListsBioWinAmongThePoles() {
        open(browser, "/");
        assertEquals("Wallonia's company networks, as linked data", browser.findElement(By.tagName("h1")).getText());
        WebElement poles = browser.findElement(By.xpath("//section[@aria-labelledby='poles']"));
        assertEquals("Competitiveness clusters (pôles)", poles.findElement(By.tagName("h2")).getText());
        List<String> listed = new ArrayList<>();
        poles.findElements(By.cssSelector("li a")).forEach(a -> listed.add(a.getText()));
        assertTrue(listed.contains("BioWin"), listed.toString());
        assertTrue(listed.containsAll(List.of("GreenWin", "Logistics in Wallonia", "MecaTech", "Skywin", "WagrALIM")), listed.toString());
    }

    @Test
    void homePageLinkLeadsToBioWinsPage() {
        open(browser, "/");
        browser.findElement(By.xpath("//section[@aria-labelledby='poles']")).findElement(By.linkText("BioWin")).click();
        waitForHeading(browser, "BioWin");
        assertTrue(browser.getCurrentUrl().endsWith("/doc/pole/biowin"), browser.getCurrentUrl());
        assertTrue(texts(browser, "article > p .badge").contains("competitiveness cluster"), texts(browser, "article > p .badge").toString());
    }

    @Test
    void searchingEnergieFromTheHeaderLeadsToTweedAndItsEvidence() {
        open(browser, "/");
        WebElement box = browser.findElement(By.cssSelector("header[role=banner] form[role=search] input[name=q]"));
        box.sendKeys("énergie");
        browser.findElement(By.cssSelector("header[role=banner] form[role=search] button[type=submit]")).click();
        waitForHeading(browser, "Search");
        assertTrue(browser.findElement(By.cssSelector("main p[aria-live]")).getText().contains("results for “énergie”"));
        List<String> hits = texts(browser, "ol.results li a");
        assertTrue(hits.contains("TWEED"), hits.toString());

        browser.findElement(By.cssSelector("ol.results")).findElement(By.linkText("TWEED")).click();
        waitForHeading(browser, "TWEED");
        assertTrue(browser.getCurrentUrl().endsWith("/doc/cluster/tweed"), browser.getCurrentUrl());
        assertTrue(texts(browser, "article > p .badge").contains("business cluster"), texts(browser, "article > p .badge").toString());
        assertEquals("Environment and Sustainable Development",
                statementsOf(browser, "thematic group").findElement(By.cssSelector(":scope > li > a")).getText());
        List<String> quotes = texts(browser, "section[aria-labelledby=statements] q");
        assertTrue(quotes.stream().anyMatch(q -> q.contains("is the Business Cluster gathering entities active in the “sustainable energy” sector")),
                quotes.toString());
        List<String> sources = texts(browser, "section[aria-labelledby=statements] .sources .badge");
        assertTrue(sources.containsAll(List.of("stated by “The key sectors”", "stated by “The clusters”", "stated by “Les clusters”",
                "curated by the editors", "inferred from the ontology: a statement with a symmetric property holds reversed")),
                sources.toString());
        assertTrue(sources.stream().noneMatch(s -> s.matches(".*\\((prp|cax|scm)-.*")), "no rule ids: " + sources);
    }

    @Test
    void tweedPageSwitchesToFrenchAndBack() {
        openTweed();
        assertEquals("en", pageLang(browser));
        browser.findElement(By.linkText("Lire en français")).click();
        waitFor(browser).until(d -> "fr".equals(pageLang(d)));
        waitForHeading(browser, "TWEED");
        List<String> headings = texts(browser, "main h2");
        assertTrue(headings.containsAll(List.of("Noms", "Ce que disent les sources", "Données")), headings.toString());
        assertTrue(texts(browser, "article > p .badge").contains("cluster d'entreprises"), texts(browser, "article > p .badge").toString());
        assertTrue(texts(browser, "main h3").contains("groupe thématique"), texts(browser, "main h3").toString());

        browser.findElement(By.linkText("Read in English")).click();
        waitFor(browser).until(d -> "en".equals(pageLang(d)));
        assertTrue(texts(browser, "main h2").contains("What the sources say"), texts(browser, "main h2").toString());
        assertEquals(1, browser.findElements(By.linkText("Lire en français")).size());
    }

    @Test
    void anActivityDomainOfTweedLinksBackToTweed() {
        openTweed();
        statementsOf(browser, "activity domain").findElement(By.linkText("sustainable energy")).click();
        waitForHeading(browser, "sustainable energy");
        assertTrue(browser.getCurrentUrl().endsWith("/doc/domain/sustainable-energy"), browser.getCurrentUrl());
        assertTrue(texts(browser, "article > p .badge").contains("activity domain"));
        WebElement linkedFrom = browser.findElement(By.xpath("//section[@aria-labelledby='incoming']"));
        assertEquals("Linked from", linkedFrom.findElement(By.tagName("h2")).getText());
        WebElement row = linkedFrom.findElement(By.xpath(".//tr[td/a[normalize-space()='TWEED']]"));
        assertEquals(List.of("TWEED", "activity domain", "stated by “The key sectors”"),
                row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList());

        row.findElement(By.linkText("TWEED")).click();
        waitForHeading(browser, "TWEED");
    }

    @Test
    void aFrenchSpeakingBrowserGetsTheFrenchPageByDefault() {
        ChromeDriver french = chromium("fr-BE,fr", "french");
        try {
            assertEquals("fr-BE", ((JavascriptExecutor) french).executeScript("return navigator.language"));
            open(french, "/doc/cluster/tweed");
            waitForHeading(french, "TWEED");
            assertEquals("fr", pageLang(french));
            assertTrue(texts(french, "main h2").contains("Ce que disent les sources"), texts(french, "main h2").toString());
            assertEquals(1, french.findElements(By.linkText("Read in English")).size());

            open(french, "/search?q=" + URLEncoder.encode("énergie", StandardCharsets.UTF_8));
            waitForHeading(french, "Rechercher");
            assertTrue(french.findElement(By.cssSelector("main p[aria-live]")).getText().contains("résultats pour « énergie »"));
        } finally {
            french.quit();
        }
    }

    @Test
    void queryUiLoadsACookbookQueryAndRunsItWithoutLeavingTheServer() {
        browser.manage().logs().get(LogType.PERFORMANCE); // drop what earlier tests logged
        open(browser, "/ui");
        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".yasqe .CodeMirror")));

        new Select(browser.findElement(By.id("cookbook"))).selectByVisibleText("The networks of a thematic group");
        browser.findElement(By.cssSelector("#cookbook-form button[type=submit]")).click();
        waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".yasqe .CodeMirror-code"),
                "environment-and-sustainable-development"));
        String editor = browser.findElement(By.cssSelector(".yasqe .CodeMirror-code")).getText();
        assertTrue(editor.contains("SELECT ?group ?network ?name ?kind ?graph"), editor);
        assertTrue(browser.findElement(By.id("cookbook-question")).getText()
                .startsWith("Which networks does the key sectors page group under \"Environment and Sustainable Development\""));

        browser.findElement(By.cssSelector(".yasqe .yasqe_queryButton")).click();
        waitFor(browser).until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".yasr table tbody tr"), 0));
        List<String> rows = texts(browser, ".yasr table tbody tr");
        assertTrue(rows.stream().anyMatch(r -> r.contains("TWEED")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("GreenWin")), rows.toString());

        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) browser.executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)");
        assertTrue(resources.stream().anyMatch(r -> r.startsWith(url + "sparql")), resources.toString());
        assertEquals(List.of(), resources.stream().filter(BrowserIT::leavesTheServer).toList());
        List<String> requested = requestedUrls(browser);
        assertTrue(requested.contains(url + "static/yasgui/yasgui.min.js"), requested.toString());
        assertEquals(List.of(), requested.stream().filter(BrowserIT::leavesTheServer).toList());
    }

    @Test
    void theQueryUisStartingQueryDeclaresOnlyThePrefixesItUsesSoItsSelectIsInView() {
        open(browser, "/ui");
        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".yasqe .CodeMirror")));
        String query = (String) browser.executeScript("return document.querySelector('.CodeMirror').CodeMirror.getValue()");
        assertEquals(List.of("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>",
                "PREFIX wco: <https://w3id.org/wallonia-clusters/ontology#>", "SELECT ?network ?label WHERE {"),
                query.lines().limit(3).toList());
    }

    @Test
    void autocompletionInTheEditorAsksNoOtherServer() {
        open(browser, "/ui");
        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".yasqe .CodeMirror")));
        browser.manage().logs().get(LogType.PERFORMANCE);
        browser.executeScript("""
                window.asked = [];
                const fetched = window.fetch;
                window.fetch = (u, o) => { window.asked.push(String(u instanceof Request ? u.url : u)); return fetched(u, o); };
                const cm = document.querySelector('.CodeMirror').CodeMirror;
                cm.setValue('PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\\nSELECT * WHERE {\\n  ?s ');
                cm.focus();
                cm.setCursor(cm.lineCount() - 1, 99);""");
        WebElement editor = browser.findElement(By.cssSelector(".yasqe .CodeMirror textarea"));
        editor.sendKeys("rdfs:lab");
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.SPACE));
        try { // an autocompleter answers at once: with a list of hints, or by asking a server
            new WebDriverWait(browser, Duration.ofSeconds(3)).until(d -> !((List<?>) ((JavascriptExecutor) d)
                    .executeScript("return window.asked")).isEmpty() || !d.findElements(By.cssSelector(".CodeMirror-hints")).isEmpty());
        } catch (TimeoutException nothingAsked) {
            // no completion at all is fine too
        }
        @SuppressWarnings("unchecked")
        List<String> asked = (List<String>) browser.executeScript("return window.asked");
        assertEquals(List.of(), asked.stream().filter(BrowserIT::leavesTheServer).toList());
        assertEquals(List.of(), requestedUrls(browser).stream().filter(BrowserIT::leavesTheServer).toList());
    }

    /**
     * Whether a request goes anywhere but this server. Inline data and the browser's own pages (its new-tab page
     * loads chrome:// resources when it starts, and they show in the log) are not requests to the network.
     */
    static boolean leavesTheServer(String requested) {
        return !requested.startsWith(url) && !requested.equals(url.substring(0, url.length() - 1))
                && !requested.matches("(?i)^(data|blob|about|chrome|chrome-extension|chrome-untrusted|devtools):.*");
    }

    /** Every URL the page asked for since the log was last read (Chromium's performance log, Network events). */
    static List<String> requestedUrls(ChromeDriver driver) {
        Pattern request = Pattern.compile("\"method\":\"Network\\.requestWillBeSent\".*?\"request\":\\{.*?\"url\":\"([^\"]*)\"");
        List<String> urls = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Matcher m = request.matcher(e.getMessage());
            if (m.find()) urls.add(m.group(1));
        }
        return urls;
    }

    @Test
    void tweedPageAtDesktopWidthIsCapturedForTheDocs() throws IOException {
        try {
            screenshot("/doc/cluster/tweed", "TWEED", 1280, 800, false, SCREENSHOTS.resolve("entity-tweed.png"));
            assertEquals(browser.executeScript("return document.documentElement.clientWidth"),
                    browser.executeScript("return document.documentElement.scrollWidth"), "the page scrolls sideways");
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @ParameterizedTest(name = "{0} does not scroll sideways at 390 px")
    @ValueSource(strings = {"/coverage", "/coverage?level=division", "/dumps/", "/ui", "/void", "/doc/cluster/tweed",
            "/doc/cluster/plastiwin?lang=fr", "/search?q=energie", "/sectors", "/nope"})
    void everyKindOfPageFitsAPhoneScreen(String path) {
        try {
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
            open(browser, path);
            assertEquals(390L, browser.executeScript("return window.innerWidth"));
            assertEquals(browser.executeScript("return document.documentElement.clientWidth"),
                    browser.executeScript("return document.documentElement.scrollWidth"), path + " scrolls sideways");
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void bioWinPageFitsAPhoneScreen() throws IOException {
        try {
            screenshot("/doc/pole/biowin", "BioWin", 390, 844, true, SCREENSHOTS.resolve("entity-biowin-phone.png"));
            @SuppressWarnings("unchecked")
            List<String> overflowing = (List<String>) browser.executeScript("""
                    const w = document.documentElement.clientWidth;
                    return [...document.querySelectorAll('body *')]
                      .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > w + 1 || r.left < -1); })
                      .filter(e => !e.closest('.skip, .visually-hidden'))
                      .filter(e => { for (let p = e.parentElement; p; p = p.parentElement) {
                                       if (getComputedStyle(p).overflowX !== 'visible' && p.getBoundingClientRect().right <= w + 1) return false; }
                                     return true; })
                      .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' ' + Math.round(e.getBoundingClientRect().right)
                                + 'px: ' + (e.textContent || '').trim().slice(0, 60));""");
            assertEquals(List.of(), overflowing, "elements wider than the phone's screen");
            assertEquals(390L, browser.executeScript("return window.innerWidth"));
            assertEquals(browser.executeScript("return document.documentElement.clientWidth"),
                    browser.executeScript("return document.documentElement.scrollWidth"), "the page scrolls sideways");
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void coveragePageDrawsTheHeatmapOfSectionsAgainstNetworksAndItsBarChart() throws IOException {
        open(browser, "/coverage");
        waitForHeading(browser, "Sector coverage of the clusters and pôles");
        WebElement heatmap = browser.findElement(By.id("heatmap"));
        assertEquals(21, heatmap.findElements(By.cssSelector("g.row")).size());
        assertEquals(21 * 19, heatmap.findElements(By.cssSelector("g.row rect")).size());
        assertEquals(13, heatmap.findElements(By.cssSelector("g.row.gap")).size());
        assertTrue(heatmap.getSize().getWidth() > 600, "the heatmap is drawn: " + heatmap.getSize());
        assertEquals(21, browser.findElements(By.cssSelector("#bars g.bar rect")).size());
        assertEquals("8 / 21 (38.1 %)", browser.findElement(By.id("section-share")).getText());
        assertEquals(13, browser.findElements(By.cssSelector("#gaps li")).size());
        try {
            screenshot("/coverage", "Sector coverage of the clusters and pôles", 1280, 800, false, SCREENSHOTS.resolve("coverage.png"));
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void coveragePageLinksItsCsvAndTheDivisionLevel() {
        open(browser, "/coverage");
        assertTrue(browser.findElement(By.linkText("CSV")).getAttribute("href").endsWith("/coverage?level=section&format=csv"));
        browser.findElement(By.linkText("divisions")).click();
        waitForHeading(browser, "Sector coverage of the clusters and pôles");
        assertEquals(88, browser.findElements(By.cssSelector("#heatmap g.row")).size());
        assertEquals("29 / 88 (33.0 %)", browser.findElement(By.id("division-share")).getText());
    }

    /** A full-page screenshot of a page at a given viewport, written to a file. */
    static void screenshot(String path, String h1, int width, int height, boolean mobile, Path file) throws IOException {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
        open(browser, path);
        waitForHeading(browser, h1);
        Number fullHeight = (Number) browser.executeScript("return Math.ceil(document.documentElement.scrollHeight)");
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", fullHeight.intValue(), "scale", 1)));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        assertTrue(Files.size(file) > 10_000, file + " is too small to show a page");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/search?q=%C3%A9nergie", "/doc/cluster/tweed", "/doc/cluster/tweed?lang=fr",
            "/doc/pole/biowin", "/doc/domain/sustainable-energy", "/ui", "/coverage", "/coverage?level=division&lang=fr"})
    void pageHasTheAccessibilityBasics(String path) {
        open(browser, path);
        if (path.equals("/ui")) {
            waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".yasqe .CodeMirror")));
        }
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) browser.executeScript("""
                const problems = [];
                const count = (css) => document.querySelectorAll(css).length;
                if (!document.documentElement.getAttribute('lang')) problems.push('<html> has no lang');
                if (count('h1') !== 1) problems.push(count('h1') + ' h1 elements');
                if (count('main') !== 1) problems.push(count('main') + ' main elements');
                if (count('header[role=banner]') !== 1) problems.push(count('header[role=banner]') + ' header[role=banner]');
                if (count('footer[role=contentinfo]') !== 1) problems.push(count('footer[role=contentinfo]') + ' footer[role=contentinfo]');
                if (!document.title.trim()) problems.push('no title');
                document.querySelectorAll('img').forEach(i => { if (!i.hasAttribute('alt')) problems.push('img without alt: ' + i.src); });
                const named = (c) => (c.labels && [...c.labels].some(l => l.textContent.trim()))
                    || (c.getAttribute('aria-label') || '').trim()
                    || (c.getAttribute('aria-labelledby') || '').split(/\\s+/).some(id => id && document.getElementById(id)
                         && document.getElementById(id).textContent.trim())
                    || (c.getAttribute('title') || '').trim();
                document.querySelectorAll('input, select, textarea').forEach(c => {
                  if (c.type === 'hidden') return;
                  // YASGUI's own controls (its editor's textarea, endpoint field, tab menus) have no labels: reported, not ours
                  if (c.closest('#yasgui')) return;
                  if (!named(c)) problems.push('form control without a label: ' + c.outerHTML.slice(0, 160));
                });
                document.querySelectorAll('button').forEach(b => {
                  if (!b.textContent.trim() && !named(b)) problems.push('button without a name: ' + b.outerHTML.slice(0, 160));
                });
                return problems;""");
        assertEquals(List.of(), problems, path);
    }
}
