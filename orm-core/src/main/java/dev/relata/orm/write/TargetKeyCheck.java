package dev.relata.orm.write;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import dev.relata.orm.exception.UserInput;
import dev.relata.orm.jdbc.SqlStatement;
import dev.relata.orm.jdbc.StatementExecutor;
import dev.relata.orm.query.QueryCompiler;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.Relation;
import dev.relata.orm.schema.ValueConversions;
import dev.relata.orm.sql.Bind;
import dev.relata.orm.sql.ColumnRef;
import dev.relata.orm.sql.CountAll;
import dev.relata.orm.sql.Expression;
import dev.relata.orm.sql.InList;
import dev.relata.orm.sql.Select;
import dev.relata.orm.sql.SelectItem;

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
		List<Expression> binds = new ArrayList<>(keys.size());
		for (Object value : keys) {
			binds.add(new Bind(conversions.toBindValue(value, key), key.columnType()));
		}
		Select count = new Select(List.of(), false, List.of(new SelectItem(new CountAll(), null)),
				QueryCompiler.table(target, "t0"), List.of(),
				new InList(new ColumnRef("t0", key.column()), binds, false), List.of(), null, List.of(), null, null,
				false);
		Object found = executor.queryValue(
				SqlStatement.of(executor.profile().renderer().render(count), target.name(), "select"), Long.class);
		long existing = (found != null) ? ((Number) found).longValue() : 0;
		if (existing != keys.size()) {
			throw new DataIntegrityViolationException(operation + "(\"" + relation.name() + "\") on "
					+ relation.source().name() + ": some of " + UserInput.list(keys) + " are no " + target.name()
					+ " keys; " + existing + " of " + keys.size() + " found");
		}
	}

}
