package org.apportion.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apportion.it.support.ApportionClient;
import org.apportion.it.support.ApportionIT;
import org.apportion.it.support.Browser;
import org.apportion.it.support.TestDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/** The Imports view in headless Chromium: upload the FOCUS sample and watch it complete. */
class ImportsViewIT extends ApportionIT {

    private WebDriver browser;


    @BeforeEach
    void openBrowser() throws Exception {
        TestDb.deleteAllImports();
        browser = Browser.headlessChromium();
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            Path shot = Files.createDirectories(Path.of("target", "screenshots")).resolve("imports-view.png");
            Files.write(shot, ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            browser.quit();
        }
    }

    @Test
    void uploadsTheFocusSampleAndShowsItCompletedWith1000Rows() {
        browser.get(ApportionClient.uiUrl());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        WebElement upload = wait.until(d -> d.findElement(By.id("bill-upload")));

        WebElement fileInput = wait.until(d -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
        fileInput.sendKeys(FocusImportIT.SAMPLE.toAbsolutePath().toString());

        wait.withTimeout(Duration.ofMinutes(2)).until(d -> gridCells(d).contains("COMPLETED"));
        List<String> cells = gridCells(browser);
        assertThat(cells).contains("focus_sample.csv", "FOCUS 1.0", "COMPLETED", "1000", "20.52 USD", "14.98 USD");
    }

    private static List<String> gridCells(WebDriver driver) {
        return driver.findElement(By.id("import-batches"))
                .findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .map(WebElement::getText)
                .map(String::strip)
                .toList();
    }
}
