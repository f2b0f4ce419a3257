package dev.relata.orm.benchmarks.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A minimal JSON reader, enough for JMH's result files: objects become a
 * {@link LinkedHashMap}, arrays a {@link List}, numbers a {@link Double}, and
 * {@code true}, {@code false} and {@code null} their Java values.
 */
final class JsonReader {

	private final String text;

	private int position;

	private JsonReader(String text) {
		this.text = text;
	}

	/**
	 * Parses one JSON document.
	 * @param text the JSON text
	 * @return the value
	 * @throws IllegalArgumentException if the text is not JSON
	 */
	static @Nullable Object parse(String text) {
		JsonReader reader = new JsonReader(text);
		Object value = reader.value();
		reader.skipWhitespace();
		if (reader.position != text.length()) {
			throw reader.error("trailing content");
		}
		return value;
	}

	private @Nullable Object value() {
		skipWhitespace();
		if (this.position >= this.text.length()) {
			throw error("unexpected end");
		}
		char c = this.text.charAt(this.position);
		return switch (c) {
			case '{' -> object();
			case '[' -> array();
			case '"' -> string();
			case 't' -> literal("true", Boolean.TRUE);
			case 'f' -> literal("false", Boolean.FALSE);
			case 'n' -> literal("null", null);
			default -> number();
		};
	}

	private Map<String, @Nullable Object> object() {
		Map<String, @Nullable Object> map = new LinkedHashMap<>();
		this.position++;
		skipWhitespace();
		if (peek() == '}') {
			this.position++;
			return map;
		}
		while (true) {
			skipWhitespace();
			String key = string();
			skipWhitespace();
			expect(':');
			map.put(key, value());
			skipWhitespace();
			if (peek() == ',') {
				this.position++;
				continue;
			}
			expect('}');
			return map;
		}
	}

	private List<@Nullable Object> array() {
		List<@Nullable Object> list = new ArrayList<>();
		this.position++;
		skipWhitespace();
		if (peek() == ']') {
			this.position++;
			return list;
		}
		while (true) {
			list.add(value());
			skipWhitespace();
			if (peek() == ',') {
				this.position++;
				continue;
			}
			expect(']');
			return list;
		}
	}

	private String string() {
		expect('"');
		StringBuilder out = new StringBuilder();
		while (true) {
			char c = next();
			if (c == '"') {
				return out.toString();
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			char escaped = next();
			switch (escaped) {
				case 'n' -> out.append('\n');
				case 't' -> out.append('\t');
				case 'r' -> out.append('\r');
				case 'b' -> out.append('\b');
				case 'f' -> out.append('\f');
				case 'u' -> {
					if (this.position + 4 > this.text.length()) {
						throw error("bad unicode escape");
					}
					out.append((char) Integer.parseInt(this.text.substring(this.position, this.position + 4), 16));
					this.position += 4;
				}
				default -> out.append(escaped);
			}
		}
	}

	private Double number() {
		int start = this.position;
		while (this.position < this.text.length() && "+-0123456789.eE".indexOf(this.text.charAt(this.position)) >= 0) {
			this.position++;
		}
		if (start == this.position) {
			throw error("unexpected character '" + this.text.charAt(start) + "'");
		}
		return Double.valueOf(this.text.substring(start, this.position));
	}

	private @Nullable Object literal(String word, @Nullable Object value) {
		if (!this.text.startsWith(word, this.position)) {
			throw error("expected " + word);
		}
		this.position += word.length();
		return value;
	}

	private void skipWhitespace() {
		while (this.position < this.text.length() && Character.isWhitespace(this.text.charAt(this.position))) {
			this.position++;
		}
	}

	private char peek() {
		return (this.position < this.text.length()) ? this.text.charAt(this.position) : '\0';
	}

	private char next() {
		if (this.position >= this.text.length()) {
			throw error("unexpected end");
		}
		return this.text.charAt(this.position++);
	}

	private void expect(char expected) {
		if (next() != expected) {
			this.position--;
			throw error("expected '" + expected + "'");
		}
	}

	private IllegalArgumentException error(String message) {
		return new IllegalArgumentException("Invalid JSON at offset " + this.position + ": " + message);
	}

}
