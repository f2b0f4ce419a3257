package dev.relata.orm.internal.query;

/**
 * Escapes text for a {@code LIKE ? ESCAPE '!'} pattern, so that every character of it
 * matches only itself: {@code !} before each {@code %}, {@code _} and {@code !}.
 */
final class LikePatterns {

	private LikePatterns() {
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '%' || c == '_' || c == '!') {
				escaped.append('!');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

}
