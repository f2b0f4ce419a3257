package dev.relata.sample.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.relata.orm.testing.RequiredDatabases;
import org.opentest4j.TestAbortedException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's {@code chromium}, headless, through its {@code chromedriver}: found at
 * the paths given by the system properties {@value #BROWSER_PROPERTY} and
 * {@value #DRIVER_PROPERTY}, else at the Debian packages' paths, else on the
 * {@code PATH}. Nothing is downloaded. Without them the test is skipped, or fails when
 * {@link RequiredDatabases} is on ({@code RELATA_REQUIRE_DATABASES=true}, as in CI): like
 * a database, a browser that silently went away must not turn the build green.
 */
final class HeadlessChromium {

	/** The system property naming the browser's executable. */
	static final String BROWSER_PROPERTY = "relata.test.chromium";

	/** The system property naming the driver's executable. */
	static final String DRIVER_PROPERTY = "relata.test.chromedriver";

	private HeadlessChromium() {
	}

	/**
	 * Starts the browser with a fresh profile.
	 * @param profile an empty directory for the browser's profile
	 * @return the driver; quit it when done
	 * @throws TestAbortedException when there is no browser and none is required
	 * @throws IllegalStateException when there is no browser and one is required
	 */
	static ChromeDriver start(Path profile) {
		Optional<Path> browser = find(BROWSER_PROPERTY, List.of("/usr/bin/chromium", "/usr/bin/chromium-browser"),
				"chromium");
		Optional<Path> driver = find(DRIVER_PROPERTY,
				List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"), "chromedriver");
		if (browser.isEmpty() || driver.isEmpty()) {
			unavailable("No " + (browser.isEmpty() ? "chromium" : "chromedriver") + " was found (system properties "
					+ BROWSER_PROPERTY + " and " + DRIVER_PROPERTY
					+ ", /usr/bin, PATH); install Debian's with `apt-get install chromium chromium-driver`.");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(browser.get().toFile());
		// the flags Chromium needs as root in a container, and no traffic of its own
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1400,2600");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile())
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	private static Optional<Path> find(String property, List<String> paths, String command) {
		List<Path> candidates = new ArrayList<>();
		String configured = System.getProperty(property);
		if (configured != null && !configured.isBlank()) {
			return Optional.of(Path.of(configured)).filter(Files::isExecutable);
		}
		paths.forEach((path) -> candidates.add(Path.of(path)));
		String searchPath = System.getenv("PATH");
		if (searchPath != null) {
			for (String directory : searchPath.split(java.io.File.pathSeparator)) {
				candidates.add(Path.of(directory, command));
			}
		}
		return candidates.stream().filter(Files::isExecutable).findFirst();
	}

	private static void unavailable(String message) {
		if (RequiredDatabases.enabled()) {
			throw new IllegalStateException(message + " Failing because " + RequiredDatabases.ENVIRONMENT_VARIABLE
					+ " or " + RequiredDatabases.SYSTEM_PROPERTY + " is true.");
		}
		throw new TestAbortedException(message + " Skipping the browser test; set "
				+ RequiredDatabases.ENVIRONMENT_VARIABLE + "=true to fail instead.");
	}

	/**
	 * Creates an empty profile directory under {@code target/}.
	 * @return the directory
	 */
	static Path newProfile() {
		try {
			Files.createDirectories(Path.of("target"));
			return Files.createTempDirectory(Path.of("target"), "chromium-profile-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
