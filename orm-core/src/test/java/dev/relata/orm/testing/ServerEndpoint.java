package dev.relata.orm.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Where a database server answers and how it was found.
 *
 * @param kind the database
 * @param url the JDBC URL of a database the fixture may create schemas or databases in
 * @param user the user, or {@code null} when the URL carries it
 * @param password the password, or {@code null} when the URL carries it
 * @param source how the server was found, for messages
 */
record ServerEndpoint(DatabaseKind kind, String url, String user, String password, String source) {

	private static final int CONNECT_TIMEOUT_SECONDS = 2;

	/**
	 * Open a connection with a short connect timeout, so that probing a port nobody
	 * listens on costs about two seconds at most.
	 * @return a new connection that the caller closes
	 * @throws SQLException when the server does not answer or refuses the login
	 */
	Connection connect() throws SQLException {
		Properties properties = new Properties();
		if (this.user != null) {
			properties.setProperty("user", this.user);
		}
		if (this.password != null) {
			properties.setProperty("password", this.password);
		}
		switch (this.kind) {
			case POSTGRESQL -> {
				properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
				properties.setProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
			}
			case MARIADB -> properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS * 1000));
			case H2 -> {
			}
		}
		return DriverManager.getConnection(this.url, properties);
	}

	/**
	 * Return the URL with any password parameter masked, for messages.
	 * @return the URL safe to print
	 */
	String displayUrl() {
		return this.url.replaceAll("(?i)(password=)[^&;]*", "$1***");
	}

	@Override
	public String toString() {
		return this.kind.displayName() + " at " + displayUrl() + " (" + this.source + ")";
	}

}
