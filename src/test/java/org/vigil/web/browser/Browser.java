package org.vigil.web.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One headless Chromium pointed at the application under test, with the few steps every browser test needs. */
public final class Browser {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final String baseUrl;
    private final Path profile;

    Browser(WebDriver driver, String baseUrl, Path profile) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.profile = profile;
    }

    public WebDriver driver() {
        return driver;
    }

    Path profile() {
        return profile;
    }

    public String url(String path) {
        return baseUrl + path;
    }

    /** Opens a path of the application, for example {@code /missions?q=ankara}. */
    public Browser open(String path) {
        driver.get(url(path));
        return this;
    }

    /** The path (and query) of the current page. */
    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** Signs in through the login form and waits until the application has let the user in. */
    public Browser login(String username, String password) {
        open("/login");
        WebElement user = waitFor(By.name("username"));
        user.clear();
        user.sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit], form input[type=submit]"))
                .click();
        new WebDriverWait(driver, WAIT)
                .withMessage(() -> "login as " + username + " did not leave the login page: " + driver.getCurrentUrl())
                .until(d -> !d.getCurrentUrl().contains("/login"));
        return this;
    }

    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public <T> T waitUntil(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT)
                .withMessage(() -> what + " (page " + driver.getCurrentUrl() + ")")
                .until(condition);
    }

    public List<WebElement> all(By locator) {
        return driver.findElements(locator);
    }

    public String text(By locator) {
        return waitFor(locator).getText();
    }

    /** Saves a PNG of the current page as {@code target/screenshots/NAME.png} and returns its path. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Path shot =
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("could not save screenshot " + name + ": " + e.getMessage(), e);
        }
    }
}
