package dev.relata.orm.internal.sql;

import java.math.BigInteger;
import java.util.List;

/**
 * Writes values as one JSON array text, {@code [1,2,"a\"b"]}, to bind as a parameter:
 * integral numbers as they are, text as JSON strings with quotes, backslashes and control
 * characters escaped. Anything else is refused: a value is never guessed into JSON.
 */
public final class JsonArrayText {

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	private JsonArrayText() {
	}

	/**
	 * Writes the values as a JSON array.
	 * @param values integral numbers ({@code Long}, {@code Integer}, {@code Short},
	 * {@code Byte}, {@code BigInteger}) or strings, none {@code null}
	 * @return the JSON text
	 * @throws IllegalArgumentException for a {@code null} or a value of another type
	 */
	public static String of(List<?> values) {
		StringBuilder json = new StringBuilder(values.size() * 8 + 2).append('[');
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				json.append(',');
			}
			Object value = values.get(i);
			if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
					|| value instanceof BigInteger) {
				json.append(value);
			}
			else if (value instanceof String text) {
				string(json, text);
			}
			else {
				throw new IllegalArgumentException(
						"Cannot write " + ((value != null) ? value.getClass().getName() : null)
								+ " into a JSON key list; only integral numbers and strings");
			}
		}
		return json.append(']').toString();
	}

	private static void string(StringBuilder json, String text) {
		json.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				case '\b' -> json.append("\\b");
				case '\f' -> json.append("\\f");
				default -> {
					if (c < 0x20) {
						json.append("\\u00").append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
					}
					else {
						json.append(c);
					}
				}
			}
		}
		json.append('"');
	}

}
