package dev.relata.orm.internal.write;

import java.util.List;

import org.jspecify.annotations.Nullable;
import dev.relata.orm.write.NestedWrite;

/**
 * One call on a {@link NestedWrite}, recorded as it was made; the {@link WritePlanner}
 * checks and orders them.
 */
sealed interface WriteOperation {

	/**
	 * {@code set(property, value)}.
	 */
	record SetValue(String property, @Nullable Object value) implements WriteOperation {
	}

	/**
	 * {@code connect(relation, ids)}.
	 */
	record Connect(String relation, List<Object> ids) implements WriteOperation {
	}

	/**
	 * {@code disconnect(relation, ids)}; {@code withoutIds} when called with no argument
	 * at all.
	 */
	record Disconnect(String relation, List<Object> ids, boolean withoutIds) implements WriteOperation {
	}

	/**
	 * {@code create(relation, entity, nested)}.
	 */
	record Create(String relation, Object entity, List<WriteOperation> nested) implements WriteOperation {
	}

}
