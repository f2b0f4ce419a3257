package dev.relata.orm.exception;

import org.jspecify.annotations.Nullable;

/**
 * Quotes a name a user passed into an exception message of this package, cut after
 * {@value #MAX_CHARS} characters with its length given. The same bound as
 * {@code dev.relata.orm.internal.input.UserInput}, kept here because exceptions are a
 * leaf that depends on no other package.
 */
final class QuotedInput {

	/**
	 * The most characters of one name a message shows.
	 */
	static final int MAX_CHARS = 100;

	private QuotedInput() {
	}

	static String quote(@Nullable String text) {
		if (text == null) {
			return "null";
		}
		if (text.length() <= MAX_CHARS) {
			return "'" + text + "'";
		}
		return "'" + text.substring(0, MAX_CHARS) + "...' (" + text.length() + " chars)";
	}

}
