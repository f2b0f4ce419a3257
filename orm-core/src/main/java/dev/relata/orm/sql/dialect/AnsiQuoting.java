package dev.relata.orm.sql.dialect;

/**
 * Identifier quoting shared by the dialects: wraps a name in a quote character and
 * doubles the embedded ones.
 */
final class AnsiQuoting {

	private AnsiQuoting() {
	}

	static String quote(String name, char quote) {
		String q = String.valueOf(quote);
		return q + name.replace(q, q + q) + q;
	}

}
