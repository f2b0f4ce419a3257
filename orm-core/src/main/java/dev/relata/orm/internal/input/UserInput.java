package dev.relata.orm.internal.input;

import java.util.Collection;
import java.util.Iterator;

import dev.relata.orm.exception.OrmUsageException;
import org.jspecify.annotations.Nullable;

/**
 * Quotes what a user passed (a name, a value, a list of keys) into an exception message,
 * bounded in length: a name or value longer than {@value #MAX_CHARS} characters is cut
 * and its length given, a list shows its first {@value #MAX_ITEMS} elements and its size.
 * Every message that echoes user input goes through here (the exceptions of
 * {@code dev.relata.orm.exception}, a leaf, quote with the same bound by themselves), so
 * a hostile or careless argument never turns into a megabyte of message or log.
 */
public final class UserInput {

	/**
	 * The most characters of one name or value a message shows.
	 */
	public static final int MAX_CHARS = 100;

	/**
	 * The most elements of a list a message shows.
	 */
	public static final int MAX_ITEMS = 10;

	private UserInput() {
	}

	/**
	 * Returns the text in single quotes, cut after {@value #MAX_CHARS} characters.
	 * @param text the text, or {@code null}
	 * @return {@code 'text'}, {@code 'tex...' (123456 chars)} or {@code null}
	 */
	public static String quote(@Nullable String text) {
		if (text == null) {
			return "null";
		}
		if (text.length() <= MAX_CHARS) {
			return "'" + text + "'";
		}
		return "'" + text.substring(0, MAX_CHARS) + "...' (" + text.length() + " chars)";
	}

	/**
	 * Returns a value as a message shows it: text quoted and cut as by
	 * {@link #quote(String)}, a collection as a bounded list, anything else by its
	 * {@code toString()} cut to {@value #MAX_CHARS} characters.
	 * @param value the value, or {@code null}
	 * @return the value's text, never {@code null}
	 */
	public static String value(@Nullable Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof CharSequence text) {
			return quote(text.toString());
		}
		if (value instanceof Collection<?> values) {
			return list(values);
		}
		String text = String.valueOf(value);
		return (text.length() <= MAX_CHARS) ? text : text.substring(0, MAX_CHARS) + "... (" + text.length() + " chars)";
	}

	/**
	 * Returns a list as a message shows it: {@code [1, 2, 3]}, or its first
	 * {@value #MAX_ITEMS} elements and its size.
	 * @param values the values
	 * @return the list's text, never {@code null}
	 */
	public static String list(Collection<?> values) {
		StringBuilder text = new StringBuilder("[");
		Iterator<?> iterator = values.iterator();
		for (int i = 0; i < MAX_ITEMS && iterator.hasNext(); i++) {
			text.append((i > 0) ? ", " : "").append(value(iterator.next()));
		}
		if (values.size() > MAX_ITEMS) {
			text.append(", ... (").append(values.size()).append(" in all)");
		}
		return text.append(']').toString();
	}

	/**
	 * Refuses a {@code null} where a value is required, naming the method and the
	 * argument.
	 * @param <T> the argument's type
	 * @param value the argument
	 * @param method the method, such as {@code findById}
	 * @param argument the argument's name, such as {@code id}
	 * @return the value, never {@code null}
	 * @throws OrmUsageException if the value is {@code null}
	 */
	public static <T> T requireNonNull(@Nullable T value, String method, String argument) {
		if (value == null) {
			throw new OrmUsageException(method + "(...) got null for " + argument + "; pass a non-null " + argument);
		}
		return value;
	}

	/**
	 * Refuses a {@code null} collection or a collection holding {@code null}, naming the
	 * method and the argument.
	 * @param <C> the collection's type
	 * @param values the argument
	 * @param method the method, such as {@code insertAll}
	 * @param argument the argument's name, such as {@code entities}
	 * @return the collection, never {@code null}
	 * @throws OrmUsageException if the collection is or holds {@code null}
	 */
	public static <C extends Collection<?>> C requireNoNulls(@Nullable C values, String method, String argument) {
		requireNonNull(values, method, argument);
		int i = 0;
		for (Object value : values) {
			if (value == null) {
				throw new OrmUsageException(
						method + "(...) got a null at index " + i + " of " + argument + "; pass non-null elements");
			}
			i++;
		}
		return values;
	}

}
