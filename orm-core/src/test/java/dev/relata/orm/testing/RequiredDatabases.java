package dev.relata.orm.testing;

/**
 * The switch that turns a missing database from a skipped test into a failed one:
 * environment variable {@code RELATA_REQUIRE_DATABASES=true} or system property
 * {@code relata.test.require-databases=true}. CI turns it on so that a database that
 * silently went away cannot make the build green.
 */
public final class RequiredDatabases {

	/** The environment variable that requires every database. */
	public static final String ENVIRONMENT_VARIABLE = "RELATA_REQUIRE_DATABASES";

	/** The system property that requires every database. */
	public static final String SYSTEM_PROPERTY = "relata.test.require-databases";

	private RequiredDatabases() {
	}

	/**
	 * Return whether a database that cannot be reached fails the test instead of skipping
	 * it.
	 * @return {@code true} when the switch is on
	 */
	public static boolean enabled() {
		return Boolean.parseBoolean(System.getProperty(SYSTEM_PROPERTY))
				|| Boolean.parseBoolean(System.getenv(ENVIRONMENT_VARIABLE));
	}

}
