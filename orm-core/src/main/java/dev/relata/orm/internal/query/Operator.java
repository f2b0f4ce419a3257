package dev.relata.orm.internal.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.internal.input.UserInput;

/**
 * The comparison operators of {@code where(property, operator, value)}.
 */
public enum Operator {

	EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">="), LIKE("like"), NOT_LIKE("not like"), IN("in"),
	NOT_IN("not in"),
	/** A pattern escaped with '!' (whereContains and friends); not parsed from text. */
	LIKE_ESCAPED("like escaped");

	private static final Operator[] VALUES = values();

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private final String symbol;

	Operator(String symbol) {
		this.symbol = symbol;
	}

	String symbol() {
		return this.symbol;
	}

	static Operator parse(String text) {
		// The usual spellings first, without normalizing (this runs for every condition).
		for (Operator operator : VALUES) {
			if (operator.symbol.equals(text) && operator != LIKE_ESCAPED) {
				return operator;
			}
		}
		String normalized = WHITESPACE.matcher(text.trim().toLowerCase(Locale.ROOT)).replaceAll(" ");
		if (normalized.equals("!=")) {
			return NE;
		}
		for (Operator operator : VALUES) {
			if (operator.symbol.equals(normalized) && operator != LIKE_ESCAPED) {
				return operator;
			}
		}
		throw new OrmUsageException("Unknown operator " + UserInput.quote(text) + "; use one of: "
				+ Arrays.stream(values())
					.filter((o) -> o != LIKE_ESCAPED)
					.map((o) -> o.symbol)
					.collect(Collectors.joining(" "))
				+ " (or !=)");
	}

}
