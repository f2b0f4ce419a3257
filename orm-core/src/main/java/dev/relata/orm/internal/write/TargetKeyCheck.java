package dev.relata.orm.internal.write;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import dev.relata.orm.internal.compile.KeyCountSql;
import dev.relata.orm.internal.input.UserInput;
import dev.relata.orm.internal.jdbc.SqlStatement;
import dev.relata.orm.internal.jdbc.StatementExecutor;
import dev.relata.orm.internal.sql.RenderedSql;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.Relation;
import dev.relata.orm.schema.ValueConversions;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * Checks that the keys a link operation points at exist, in one statement per call
 * ({@code SELECT COUNT(*) FROM target WHERE key IN (...)}), so that a join table or a
 * foreign key column without a database constraint never holds a dangling key. A missing
 * key fails as a hasMany {@code connect} does: a {@link DataIntegrityViolationException}
 * naming the keys and how many were found.
 */
final class TargetKeyCheck {

	private TargetKeyCheck() {
	}

	/**
	 * Requires every key to name a row of the relation's target.
	 * @param executor runs the count
	 * @param conversions converts the keys to bind values
	 * @param relation the relation whose target is checked
	 * @param operation the operation, for the message ({@code attach}, {@code connect})
	 * @param keys the target keys, distinct and of the key property's type
	 */
	static void requireExisting(StatementExecutor executor, ValueConversions conversions, Relation relation,
			String operation, Collection<?> keys) {
		if (keys.isEmpty()) {
			return;
		}
		EntityModel<?> target = relation.target();
		ModelProperty key = relation.targetKey();
		List<Object> values = new ArrayList<>(keys.size());
		for (Object value : keys) {
			values.add(conversions.toBindValue(value, key));
		}
		RenderedSql count = KeyCountSql.render(target, key, values, executor.profile());
		Object found = executor.queryValue(SqlStatement.of(count, target.name(), "select"), Long.class);
		long existing = (found != null) ? ((Number) found).longValue() : 0;
		if (existing != keys.size()) {
			throw new DataIntegrityViolationException(operation + "(\"" + relation.name() + "\") on "
					+ relation.source().name() + ": some of " + UserInput.list(keys) + " are no " + target.name()
					+ " keys; " + existing + " of " + keys.size() + " found");
		}
	}

}
