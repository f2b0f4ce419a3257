package dev.relata.orm.internal.sql;

import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.sql.dialect.Dialect;
import org.jspecify.annotations.Nullable;

/**
 * Rewrites an {@code IN} list too long to send as one placeholder per value into
 * {@code x = ANY(?)} comparisons, each binding one array of at most
 * {@link #MAX_ARRAY_VALUES} values: {@code (x = ANY(?) OR x = ANY(?))}, negated as
 * {@code NOT (...)}. Only where the dialect compares with arrays and has an array type
 * for the values; elsewhere the list stays an {@code IN} list.
 */
final class LongInLists {

	/**
	 * Lists longer than this are sent as arrays where the dialect can.
	 */
	static final int MAX_IN_LIST_VALUES = 1000;

	/**
	 * The most values one array carries (H2 refuses arrays above 65,536 elements).
	 */
	static final int MAX_ARRAY_VALUES = 50_000;

	private LongInLists() {
	}

	/**
	 * Returns the array form of a long {@code IN} list, or {@code null} to render the
	 * list as it is.
	 * @param in the list
	 * @param dialect the dialect
	 * @return the condition comparing with arrays, or {@code null}
	 */
	static @Nullable Condition asArrays(InList in, Dialect dialect) {
		if (in.values().size() <= MAX_IN_LIST_VALUES || !dialect.supportsArrayComparison()) {
			return null;
		}
		Class<?> type = null;
		List<Object> values = new ArrayList<>(in.values().size());
		for (Expression expression : in.values()) {
			if (!(expression instanceof Bind bind) || bind.value() == null
					|| (type != null && !type.equals(bind.javaType()))) {
				return null;
			}
			type = bind.javaType();
			values.add(bind.value());
		}
		if (type == null || dialect.arrayElementType(type) == null) {
			return null;
		}
		List<Condition> anys = new ArrayList<>();
		for (int from = 0; from < values.size(); from += MAX_ARRAY_VALUES) {
			List<Object> chunk = values.subList(from, Math.min(values.size(), from + MAX_ARRAY_VALUES));
			anys.add(new EqualsAny(in.expression(), new ArrayBind(chunk, type)));
		}
		Condition any = (anys.size() == 1) ? anys.get(0) : new Or(anys);
		return in.negated() ? new Not(any) : any;
	}

}
