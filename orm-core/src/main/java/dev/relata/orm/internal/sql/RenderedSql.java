package dev.relata.orm.internal.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A rendered statement: its SQL text and the values of its {@code ?} placeholders.
 *
 * @param sql the SQL text
 * @param binds one {@link Bind} or {@link ArrayBind} per placeholder, in placeholder
 * order
 */
public record RenderedSql(String sql, List<Expression> binds) {

	/**
	 * Checks the components and copies the binds.
	 */
	public RenderedSql {
		Objects.requireNonNull(sql, "sql");
		binds = List.copyOf(binds);
		for (Expression bind : binds) {
			if (!(bind instanceof Bind) && !(bind instanceof ArrayBind)) {
				throw new IllegalArgumentException("Not a bind: " + bind);
			}
		}
	}

	/**
	 * The bound values in placeholder order: each {@link Bind}'s value, or each
	 * {@link ArrayBind}'s list of values. Convenient for logging and tests.
	 * @return the values; elements may be {@code null}
	 */
	public List<@Nullable Object> values() {
		List<@Nullable Object> values = new ArrayList<>(this.binds.size());
		for (Expression bind : this.binds) {
			values.add((bind instanceof ArrayBind array) ? array.values() : ((Bind) bind).value());
		}
		return Collections.unmodifiableList(values);
	}

}
