package dev.relata.sample.page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import dev.relata.sample.SampleApp;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page at {@code /} in headless Chromium: the ER diagram rendered by Mermaid from
 * {@code /actuator/orm}, a load run from the form with the plan and the statements it
 * sent, and the load counts table catching up. Leaves a screenshot in
 * {@code target/sample-page.png}. The page sends the same SQL on every database, so it
 * runs on H2.
 */
class SamplePageIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final String POSTS_BATCHED = "User|posts|batched|batched|explicit";

	@DatabaseTest(only = DatabaseKind.H2)
	void thePageRendersTheDiagramRunsALoadAndShowsItsCounts(TestDatabase db) throws IOException {
		ChromeDriver browser = HeadlessChromium.start(HeadlessChromium.newProfile());
		try (SampleApp app = SampleApp.start(db)) {
			WebDriverWait wait = new WebDriverWait(browser, TIMEOUT);
			browser.get("http://localhost:" + app.port() + "/");

			wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#er-diagram svg")));
			String diagram = (String) browser
				.executeScript("return document.querySelector('#er-diagram svg').textContent");
			assertThat(diagram).contains("User", "Post", "PostTag", "Tag", "Role", "Profile", "Comment", "Category");
			assertThat(browser.findElement(By.id("user-relations")).getText())
				.isEqualTo("role, profile, posts, comments");
			assertThat(countOf(browser, POSTS_BATCHED)).isNull();

			runLoad(browser, wait, "posts,role", "batched", "12");
			assertThat(browser.findElement(By.id("load-summary")).getText())
				.isEqualTo("3 statements sent for 12 users (planned: at least 3)");
			assertThat(rows(browser, "#load-plan tbody tr")).containsExactly("posts hasMany batched batched explicit",
					"role belongsTo batched batched explicit");
			List<WebElement> statements = browser.findElements(By.cssSelector("#load-statements li pre"));
			assertThat(statements).hasSize(3);
			assertThat(statements.get(1).getText()).containsIgnoringCase("posts").containsIgnoringCase("user_id");
			wait.until((driver) -> "1".equals(countOf(driver, POSTS_BATCHED)));

			runLoad(browser, wait, "posts,role", "auto", "5");
			assertThat(browser.findElement(By.id("load-summary")).getText())
				.isEqualTo("1 statement sent for 5 users (planned: at least 1)");
			wait.until((driver) -> "1".equals(countOf(driver, "User|posts|join|auto|small-parent-set")));
			runLoad(browser, wait, "posts,role", "batched", "12");
			wait.until((driver) -> "2".equals(countOf(driver, POSTS_BATCHED)));

			browser.findElement(By.id("load-relations")).clear();
			browser.findElement(By.id("load-relations")).sendKeys("post");
			browser.findElement(By.id("load-run")).click();
			WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("load-error")));
			assertThat(error.getText())
				.isEqualTo("User has no relation 'post'; it has: comments, posts, profile, role");

			Path screenshot = Path.of("target", "sample-page.png");
			runLoad(browser, wait, "posts.tags,role", "auto", "5");
			Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), screenshot,
					StandardCopyOption.REPLACE_EXISTING);
			assertThat(screenshot).isNotEmptyFile();
		}
		finally {
			browser.quit();
		}
	}

	private static void runLoad(WebDriver browser, WebDriverWait wait, String relations, String strategy,
			String limit) {
		((JavascriptExecutor) browser).executeScript("document.getElementById('load-summary').textContent = ''");
		WebElement input = browser.findElement(By.id("load-relations"));
		input.clear();
		input.sendKeys(relations);
		new Select(browser.findElement(By.id("load-strategy"))).selectByValue(strategy);
		WebElement limitInput = browser.findElement(By.id("load-limit"));
		limitInput.clear();
		limitInput.sendKeys(limit);
		browser.findElement(By.id("load-run")).click();
		wait.until((driver) -> !driver.findElement(By.id("load-summary")).getText().isEmpty());
	}

	private static List<String> rows(WebDriver browser, String selector) {
		return browser.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
	}

	// the count cell of a row of the load counts table, or null without such a row
	private static String countOf(WebDriver browser, String key) {
		List<WebElement> rows = browser.findElements(By.cssSelector("#load-counts tr[data-key='" + key + "']"));
		return rows.isEmpty() ? null : rows.get(0).findElement(By.cssSelector("td.count")).getText();
	}

}
